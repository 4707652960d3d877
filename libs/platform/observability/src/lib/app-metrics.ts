import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Histogram, Registry } from 'prom-client';
import { httpRequestDuration, observeHttpRequests } from './http-metrics';
import { createMetricsRegistry } from './metrics-registry';
import { MetricsServer } from './metrics-server';

/**
 * The metrics of one app (a service or the gateway): its process, its HTTP requests, and what
 * else is registered on `registry`, served on a management port of its own.
 *
 *   const metrics = AppMetrics.observe(app, 'catalog'); // before app.init(): ahead of the routes
 *   await app.listen(port, host);
 *   await metrics.serve(app, metricsPort, host);        // closes with the app
 */
export class AppMetrics {
  private static readonly byApp = new WeakMap<INestApplication, AppMetrics>();
  readonly registry: Registry;
  private readonly requests: Histogram<'method' | 'route' | 'status_code'>;
  private server?: MetricsServer;

  private constructor(name: string) {
    this.registry = createMetricsRegistry(name);
    this.requests = httpRequestDuration(this.registry);
  }

  /** Times every request `app` answers; call before it is initialised, so before its routes. */
  static observe(app: INestApplication, name: string): AppMetrics {
    const metrics = new AppMetrics(name);
    app.use(observeHttpRequests(metrics.requests));
    AppMetrics.byApp.set(app, metrics);
    return metrics;
  }

  /** The metrics of `app`, if it has any (for tests that scrape an app started in-process). */
  static of(app: INestApplication): AppMetrics | undefined {
    return AppMetrics.byApp.get(app);
  }

  /** Where Prometheus scrapes it, once serving. */
  get url(): string | undefined {
    return this.server?.url;
  }

  /**
   * Serves GET /metrics on `port` (0: a free one) at `host`, until `app` closes. When it cannot
   * listen, the app is closed too and the start fails: an app nobody can watch is not started.
   */
  async serve(app: INestApplication, port: number, host: string): Promise<string> {
    try {
      this.server = await MetricsServer.start(this.registry, port, host);
    } catch (error) {
      await app.close();
      throw error;
    }
    const server = this.server;
    (app.getHttpServer() as Server).once('close', () => void server.close());
    return server.url;
  }
}
