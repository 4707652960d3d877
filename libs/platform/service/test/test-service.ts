import { KafkajsBroker } from '@artbridge/platform-messaging';
import { databaseUrl, dropDatabase, serverUrl } from '@artbridge/platform-persistence';
import { type INestApplication, Module, type Type } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  DEVELOPMENT_JWT_SECRET,
  ServicePlatformModule,
  startService,
  type ServiceConfig,
} from '../src';

/** A service of the given controllers started as every service is, and how to reach it. */
export interface TestService {
  readonly app: INestApplication;
  /** http://127.0.0.1:<its port> */
  readonly base: string;
  /** Stops it, drops its database and deletes its topics. */
  close(): Promise<void>;
}

/**
 * Starts `controllers` through startService on real PostgreSQL and Kafka, in a database and
 * under a topic prefix of their own (dropped and deleted by `close`), with the development
 * token secret: the platform's request handling as a service has it, with no domain around it.
 */
export async function startTestService(controllers: Type<unknown>[]): Promise<TestService> {
  const id = `abt_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
  const config: ServiceConfig = {
    service: 'platform',
    httpHost: '127.0.0.1',
    httpPort: 0,
    metricsPort: null,
    databaseUrl: databaseUrl(serverUrl(), `${id}_platform`),
    kafkaBrokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
    topicPrefix: `${id.replace(/_/g, '-')}.`,
    topicPartitions: 1,
    logLevel: 'error',
    jwtSecret: DEVELOPMENT_JWT_SECRET,
  };
  @Module({
    imports: [
      ServicePlatformModule.forRoot(config, { entities: [], migrations: [], messages: [] }),
    ],
    controllers,
  })
  class TestModule {}
  const app = await startService({ module: TestModule }, config);
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  return {
    app,
    base,
    async close() {
      await app.close();
      await dropDatabase(config.databaseUrl).catch(() => undefined);
      // its dead-letter topic, the one topic a service of no messages creates
      const broker = await new KafkajsBroker({
        brokers: config.kafkaBrokers,
        clientId: id,
      }).admin();
      try {
        const mine = (await broker.listTopics()).filter((topic) =>
          topic.startsWith(config.topicPrefix),
        );
        await broker.deleteTopics(mine);
      } finally {
        await broker.disconnect();
      }
    },
  };
}
