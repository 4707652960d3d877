import { Role, Tokens } from '@artbridge/platform-auth';
import { KafkajsBroker, MessageBroker } from '@artbridge/platform-messaging';
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  serverUrl,
} from '@artbridge/platform-persistence';
import { DEVELOPMENT_JWT_SECRET, type ServiceConfig } from '@artbridge/platform-service';
import { ServiceProcess } from './service-process';
import { UndocumentedMessagesError } from './service-under-test';
import { isolatedName } from './test-names';

/**
 * One suite's slice of the shared Kafka and PostgreSQL: its own databases and its own topic
 * prefix, removed by cleanup().
 */
export class TestContext {
  readonly id = isolatedName();
  readonly topicPrefix = `${this.id.replace(/_/g, '-')}.`;
  readonly brokers = (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(',');
  private readonly databases = new Set<string>();
  private readonly cleanups: (() => Promise<unknown>)[] = [];

  /** A fresh database for `service` (created now), e.g. abt_1764000000_a1b2c3_catalog. */
  async database(service: string): Promise<string> {
    const url = databaseUrl(serverUrl(), `${this.id}_${service}`);
    if (!this.databases.has(url)) {
      await ensureDatabase(url);
      this.databases.add(url);
    }
    return url;
  }

  async serviceConfig(
    service: string,
    overrides: Partial<ServiceConfig> = {},
  ): Promise<ServiceConfig> {
    return {
      service,
      httpHost: '127.0.0.1',
      httpPort: 0,
      // none: several services share the process (a suite that wants them passes 0)
      metricsPort: null,
      databaseUrl: await this.database(service),
      kafkaBrokers: this.brokers,
      topicPrefix: this.topicPrefix,
      // three, not the default one: in-process suites also cover chunks of several partitions
      // handled at once, which a service scaled out meets
      topicPartitions: 3,
      logLevel: (process.env['TEST_LOG_LEVEL'] as ServiceConfig['logLevel']) || 'error',
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      ...overrides,
    };
  }

  /** The environment that runs `service` as a process in this context (see ServiceProcess). */
  async serviceEnv(service: string, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
    const url = new URL(await this.database(service));
    const database = url.pathname.slice(1);
    url.pathname = '/postgres';
    return {
      DATABASE_URL: url.toString(),
      [`${service.toUpperCase()}_DATABASE`]: database,
      KAFKA_BROKERS: this.brokers.join(','),
      ARTBRIDGE_TOPIC_PREFIX: this.topicPrefix,
      ARTBRIDGE_DEMO_USERS: 'true',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] || 'warn',
      ...extra,
    };
  }

  /** A bearer token any service of this context accepts. */
  token(username: string, ...roles: Role[]): string {
    return new Tokens(DEVELOPMENT_JWT_SECRET).sign({ username, roles });
  }

  /** Authorization header for `token(...)`. */
  auth(username: string, ...roles: Role[]): { authorization: string } {
    return { authorization: `Bearer ${this.token(username, ...roles)}` };
  }

  broker(clientId = this.id): MessageBroker {
    return new KafkajsBroker({
      brokers: this.brokers,
      clientId,
      log: process.env['DEBUG_KAFKA']
        ? (level, message, extra) => console[level](message, extra)
        : undefined,
    });
  }

  /** Runs at cleanup, before databases and topics go (last registered, first run). */
  onCleanup(step: () => Promise<unknown>): void {
    this.cleanups.push(step);
  }

  /**
   * Runs every cleanup step whatever fails, then drops the suite's databases and topics. A step's
   * failure is ignored (a service stopped twice), but for messages a service wrote that the
   * AsyncAPI document does not describe: that fails the suite, once all is cleaned up.
   */
  async cleanup(): Promise<void> {
    const undocumented: Error[] = [];
    for (const step of this.cleanups.reverse())
      await step().catch((error: unknown) => {
        if (error instanceof UndocumentedMessagesError) undocumented.push(error);
      });
    await ServiceProcess.stopAll();
    for (const url of this.databases) await dropDatabase(url).catch(() => undefined);
    const admin = await this.broker().admin();
    try {
      const mine = (await admin.listTopics()).filter((topic) => topic.startsWith(this.topicPrefix));
      await admin.deleteTopics(mine);
    } finally {
      await admin.disconnect();
    }
    if (undocumented.length > 0) throw undocumented[0];
  }
}
