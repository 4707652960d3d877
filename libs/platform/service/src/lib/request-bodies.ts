import { HttpException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';

/** Which requests a parser reads (all of its media type when not given). */
export type BodyFilter = (req: IncomingMessage) => boolean;

/**
 * Reads JSON and form bodies as Nest would by default (create the app with `bodyParser: false`),
 * and answers a body that cannot be read with what is wrong with it, naming the body as the
 * field: `body is not valid JSON: …`, `body must be a JSON object or array, not null`, `body is
 * larger than 102400 bytes`. Left to Nest, the second read "Unexpected token 'n', "null" is not
 * valid JSON", nothing said it was about the body, and the gateway answered its sign-in's with 404.
 */
export function readRequestBodies(
  app: NestExpressApplication,
  only: { json?: BodyFilter; form?: BodyFilter } = {},
): void {
  app.useBodyParser('json', { ...(only.json && { type: only.json }) });
  app.useBodyParser('urlencoded', { extended: true, ...(only.form && { type: only.form }) });
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

/** Answers an HttpException as Nest would, from a middleware (before any route). */
export function replyWith(res: ServerResponse, exception: HttpException): void {
  res.statusCode = exception.getStatus();
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(exception.getResponse()));
}

/** body-parser's errors (http-errors with a `type`), told as the client's mistake they are. */
interface BodyParserError {
  type: string;
  status?: number;
  body?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === 'string';
}

/** An HttpException saying what is wrong with the body; anything else as it came. */
export function explainBodyError(error: unknown): unknown {
  if (!isBodyParserError(error) || !error.status || error.status < 400 || error.status >= 500)
    return error;
  const status = error.status;
  const answer = (problem: string) =>
    new HttpException(
      HttpException.createBody([`body ${problem}`], STATUS_CODES[status] ?? 'Error', status),
      status,
    );
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
    case 'charset.unsupported':
      return answer(`charset ${error.charset ?? ''} is not supported: send UTF-8`);
    case 'encoding.unsupported':
      return answer(`content encoding ${error.encoding ?? ''} is not supported`);
  }
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
