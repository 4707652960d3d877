import { httpRequest, JsonRequestInit } from './http';
import type { INestApplication, DynamicModule } from '@nestjs/common';
import { startService, type ServiceConfig } from '@artbridge/platform-service';

/** A service started in-process as in production (its database, topics, relay, consumer, HTTP). */
export class ServiceUnderTest {
  private constructor(
    readonly app: INestApplication,
    readonly baseUrl: string,
  ) {}

  static async start(module: DynamicModule, config: ServiceConfig): Promise<ServiceUnderTest> {
    const app = await startService(module, config);
    const address = app.getHttpServer().address() as { port: number };
    return new ServiceUnderTest(app, `http://127.0.0.1:${address.port}`);
  }

  request(path: string, init?: JsonRequestInit): Promise<Response> {
    return httpRequest(this.baseUrl, path, init);
  }

  stop(): Promise<void> {
    return this.app.close();
  }
}
