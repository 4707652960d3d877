import { freePort, ServiceProcess } from './service-process';
import type { TestContext } from './test-context';
import { JsonRequestInit, readJson } from './http';

export const PLATFORM_SERVICES = ['catalog', 'customs', 'payments', 'logistics'] as const;
export type PlatformService = (typeof PLATFORM_SERVICES)[number];

export interface RunningPlatform {
  services: Map<PlatformService, ServiceProcess>;
  gateway: ServiceProcess;
  /** `/api/<path>` through the gateway. */
  api(path: string, init?: JsonRequestInit): Promise<Response>;
  /** A demo user's Authorization header (password demo). */
  signIn(username: string): Promise<{ authorization: string }>;
}

/**
 * The whole platform as `npm start` runs it, each service its own process in the context's
 * databases and topic prefix, the gateway in front with the demo users. The context stops
 * every process at cleanup.
 */
export async function startPlatform(
  context: TestContext,
  options: {
    serviceEnv?: NodeJS.ProcessEnv;
    gatewayEnv?: NodeJS.ProcessEnv;
  } = {},
): Promise<RunningPlatform> {
  const ports = await Promise.all(PLATFORM_SERVICES.map(() => freePort()));
  const services = new Map<PlatformService, ServiceProcess>();
  await Promise.all(
    PLATFORM_SERVICES.map(async (app, i) => {
      const env = await context.serviceEnv(app, options.serviceEnv);
      services.set(app, await ServiceProcess.start({ app, port: ports[i], env }));
    }),
  );
  const gateway = await ServiceProcess.start({
    app: 'gateway',
    env: {
      ...Object.fromEntries(
        PLATFORM_SERVICES.map((app, i) => [
          `${app.toUpperCase()}_URL`,
          `http://127.0.0.1:${ports[i]}`,
        ]),
      ),
      ARTBRIDGE_DEMO_USERS: 'true',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] || 'warn',
      ...options.gatewayEnv,
    },
  });
  const api = (path: string, init?: JsonRequestInit) => gateway.request(`/api${path}`, init);
  return {
    services,
    gateway,
    api,
    async signIn(username: string) {
      const response = await api('/auth/token', {
        method: 'POST',
        json: { username, password: 'demo' },
      });
      const { accessToken } = await readJson<{ accessToken: string }>(response);
      return { authorization: `Bearer ${accessToken}` };
    },
  };
}
