import { ConfigError, DEVELOPMENT_JWT_SECRET } from '@artbridge/platform-service';
import { loadGatewayConfig } from './gateway-config';

describe('loadGatewayConfig', () => {
  it('has working defaults for this machine, and no users', () => {
    expect(loadGatewayConfig({})).toEqual({
      httpHost: '127.0.0.1',
      httpPort: 3000,
      logLevel: 'info',
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      demoUsers: false,
      services: {
        catalog: 'http://127.0.0.1:3001',
        customs: 'http://127.0.0.1:3002',
        payments: 'http://127.0.0.1:3003',
        logistics: 'http://127.0.0.1:3004',
      },
      proxyTimeoutMs: 60_000,
      docsTimeoutMs: 3_000,
      webRoot: expect.stringMatching(/apps\/web\/dist$/),
    });
  });

  it('reads the environment', () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '8080',
      HOST: '0.0.0.0',
      CATALOG_URL: 'http://catalog:3001/',
      LOGISTICS_URL: 'https://logistics.internal',
      ARTBRIDGE_DEMO_USERS: 'true',
      ARTBRIDGE_JWT_SECRET: 'a-long-enough-secret',
      GATEWAY_PROXY_TIMEOUT_MS: '5000',
      ARTBRIDGE_WEB_ROOT: '/srv/web',
    });
    expect(config).toMatchObject({
      httpHost: '0.0.0.0',
      httpPort: 8080,
      demoUsers: true,
      jwtSecret: 'a-long-enough-secret',
      proxyTimeoutMs: 5000,
      webRoot: '/srv/web',
      services: { catalog: 'http://catalog:3001', logistics: 'https://logistics.internal' },
    });
  });

  it('never has demo users in production, and needs a real secret there', () => {
    expect(() =>
      loadGatewayConfig({ NODE_ENV: 'production', ARTBRIDGE_DEMO_USERS: 'true' }),
    ).toThrow(
      new ConfigError('gateway', [
        'ARTBRIDGE_JWT_SECRET must be set to at least 16 characters in production',
        'ARTBRIDGE_DEMO_USERS=true is refused in production (NODE_ENV=production)',
      ]),
    );
    expect(
      loadGatewayConfig({ NODE_ENV: 'production', ARTBRIDGE_JWT_SECRET: 'x'.repeat(32) }).demoUsers,
    ).toBe(false);
  });

  it('reports every problem in one line', () => {
    expect(() =>
      loadGatewayConfig({
        GATEWAY_PORT: 'eighty',
        CUSTOMS_URL: 'customs:3002',
        ARTBRIDGE_DEMO_USERS: 'yes',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      new ConfigError('gateway', [
        "GATEWAY_PORT must be an integer from 0 to 65535, got 'eighty'",
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        "ARTBRIDGE_DEMO_USERS must be true or false, got 'yes'",
        "CUSTOMS_URL must be an http(s) URL such as http://127.0.0.1:3002, got 'customs:3002'",
      ]),
    );
  });
});
