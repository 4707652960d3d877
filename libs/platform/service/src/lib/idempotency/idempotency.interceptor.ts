import type { Principal } from '@artbridge/platform-auth';
import {
  BadRequestException,
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Observable, of } from 'rxjs';
import { mediaType } from '../request-bodies';
import {
  bodyFingerprint,
  type FingerprintedBody,
  IDEMPOTENCY_KEY_IN_PROGRESS,
  IDEMPOTENCY_KEY_REUSED,
  IDEMPOTENT_METHODS,
  IDEMPOTENT_REPLAYED_HEADER,
  INVALID_IDEMPOTENCY_KEY,
  keepsAnswer,
  parseIdempotencyKey,
  REPLAYED_HEADERS,
} from './idempotency';
import type { IdempotencyKeys, StoredAnswer } from './idempotency-keys';

type KeyedRequest = IncomingMessage & {
  originalUrl?: string;
  body?: unknown;
  principal?: Principal;
};

/** The media types whose bodies are parsed before the handler (readRequestBodies). */
const PARSED_MEDIA_TYPES = new Set(['application/json', 'application/x-www-form-urlencoded']);

/**
 * `Idempotency-Key` on POST and PATCH (draft-ietf-httpapi-idempotency-key-header, as Stripe
 * does it): the first request with a key claims it and its answer is kept 24 hours; the same
 * request again gets that answer again (`Idempotent-Replayed: true`), without running; another
 * request with the key gets 422, and the same one while the first runs 409. Keys are the
 * caller's own (the token's username): a global interceptor, so it runs after the AuthGuard.
 * A public route has no caller to keep keys for, and ignores the header. A request without it
 * costs one look at its method and headers.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly keys: IdempotencyKeys) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<KeyedRequest>();
    if (!IDEMPOTENT_METHODS.has(request.method ?? '')) return next.handle();
    const header = request.headers['idempotency-key'];
    if (header === undefined || !request.principal) return next.handle();
    const key = parseIdempotencyKey(header);
    if (key === undefined) throw new BadRequestException([INVALID_IDEMPOTENCY_KEY]);
    const principal = request.principal.username;
    const outcome = await this.keys.claim(principal, key, {
      method: request.method!,
      path: request.originalUrl ?? request.url ?? '',
      fingerprint: bodyFingerprint(fingerprintedBody(request)),
    });
    const response = http.getResponse<ServerResponse>();
    switch (outcome.kind) {
      case 'mismatch':
        throw new UnprocessableEntityException([IDEMPOTENCY_KEY_REUSED]);
      case 'in-progress':
        throw new ConflictException([IDEMPOTENCY_KEY_IN_PROGRESS]);
      case 'replay':
        return replay(response, outcome.answer);
      case 'claimed':
        recordAnswer(response, async (answer) => {
          try {
            if (keepsAnswer(answer.status))
              await this.keys.complete(principal, key, outcome.claim, answer);
            else await this.keys.release(principal, key, outcome.claim);
          } catch (error) {
            // the claim stays: the retry gets 409 until it counts as abandoned, then runs
            this.logger.error(
              `could not keep the answer of Idempotency-Key of ${principal}: ${(error as Error).message}`,
            );
          }
        });
        return next.handle();
    }
  }
}

/** What the fingerprint of a request's body is taken from (FingerprintedBody). */
function fingerprintedBody(request: KeyedRequest): FingerprintedBody {
  const type = mediaType(request);
  if (PARSED_MEDIA_TYPES.has(type)) return { parsed: request.body };
  return {
    mediaType: type,
    contentLength: request.headers['content-length'],
    contentEncoding: request.headers['content-encoding'],
  };
}

/**
 * Answers with the stored answer. Nest sets the route's status (201 for a POST) before the
 * interceptors run and sends what they return with the status the response has by then.
 */
function replay(response: ServerResponse, answer: StoredAnswer): Observable<unknown> {
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
  response.statusCode = answer.status;
  return of(answer.body.length ? answer.body.toString('utf8') : undefined);
}

type Chunk = string | Uint8Array;

/**
 * Has `keep` given the answer (status, the headers a replay repeats, body) before the response
 * ends, whichever way it is sent (a handler's value, an exception filter's error body, a
 * stream): kept before the client has it, a retry sent as soon as it has it finds it kept.
 */
function recordAnswer(
  response: ServerResponse,
  keep: (answer: StoredAnswer) => Promise<void>,
): void {
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string')
      chunks.push(
        Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    response.write = write;
    response.end = end;
    if (typeof args[0] !== 'function') collect(args[0], args[1]);
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = this.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    void keep({ status: this.statusCode, headers, body: Buffer.concat(chunks) }).finally(() =>
      (end as (...a: unknown[]) => ServerResponse).apply(this, args),
    );
    return this;
  } as typeof response.end;
}
