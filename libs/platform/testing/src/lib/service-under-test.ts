import { httpRequest, JsonRequestInit } from './http';
import { DocumentedAnswers } from './response-schemas';
import type { INestApplication, DynamicModule } from '@nestjs/common';
import {
  startService,
  type OpenApiMetadata,
  type ServiceConfig,
} from '@artbridge/platform-service';

/** A service started in-process as in production (its database, topics, relay, consumer, HTTP). */
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

  /** A request to the service; a JSON 2xx answer must be what its OpenAPI document says. */
  async request(path: string, init?: JsonRequestInit): Promise<Response> {
    const response = await httpRequest(this.baseUrl, path, init);
    await this.answers.check(init?.method ?? 'GET', path, response);
    return response;
  }

  stop(): Promise<void> {
    return this.app.close();
  }
}
