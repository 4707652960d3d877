import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** The path Prometheus scrapes on a management port. */
export const METRICS_PATH = '/metrics';

/**
 * The management listener: GET /metrics answers the registry in Prometheus' text format;
 * anything else is 404. A port of its own, so nothing routed on the public port reaches it.
 */
export class MetricsServer {
  private constructor(
    private readonly server: Server,
    /** Where Prometheus scrapes it, e.g. http://127.0.0.1:9461/metrics. */
    readonly url: string,
  ) {}

  /** Listens on `port` (0: a free one) at `host`; fails as listen does (EADDRINUSE ...). */
  static async start(registry: Registry, port: number, host: string): Promise<MetricsServer> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?', 1)[0];
      if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res
          .writeHead(404, { 'content-type': 'text/plain' })
          .end(`not found; try ${METRICS_PATH}\n`);
        return;
      }
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: Error) =>
          res.writeHead(500, { 'content-type': 'text/plain' }).end(`${error.message}\n`),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return new MetricsServer(server, `http://${hostname}:${address.port}${METRICS_PATH}`);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
