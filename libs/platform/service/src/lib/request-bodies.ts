import { HttpException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { invalidUtf8At } from './utf8';

/** Which requests a parser reads (all of its media type when not given). */
export type BodyFilter = (req: IncomingMessage) => boolean;

/**
 * Reads JSON and form bodies as Nest would by default (create the app with `bodyParser: false`),
 * and answers a body that cannot be read with what is wrong with it, naming the body as the
 * field: `body is not valid JSON: …`, `body must be a JSON object or array, not null`, `body is
 * larger than 102400 bytes`, `body is not valid UTF-8 at byte 9`, `body charset utf-16 is not
 * supported: send UTF-8` (415, any charset but UTF-8), `body could not be read: …` (one that
 * does not inflate as its Content-Encoding says, and anything else body-parser refuses). Left
 * to Nest, the second read "Unexpected token 'n', "null" is not valid JSON", nothing said it
 * was about the body, and the gateway answered its sign-in's with 404.
 */
export function readRequestBodies(
  app: NestExpressApplication,
  only: { json?: BodyFilter; form?: BodyFilter } = {},
): void {
  // One decision per parser, used by the charset check and the parser alike.
  const readsJson = only.json ?? ((req: IncomingMessage) => mediaType(req) === 'application/json');
  const readsForm =
    only.form ?? ((req: IncomingMessage) => mediaType(req) === 'application/x-www-form-urlencoded');
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!hasBody(req) || !(readsJson(req) || readsForm(req))) return next();
    const refused = refuseCharset(req);
    if (refused) return replyWith(res, refused);
    next();
  });
  app.useBodyParser('json', { type: readsJson, verify: refuseInvalidUtf8 });
  app.useBodyParser('urlencoded', { extended: true, type: readsForm, verify: refuseInvalidUtf8 });
  // Express passes a parser's error to the error middleware that follows it. The answer is given
  // here rather than by Nest's handler after the routes: on the way there, @nestjs/serve-static's
  // error middleware (the gateway serves the web) turns any error on an excluded path such as
  // /api/auth/token into a 404 "Cannot POST".
  app.use(
    (error: unknown, _req: IncomingMessage, res: ServerResponse, next: (e: unknown) => void) => {
      const explained = explainBodyError(error);
      if (!(explained instanceof HttpException)) return next(error);
      replyWith(res, explained);
    },
  );
}

/** The media type of the request's Content-Type, lower case, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase();
}

/** As body-parser tells it: a body is announced by its length or by chunked transfer. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '');
}

/** The Content-Type's charset parameter, lower case and unquoted, if there is one. */
export function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const at = parameter.indexOf('=');
    if (at < 0 || parameter.slice(0, at).trim().toLowerCase() !== 'charset') continue;
    return parameter
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
  }
  return undefined;
}

/**
 * The 415 for a body in any charset but UTF-8. body-parser reads JSON in any `utf-*` (UTF-16,
 * UTF-32, UTF-7 came out as mojibake and a misleading 400) and refuses `utf8`, the other name of
 * the one it should read; forms also in ISO-8859-1. A `utf8` label is written as `utf-8` so the
 * parser takes it.
 */
function refuseCharset(req: IncomingMessage): HttpException | undefined {
  const contentType = req.headers['content-type'] ?? '';
  const charset = charsetOf(contentType);
  if (charset === undefined || charset === 'utf-8') return undefined;
  if (charset === 'utf8') {
    req.headers['content-type'] = contentType.replace(/(charset\s*=\s*"?)utf8/i, '$1utf-8');
    return undefined;
  }
  return bodyProblem(415, `charset ${charset} is not supported: send UTF-8`);
}

/** body-parser's `type` of the error refuseInvalidUtf8 throws, for explainBodyError. */
const INVALID_UTF8 = 'entity.utf8.invalid';

/**
 * body-parser's verify hook: refuses a body that is not well-formed UTF-8 (the only charset
 * read, refuseCharset sees to it) with the first byte that is not. body-parser decodes leniently,
 * and such bytes were stored as U+FFFD without a word. The hook sees the bytes (inflated) before
 * they are decoded, once; the check makes no string.
 */
function refuseInvalidUtf8(_req: IncomingMessage, _res: ServerResponse, bytes: Buffer): void {
  const at = invalidUtf8At(bytes);
  if (at === undefined) return;
  // body-parser keeps an error's own status and type (http-errors), 400 rather than its 403
  throw Object.assign(new Error(`not valid UTF-8 at byte ${at}`), {
    status: 400,
    type: INVALID_UTF8,
    at,
  });
}

/** Answers an HttpException as Nest would, from a middleware (before any route). */
export function replyWith(res: ServerResponse, exception: HttpException): void {
  res.statusCode = exception.getStatus();
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(exception.getResponse()));
}

/**
 * body-parser's errors: http-errors, with a `status` and `expose`. Most have a `type`
 * (`entity.parse.failed`...); those of the decompression stream it reads through (zlib's
 * "incorrect header check" for a body that is not the gzip it says it is) have only the status.
 */
interface BodyParserError {
  type?: string;
  status: number;
  expose: boolean;
  body?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
  /** refuseInvalidUtf8's: where the body stops being UTF-8 (0-based) */
  at?: number;
  /** zlib's (`Z_DATA_ERROR`, brotli's `ERR__ERROR_FORMAT_…`) when the body does not inflate */
  code?: string;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError>;
  return (
    error instanceof Error &&
    typeof candidate.status === 'number' &&
    (typeof candidate.type === 'string' || typeof candidate.expose === 'boolean')
  );
}

/** `body <problem>` as a field error, in the shape of every other 4xx. */
export function bodyProblem(status: number, problem: string): HttpException {
  return new HttpException(
    HttpException.createBody([`body ${problem}`], STATUS_CODES[status] ?? 'Error', status),
    status,
  );
}

/** An HttpException saying what is wrong with the body; anything else as it came. */
export function explainBodyError(error: unknown): unknown {
  if (!isBodyParserError(error) || error.status < 400 || error.status >= 500) return error;
  const answer = (problem: string) => bodyProblem(error.status, problem);
  switch (error.type) {
    case 'entity.parse.failed': {
      if (!(error instanceof SyntaxError)) break; // a form body qs could not read
      // Strict JSON (the default) takes an object or an array, and refuses anything else with
      // a syntax error, though it may be perfectly good JSON.
      const other = error.body === undefined ? undefined : primitiveJson(error.body);
      return answer(
        other
          ? `must be a JSON object or array, not ${other}`
          : `is not valid JSON: ${error.message}`,
      );
    }
    case 'entity.too.large':
      return answer(`is larger than ${error.limit ?? 'the limit'} bytes`);
    case INVALID_UTF8:
      return answer(`is not valid UTF-8 at byte ${error.at}`);
    case 'charset.unsupported':
      return answer(`charset ${error.charset ?? ''} is not supported: send UTF-8`);
    case 'encoding.unsupported':
      return answer(`content encoding ${error.encoding ?? ''} is not supported`);
  }
  if (/^(Z_|ERR__)/.test(error.code ?? ''))
    return answer(
      `could not be read: ${error.message} (it is not what its Content-Encoding says it is)`,
    );
  // The rest (a body cut short, too many form fields…) keep body-parser's words.
  return answer(`could not be read: ${error.message}`);
}

/** `null`, `a number`, `a string` or `a boolean` for such a JSON text; else undefined. */
function primitiveJson(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null) return 'null';
    return typeof value === 'object' ? undefined : `a ${typeof value}`;
  } catch {
    return undefined;
  }
}
