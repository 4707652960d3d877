import { ConfigError, DEVELOPMENT_JWT_SECRET, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('has working defaults for this machine', () => {
    expect(loadServiceConfig('catalog', 3001, {})).toEqual({
      service: 'catalog',
      httpHost: '127.0.0.1',
      httpPort: 3001,
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

  it('needs a real token secret in production', () => {
    expect(() => loadServiceConfig('catalog', 3001, { NODE_ENV: 'production' })).toThrow(
      'ARTBRIDGE_JWT_SECRET must be set to at least 16 characters in production',
    );
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
