import { Agent, request } from 'node:http';

export interface PlainRequest {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON (with its content type). */
  json?: unknown;
  /** Sent as it is; give its content type in headers. */
  body?: string;
}

export interface PlainResponse {
  status: number;
  text: string;
}

/**
 * HTTP/1.1 over kept-alive sockets with node:http, for a bench driver that shares the cores with
 * what it measures: Node's fetch (undici behind WHATWG streams) took a sixth of the saga driver's
 * CPU, and every cycle the driver burns is one the platform does not get.
 */
export class KeepAliveClient {
  // The timeout makes Node 20 drop an idle socket before the gateway's announced keep-alive
  // timeout, instead of reusing one the gateway is closing (ECONNRESET after a pause).
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 60_000 });

  constructor(private readonly baseUrl: string) {}

  send(path: string, init: PlainRequest = {}): Promise<PlainResponse> {
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const headers: Record<string, string | number> = {
      ...(init.json !== undefined && { 'content-type': 'application/json' }),
      ...init.headers,
    };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    return new Promise((resolve, reject) => {
      const outgoing = request(
        `${this.baseUrl}${path}`,
        { method: init.method ?? 'GET', headers, agent: this.agent },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
