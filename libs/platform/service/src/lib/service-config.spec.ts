import {
  ConfigError,
  DEVELOPMENT_JWT_SECRET,
  isLocalDeployment,
  isLoopbackHost,
  loadServiceConfig,
  loadServiceConfigWith,
} from './service-config';

describe('loadServiceConfig', () => {
  it('has working defaults for this machine', () => {
    expect(loadServiceConfig('catalog', 3001, {})).toEqual({
      service: 'catalog',
      httpHost: '127.0.0.1',
      httpPort: 3001,
      metricsPort: 9461,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/artbridge_catalog',
      kafkaBrokers: ['127.0.0.1:9092'],
      topicPrefix: '',
      topicPartitions: 1,
      logLevel: 'info',
      jwtSecret: DEVELOPMENT_JWT_SECRET,
    });
  });

  it('reads the environment', () => {
    const config = loadServiceConfig('customs', 3002, {
      CUSTOMS_PORT: '4002',
      CUSTOMS_DATABASE: 'customs_test',
      DATABASE_URL: 'postgres://app:secret@db.internal:6543/postgres',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
      ARTBRIDGE_TOPIC_PREFIX: 'ci-42.',
      ARTBRIDGE_TOPIC_PARTITIONS: '12',
    });
    expect(config.httpPort).toBe(4002);
    expect(config.databaseUrl).toBe('postgres://app:secret@db.internal:6543/customs_test');
    expect(config.kafkaBrokers).toEqual(['k1:9092', 'k2:9092']);
    expect(config.topicPrefix).toBe('ci-42.');
    expect(config.topicPartitions).toBe(12);
  });

  it('reads the management port: its own default per service, 0 for a free one, off for none', () => {
    expect(loadServiceConfig('logistics', 3004, {}).metricsPort).toBe(9464);
    expect(loadServiceConfig('customs', 3002, { CUSTOMS_METRICS_PORT: '0' }).metricsPort).toBe(0);
    expect(loadServiceConfig('customs', 3002, { CUSTOMS_METRICS_PORT: 'off' }).metricsPort).toBe(
      null,
    );
    expect(() => loadServiceConfig('customs', 3002, { CUSTOMS_METRICS_PORT: '70000' })).toThrow(
      new ConfigError('customs', [
        "CUSTOMS_METRICS_PORT must be an integer from 0 to 65535 or 'off', got '70000'",
      ]),
    );
  });

  it('needs a real token secret in production', () => {
    expect(() => loadServiceConfig('catalog', 3001, { NODE_ENV: 'production' })).toThrow(
      new ConfigError('catalog', [
        'ARTBRIDGE_JWT_SECRET must be set to at least 16 characters unless NODE_ENV is unset, development or test and HOST is a loopback address (NODE_ENV=production, HOST=127.0.0.1)',
      ]),
    );
  });

  it.each([
    [{ NODE_ENV: 'staging' }, 'NODE_ENV=staging, HOST=127.0.0.1'],
    [{ NODE_ENV: 'Production' }, 'NODE_ENV=Production, HOST=127.0.0.1'],
    [{ HOST: '0.0.0.0' }, 'NODE_ENV=(unset), HOST=0.0.0.0'],
    [{ NODE_ENV: 'development', HOST: '10.0.0.7' }, 'NODE_ENV=development, HOST=10.0.0.7'],
    [{ NODE_ENV: 'test', HOST: '::' }, 'NODE_ENV=test, HOST=::'],
  ])('uses the development secret only on a local machine, not with %j', (env, deployment) => {
    expect(() => loadServiceConfig('catalog', 3001, env)).toThrow(
      `ARTBRIDGE_JWT_SECRET must be set to at least 16 characters unless NODE_ENV is unset, development or test and HOST is a loopback address (${deployment})`,
    );
    expect(
      loadServiceConfig('catalog', 3001, { ...env, ARTBRIDGE_JWT_SECRET: 'x'.repeat(32) })
        .jwtSecret,
    ).toBe('x'.repeat(32));
  });

  it('refuses the published development secret outside a local machine', () => {
    expect(() =>
      loadServiceConfig('catalog', 3001, {
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        ARTBRIDGE_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      new ConfigError('catalog', [
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        'ARTBRIDGE_JWT_SECRET must not be the published development secret outside a local machine (NODE_ENV=production, HOST=0.0.0.0)',
      ]),
    );
    expect(
      loadServiceConfig('catalog', 3001, { ARTBRIDGE_JWT_SECRET: DEVELOPMENT_JWT_SECRET })
        .jwtSecret,
    ).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('counts unset, development and test on a loopback address as local', () => {
    for (const NODE_ENV of [undefined, '', 'development', 'test', 'Development'])
      for (const HOST of [undefined, '', '127.0.0.1', '127.1.2.3', 'localhost', '::1'])
        expect(isLocalDeployment({ NODE_ENV, HOST })).toBe(true);
    expect(isLocalDeployment({ NODE_ENV: 'production' })).toBe(false);
    expect(isLocalDeployment({ NODE_ENV: 'dev' })).toBe(false);
    expect(isLocalDeployment({ HOST: '192.168.1.2' })).toBe(false);
  });

  it('knows the loopback addresses', () => {
    for (const host of [
      '127.0.0.1',
      '127.255.0.9',
      'LOCALHOST',
      '::1',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ])
      expect([host, isLoopbackHost(host)]).toEqual([host, true]);
    for (const host of [
      '0.0.0.0',
      '::',
      '10.1.1.1',
      '128.0.0.1',
      'example.com',
      '::ffff:10.0.0.1',
      '::2',
      '1',
    ])
      expect([host, isLoopbackHost(host)]).toEqual([host, false]);
  });

  it('reports every problem in one line', () => {
    expect(() =>
      loadServiceConfig('payments', 3003, {
        PAYMENTS_PORT: 'eighty',
        KAFKA_BROKERS: 'nohost',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      new ConfigError('payments', [
        "PAYMENTS_PORT must be an integer from 0 to 65535, got 'eighty'",
        "KAFKA_BROKERS entry 'nohost' must be host:port",
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      ]),
    );
  });
});

describe('loadServiceConfigWith', () => {
  const ownSettings = (env: NodeJS.ProcessEnv) => {
    if (env['LOGISTICS_PAYMENT_DUE_SECONDS'] === 'x')
      throw new ConfigError('logistics', ['LOGISTICS_PAYMENT_DUE_SECONDS must be seconds']);
    return { paymentDueSeconds: 60 };
  };

  it('names the bad settings of both readers in one error', () => {
    expect(() =>
      loadServiceConfigWith('logistics', 3004, ownSettings, {
        LOGISTICS_PORT: 'abc',
        LOGISTICS_PAYMENT_DUE_SECONDS: 'x',
      }),
    ).toThrow(
      new ConfigError('logistics', [
        "LOGISTICS_PORT must be an integer from 0 to 65535, got 'abc'",
        'LOGISTICS_PAYMENT_DUE_SECONDS must be seconds',
      ]),
    );
  });

  it('gives both when both are good', () => {
    const [config, own] = loadServiceConfigWith('logistics', 3004, ownSettings, {});
    expect(config.httpPort).toBe(3004);
    expect(own).toEqual({ paymentDueSeconds: 60 });
  });
});
