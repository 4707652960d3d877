import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpCall {
  method: 'GET' | 'POST' | 'PATCH';
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Called as the body goes out: bytes written so far, of `body.length`. */
  onUploadProgress?: (sent: number, total: number) => void;
  /** The longest silence on the connection before giving up. */
  idleTimeoutMs?: number;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** The gateway could not be reached at all (refused, reset, unknown host, silent). */
export class NetworkError extends Error {
  constructor(
    readonly url: URL,
    readonly code: string,
  ) {
    super(`${url.origin} did not answer (${code})`);
    this.name = 'NetworkError';
  }
}

const CHUNK = 64 * 1024;

/**
 * One HTTP request with node's own client: a Content-Length on every upload, its progress as
 * the bytes leave, and no keep-alive (nothing left open keeps the command from ending).
 */
export function httpCall(call: HttpCall): Promise<HttpAnswer> {
  const send = call.url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = call.body;
  return new Promise<HttpAnswer>((resolve, reject) => {
    let answered = false;
    const fail = (error: Error & { code?: string }) => {
      if (answered) return;
      reject(
        error instanceof NetworkError
          ? error
          : new NetworkError(call.url, error.code ?? error.message),
      );
    };
    const request = send(
      call.url,
      {
        method: call.method,
        agent: false,
        headers: {
          accept: 'application/json',
          ...call.headers,
          ...(body !== undefined && { 'content-length': String(body.length) }),
        },
      },
      (response: IncomingMessage) => {
        answered = true;
        const chunks: Buffer[] = [];
        const done = () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          });
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', done);
        // a server that answers before reading the whole upload (401, 413) may cut it short
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.setTimeout(call.idleTimeoutMs ?? 600_000, () =>
      request.destroy(new NetworkError(call.url, 'ETIMEDOUT')),
    );
    request.on('error', fail);
    if (body === undefined) {
      request.end();
      return;
    }
    // in chunks, waiting for the socket to drain, so progress follows what actually left
    let sent = 0;
    const writeMore = (): void => {
      while (sent < body.length) {
        const chunk = body.subarray(sent, sent + CHUNK);
        sent += chunk.length;
        const done = sent;
        const more = request.write(chunk, () => call.onUploadProgress?.(done, body.length));
        if (!more) {
          request.once('drain', writeMore);
          return;
        }
      }
      request.end();
    };
    call.onUploadProgress?.(0, body.length);
    writeMore();
  });
}
