import { AppMetrics } from '@artbridge/platform-observability';
import { freePort } from '@artbridge/platform-testing';
import type { INestApplication } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { GatewayConfig } from '../src/gateway-config';
import { startGateway } from '../src/start-gateway';

/**
 * The gateway's metrics: on its management port, and neither served nor routed on its public
 * port, which anyone reaching the platform reaches.
 */
describe('gateway metrics', () => {
  let gateway: INestApplication;
  let base: string;
  let metricsUrl: string;
  let catalog: Server;
  /** The paths the stand-in catalog was asked for. */
  const seen: string[] = [];

  beforeAll(async () => {
    // a service's public port, which has no /metrics either
    catalog = createServer((req, res) => {
      seen.push(req.url!);
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"statusCode":404}');
    });
    await new Promise<void>((done) => catalog.listen(0, '127.0.0.1', done));
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const config: GatewayConfig = {
      httpHost: '127.0.0.1',
      httpPort: 0,
      metricsPort: 0,
      logLevel: 'silent',
      jwtSecret: 'a-test-secret-of-some-length',
      demoUsers: false,
      services: {
        catalog: `http://127.0.0.1:${(catalog.address() as { port: number }).port}`,
        customs: nobody,
        payments: nobody,
        logistics: nobody,
      },
      proxyTimeoutMs: 1000,
      docsTimeoutMs: 1000,
      webRoot: '/nonexistent',
    };
    gateway = await startGateway(config);
    base = `http://127.0.0.1:${(gateway.getHttpServer().address() as { port: number }).port}`;
    metricsUrl = AppMetrics.of(gateway)!.url!;
  });
  afterAll(async () => {
    await gateway?.close();
    catalog?.close();
  });

  it('serves them on its management port, routes by template', async () => {
    expect(new URL(metricsUrl).port).not.toBe(new URL(base).port);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(
      (await fetch(`${base}/api/catalog/artworks/0192c1f5-0000-7000-8000-0000000000aa`)).status,
    ).toBe(404);

    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(
      /^http_server_request_duration_seconds_count\{service="gateway",method="GET",route="\/health",status_code="200"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_server_request_duration_seconds_count\{service="gateway",method="GET",route="\/api\/:service\/\*path",status_code="404"\} 1$/m,
    );
    expect(text).not.toContain('0192c1f5');
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m);
  });

  it('neither serves nor routes them on its public port', async () => {
    for (const path of ['/metrics', '/api/metrics', '/api/gateway/metrics']) {
      const response = await fetch(`${base}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).not.toContain('http_server_request_duration_seconds');
    }
    // /api/catalog/metrics is the catalog's public /metrics, which is not there either
    const routed = await fetch(`${base}/api/catalog/metrics`);
    expect(routed.status).toBe(404);
    expect(await routed.text()).toBe('{"statusCode":404}');
    expect(seen).toContain('/metrics');
  });
});
