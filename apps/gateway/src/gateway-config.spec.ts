import { ConfigError, DEVELOPMENT_JWT_SECRET } from '@artbridge/platform-service';
import { loadGatewayConfig } from './gateway-config';

describe('loadGatewayConfig', () => {
  it('has working defaults for this machine, and no users', () => {
    expect(loadGatewayConfig({})).toEqual({
      httpHost: '127.0.0.1',
      httpPort: 3000,
      metricsPort: 9460,
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
      ARTBRIDGE_DEMO_USERS: 'false',
      ARTBRIDGE_JWT_SECRET: 'a-long-enough-secret',
      GATEWAY_PROXY_TIMEOUT_MS: '5000',
      ARTBRIDGE_WEB_ROOT: '/srv/web',
    });
    expect(config).toMatchObject({
      httpHost: '0.0.0.0',
      httpPort: 8080,
      demoUsers: false,
      jwtSecret: 'a-long-enough-secret',
      proxyTimeoutMs: 5000,
      webRoot: '/srv/web',
      services: { catalog: 'http://catalog:3001', logistics: 'https://logistics.internal' },
    });
  });

  it('has demo users on a local machine when asked', () => {
    expect(loadGatewayConfig({ ARTBRIDGE_DEMO_USERS: 'true' }).demoUsers).toBe(true);
    expect(
      loadGatewayConfig({ NODE_ENV: 'test', HOST: 'localhost', ARTBRIDGE_DEMO_USERS: 'true' })
        .demoUsers,
    ).toBe(true);
  });

  it('never has demo users in production, and needs a real secret there', () => {
    expect(() =>
      loadGatewayConfig({ NODE_ENV: 'production', ARTBRIDGE_DEMO_USERS: 'true' }),
    ).toThrow(
      new ConfigError('gateway', [
        'ARTBRIDGE_JWT_SECRET must be set to at least 16 characters unless NODE_ENV is unset, development or test and HOST is a loopback address (NODE_ENV=production, HOST=127.0.0.1)',
        'ARTBRIDGE_DEMO_USERS=true is refused unless NODE_ENV is unset, development or test and HOST is a loopback address (NODE_ENV=production, HOST=127.0.0.1)',
      ]),
    );
    expect(
      loadGatewayConfig({ NODE_ENV: 'production', ARTBRIDGE_JWT_SECRET: 'x'.repeat(32) }).demoUsers,
    ).toBe(false);
  });

  it.each([
    { NODE_ENV: 'staging' },
    { NODE_ENV: 'Production' },
    { HOST: '0.0.0.0' },
    { NODE_ENV: 'development', HOST: '192.168.0.10' },
  ])('has neither the development secret nor demo users with %j', (env) => {
    expect(() => loadGatewayConfig({ ...env, ARTBRIDGE_DEMO_USERS: 'true' })).toThrow(
      /ARTBRIDGE_JWT_SECRET must be set to at least 16 characters .*; ARTBRIDGE_DEMO_USERS=true is refused unless/,
    );
    expect(loadGatewayConfig({ ...env, ARTBRIDGE_JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe(
      'x'.repeat(32),
    );
  });

  it('refuses the published development secret outside a local machine', () => {
    expect(() =>
      loadGatewayConfig({
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        ARTBRIDGE_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      }),
    ).toThrow(
      new ConfigError('gateway', [
        'ARTBRIDGE_JWT_SECRET must not be the published development secret outside a local machine (NODE_ENV=production, HOST=0.0.0.0)',
      ]),
    );
  });

  it('serves metrics on a management port of its own, or not at all', () => {
    expect(loadGatewayConfig({ GATEWAY_METRICS_PORT: '9999' }).metricsPort).toBe(9999);
    expect(loadGatewayConfig({ GATEWAY_METRICS_PORT: 'off' }).metricsPort).toBe(null);
    expect(() => loadGatewayConfig({ GATEWAY_METRICS_PORT: 'public' })).toThrow(
      new ConfigError('gateway', [
        "GATEWAY_METRICS_PORT must be an integer from 0 to 65535 or 'off', got 'public'",
      ]),
    );
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
