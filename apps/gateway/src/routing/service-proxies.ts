import { Inject, Injectable } from '@nestjs/common';
// before http-proxy loads: it takes util._extend then
import './util-extend-shim';
import { createProxyMiddleware, type RequestHandler } from 'http-proxy-middleware';
import { PinoLogger } from 'nestjs-pino';
import { Agent, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { GATEWAY_CONFIG } from '../gateway-config.provider';
import type { GatewayConfig, RoutedService } from '../gateway-config';
import { upstreamPath } from './domain/upstream-path';

type Request = IncomingMessage & { originalUrl?: string };

/** At most this long idle before a kept connection to a service is closed. */
const IDLE_CONNECTION_MS = 60_000;

/**
 * One reverse proxy per service (http-proxy-middleware): `/api/<service>/...` goes to the
 * service with the prefix taken off; headers, the Authorization header among them, pass as sent
 * (ProxyController has verified the token; each service checks it again itself). A service that does not answer is a 502 (504 after
 * GATEWAY_PROXY_TIMEOUT_MS) with a JSON error, at once, never a hang.
 */
@Injectable()
export class ServiceProxies {
  private readonly proxies = new Map<string, RequestHandler<Request, ServerResponse>>();

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(ServiceProxies.name);
    for (const [service, target] of Object.entries(config.services) as [RoutedService, string][]) {
      this.proxies.set(service, this.proxy(service, target, config.proxyTimeoutMs));
    }
  }

  has(service: string): boolean {
    return this.proxies.has(service);
  }

  /** Sends the request on to `service`; the service's answer streams back as it comes. */
  forward(service: string, req: Request, res: ServerResponse): Promise<void> {
    const proxy = this.proxies.get(service);
    if (!proxy) throw new Error(`no proxy for ${service}`);
    return new Promise((done, fail) => {
      proxy(req, res, (error?: unknown) => (error ? fail(error) : done())).then(done, fail);
    });
  }

  private proxy(
    service: string,
    target: string,
    timeoutMs: number,
  ): RequestHandler<Request, ServerResponse> {
    return createProxyMiddleware<Request, ServerResponse>({
      target,
      // Connections to the service are kept and reused: without an agent, http-proxy opens one
      // per request and asks for it to be closed after. An idle one is dropped a second before
      // the service's announced keep-alive timeout (Node 20 heeds the announcement only when the
      // agent has a timeout of its own): reusing one the service is closing was a 502.
      agent: new Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
      changeOrigin: true,
      xfwd: true,
      // the controller forwards only what upstreamPath finds: '/' is never reached
      pathRewrite: (_path, req) => upstreamPath(req.originalUrl ?? req.url ?? '', service) ?? '/',
      on: {
        proxyReq: (proxyReq: ClientRequest) => {
          // the body streams on as it came: the gateway parses only its own routes' bodies
          proxyReq.setTimeout(timeoutMs, () =>
            proxyReq.destroy(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' })),
          );
        },
        error: (error, req, res) => this.failed(service, error, req, res),
      },
    });
  }

  private failed(
    service: string,
    error: Error & { code?: string },
    req: Request,
    res: ServerResponse | Socket,
  ): void {
    const timedOut = error.code === 'ETIMEDOUT';
    const statusCode = timedOut ? 504 : 502;
    const message = timedOut
      ? `${service} did not answer in time`
      : `${service} is not reachable (${error.code ?? error.message})`;
    this.logger.warn({ service, url: req.originalUrl ?? req.url, code: error.code }, message);
    if (!('writeHead' in res)) {
      res.destroy();
      return;
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = JSON.stringify({
      statusCode,
      error: timedOut ? 'Gateway Timeout' : 'Bad Gateway',
      message,
    });
    res.writeHead(statusCode, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }
}
