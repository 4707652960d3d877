import { MESSAGE_TYPE_HEADER } from '@artbridge/platform-messaging';
import { AppMetrics } from '@artbridge/platform-observability';
import { DataSource } from 'typeorm';
import { httpRequest, JsonRequestInit } from './http';
import { DocumentedMessages } from './message-schemas';
import { DocumentedAnswers } from './response-schemas';
import type { INestApplication, DynamicModule } from '@nestjs/common';
import {
  startService,
  type OpenApiMetadata,
  type ServiceConfig,
} from '@artbridge/platform-service';

/**
 * The AsyncAPI document, read and its validators compiled once for every service a suite stops
 * (some stop and start theirs several times).
 */
let documented: DocumentedMessages | undefined;

/**
 * A service started in-process as in production (its database, topics, relay, consumer, HTTP).
 * What it answers is held to its OpenAPI document, and what it wrote to its outbox to the
 * messages' AsyncAPI document when it stops.
 */
export class ServiceUnderTest {
  private readonly answers: DocumentedAnswers;

  private constructor(
    readonly app: INestApplication,
    readonly baseUrl: string,
  ) {
    this.answers = new DocumentedAnswers(`${baseUrl}/docs-json`);
  }

  /**
   * `openApi` is the app's generated openapi-metadata.ts, as its main.ts hands it to
   * startService: the document every answer is checked against describes the app's models and
   * answers only with it.
   */
  static async start(
    module: DynamicModule,
    config: ServiceConfig,
    openApi: OpenApiMetadata,
  ): Promise<ServiceUnderTest> {
    const app = await startService(module, config, openApi);
    const address = app.getHttpServer().address() as { port: number };
    return new ServiceUnderTest(app, `http://127.0.0.1:${address.port}`);
  }

  /** Where its management port answers GET /metrics; none unless config.metricsPort was set. */
  get metricsUrl(): string | undefined {
    return AppMetrics.of(this.app)?.url;
  }

  /** A request to the service; a JSON 2xx answer must be what its OpenAPI document says. */
  async request(path: string, init?: JsonRequestInit): Promise<Response> {
    const response = await httpRequest(this.baseUrl, path, init);
    await this.answers.check(init?.method ?? 'GET', path, response);
    return response;
  }

  /**
   * Stops the service, then fails if a message it wrote is not as the AsyncAPI document says
   * (a message redriven from a dead letter is left out: it is the original, as it came).
   */
  async stop(): Promise<void> {
    const rows = await this.app
      .get(DataSource)
      .query<
        {
          id: string;
          seq: string;
          topic: string;
          message_key: string;
          type: string;
          envelope: string;
        }[]
      >('SELECT id, seq, topic, message_key, type, envelope FROM messaging_outbox ORDER BY seq')
      .catch(() => []); // a suite that dropped the database already
    await this.app.close();
    const messages = (documented ??= new DocumentedMessages());
    const problems = rows
      .filter((row) => (JSON.parse(row.envelope) as { id?: unknown }).id === row.id)
      .flatMap((row) =>
        messages.problems({
          topic: row.topic,
          partition: 0,
          offset: row.seq,
          key: row.message_key,
          value: Buffer.from(row.envelope),
          headers: { [MESSAGE_TYPE_HEADER]: row.type },
        }),
      );
    if (problems.length > 0)
      throw new UndocumentedMessagesError(
        `messages the service wrote are not as libs/contracts/asyncapi.json says:\n${problems.slice(0, 20).join('\n')}`,
      );
  }
}

/** Messages a service wrote that its AsyncAPI document does not describe (ServiceUnderTest.stop). */
export class UndocumentedMessagesError extends Error {
  override readonly name = 'UndocumentedMessagesError';
}
