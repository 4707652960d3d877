import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, type SchemaObject } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Observable } from 'rxjs';
import { charsetOf, mediaType } from './request-bodies';
import { firstInvalidUtf8Byte } from './utf8';

/** For FileUploadInterceptor(uploadOptions(limit)): one file, in memory, up to the limit (413 beyond). */
export function uploadOptions(limitBytes: number) {
  return { limits: { fileSize: limitBytes, files: 1 } };
}

/**
 * FileInterceptor('file', options) whose 400s name the file and say what is wrong, in the shape
 * of every other 400: `["file: the multipart body ended before its last part (Multipart:
 * Unexpected end of form)"]`. multer's own are a bare string naming nothing ("Multipart:
 * Unexpected end of form", "Unexpected file field - document").
 */
export function FileUploadInterceptor(
  options: ReturnType<typeof uploadOptions>,
): Type<NestInterceptor> {
  class FileUpload extends FileInterceptor('file', options) {
    override async intercept(
      context: ExecutionContext,
      next: CallHandler,
    ): Promise<Observable<unknown>> {
      refuseEncodedMultipart(context.switchToHttp().getRequest<IncomingMessage>());
      try {
        return await super.intercept(context, next);
      } catch (error) {
        throw explainUploadError(error);
      }
    }
  }
  return mixin(FileUpload);
}

/**
 * multer reads a multipart body as sent: compressed, its parts were not found and the answer
 * blamed the form ("the multipart body ended before its last part"). Compression is for the
 * file sent as the body itself (uploadedText inflates it).
 */
function refuseEncodedMultipart(request: IncomingMessage): void {
  const encoding = (request.headers['content-encoding'] || 'identity').trim().toLowerCase();
  if (encoding === 'identity' || mediaType(request) !== MULTIPART) return;
  throw new UnsupportedMediaTypeException([
    `file: a ${MULTIPART} body cannot be sent with Content-Encoding ${encoding}: send the file itself as the body to send it compressed`,
  ]);
}

/** A 400 of multer's, told as a problem with the `file` field; anything else as it came. */
export function explainUploadError(error: unknown): unknown {
  if (!(error instanceof BadRequestException)) return error;
  const { message } = error.getResponse() as { message?: unknown };
  if (typeof message !== 'string') return error;
  const misnamed = /^Unexpected file field - (.+)$/.exec(message);
  if (misnamed) {
    return new BadRequestException([
      `file: a multipart upload needs the file in a field named file, not ${misnamed[1]}`,
    ]);
  }
  const reasons: Record<string, string> = {
    'Multipart: Unexpected end of form': 'the multipart body ended before its last part',
    'Multipart: Unexpected end of file': 'the multipart body ended inside the file',
    'Multipart: Malformed part header': 'a part of the multipart body has a malformed header',
    'Multipart: Boundary not found': 'the multipart content type names no boundary',
  };
  const reason = reasons[message];
  return new BadRequestException([
    reason
      ? `file: ${reason} (${message})`
      : `file: the multipart upload could not be read: ${message}`,
  ]);
}

/** What multer hands over for an upload kept in memory (@types/multer is not installed). */
export interface UploadedFileLike {
  readonly fieldname: string;
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
}

const MULTIPART = 'multipart/form-data';

/** The schema of an upload sent as multipart/form-data: the file in a field named `file`. */
export function multipartFileSchema(): SchemaObject {
  return {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary' } },
  };
}

/** Whether a request body's schema is multipartFileSchema(). */
export function isMultipartFileSchema(schema: unknown): boolean {
  return JSON.stringify(schema) === JSON.stringify(multipartFileSchema());
}

/**
 * The request body of a route that reads its file with uploadedText(request, file, accepted,
 * limit), for the OpenAPI document: the file itself as the body in one of the `accepted` media
 * types, or a multipart/form-data body with the file in its `file` field. The explorer gives
 * every media type one schema (the multipart one); openApiDocument makes the raw ones a string.
 */
export function ApiUpload(accepted: readonly string[], limitBytes: number, description: string) {
  const limit =
    limitBytes % (1024 * 1024) === 0 ? `${limitBytes / (1024 * 1024)} MB` : `${limitBytes} bytes`;
  return applyDecorators(
    ApiConsumes(...accepted, MULTIPART),
    ApiBody({
      required: true,
      description: `${description} Up to ${limit}: the file itself as the body (${accepted.join(', ')}) or as the \`file\` field of a ${MULTIPART} body.`,
      schema: multipartFileSchema(),
    }),
  );
}

/**
 * The text of an upload (a bank statement, a collection export): the `file` field of a multipart
 * request, or the raw body of one of the accepted media types. The raw body is read here, after
 * the auth guard, not by a body parser in front of every route, so only a signed-in caller of
 * such a route can make a service read a large body.
 */
export async function uploadedText(
  request: IncomingMessage,
  file: UploadedFileLike | undefined,
  accepted: readonly string[],
  limitBytes: number,
): Promise<string> {
  if (file) return textOf(decode(file.buffer, undefined, accepted));
  const type = mediaType(request);
  if (type === MULTIPART) {
    throw new BadRequestException([
      'file: a multipart upload needs the file in a field named file',
    ]);
  }
  if (!accepted.includes(type) || request.readableEnded) {
    throw new UnsupportedMediaTypeException(
      `send the file as ${accepted.join(', ')} or as ${MULTIPART} with a file field${type ? `, not ${type}` : ''}`,
    );
  }
  const charset = charsetOf(request.headers['content-type'] ?? '');
  return textOf(decode(await readBody(request, limitBytes), charset, accepted, type));
}

/**
 * The text, unless it holds the NUL character: no text format taken (CSV, XML, JSON Lines) has
 * a use for it, and PostgreSQL's text cannot hold it (a statement with one in a payer's name
 * failed at the insert, a 500).
 */
function textOf(text: string): string {
  const at = text.indexOf('\u0000');
  if (at < 0) return text;
  const line = text.slice(0, at).split('\n').length;
  throw new BadRequestException([
    `file: line ${line} holds the NUL character (0x00): not a text file, or not in its charset`,
  ]);
}

/**
 * The text of the bytes in their charset (UTF-8 unless the raw body's content type names
 * another), refusing bytes that are not in it: read leniently, each would become U+FFFD and the
 * file be stored corrupted without a word. 415 for a charset there is no decoder for; 400 naming
 * the first byte that does not decode, and its line, for a file in another charset than the
 * one it is read in (a spreadsheet saved as Windows-1252, sent as UTF-8).
 */
function decode(
  bytes: Buffer,
  charset: string | undefined,
  accepted: readonly string[],
  rawType?: string,
): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true });
  } catch {
    throw new UnsupportedMediaTypeException(`charset ${charset} is not one we can read`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // a fatal decoder throws for bytes not in its charset only (ERR_ENCODING_INVALID_ENCODED_DATA)
    const at = firstUndecodableByte(bytes, decoder.encoding);
    const before = new TextDecoder(decoder.encoding).decode(bytes.subarray(0, at));
    textOf(before); // a NUL before it is the first problem of the file: said as such
    const line = before.split('\n').length;
    const example = `${rawType ?? accepted[0]}; charset=windows-1252`;
    const hint = rawType
      ? `send charset=<the file's encoding> in its Content-Type (${example}), or send it as UTF-8`
      : `save it as UTF-8, or send it as the body with its charset named (Content-Type: ${example})`;
    throw new BadRequestException([
      `file is not valid ${decoder.encoding.toUpperCase()} at byte ${at} (line ${line}): ${hint}`,
    ]);
  }
}

/** Where decoding `bytes` in `encoding` first fails (0-based), for a file that does not decode. */
function firstUndecodableByte(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8Byte(bytes);
  // Any other decoder: the shortest prefix that fails to decode (a longer one fails too), its
  // last byte the one that broke it. A refusal's cost only: some 26 decodes of a 50 MB file.
  const fails = (length: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), {
        stream: true,
      });
      return false;
    } catch {
      return true;
    }
  };
  let [low, high] = [1, bytes.length];
  if (!fails(high)) return bytes.length; // only an unfinished sequence at the end
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fails(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

/**
 * The file's bytes: the body, inflated as its Content-Encoding says (gzip, deflate, br, as the
 * JSON routes read it; finance's exports often come gzipped), up to `limit` bytes as sent and
 * once inflated: 413 beyond, so a small gzip of zeros (a gzip bomb) is stopped at the limit
 * instead of filling memory. The request is read to its end either way, so that the client
 * reads the answer instead of a reset connection.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number.parseInt(request.headers['content-length'] ?? '', 10);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  let inflater: Transform | undefined;
  try {
    inflater = inflaterFor(request.headers['content-encoding']);
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let [received, size] = [0, 0];
    let failure: unknown;
    let [bodyRead, fileRead] = [false, inflater === undefined];
    const settle = () => {
      if (!bodyRead) return;
      if (failure) reject(failure);
      else if (fileRead) resolve(Buffer.concat(chunks));
    };
    const fail = (error: unknown) => {
      if (failure) return;
      failure = error;
      inflater?.destroy(); // inflates no further; the request is still drained
      settle();
    };
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit, inflater !== undefined));
      else chunks.push(chunk);
    };
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) fail(tooLarge(limit));
      if (failure) return;
      if (inflater) inflater.write(chunk);
      else keep(chunk);
    });
    request.on('end', () => {
      bodyRead = true;
      if (inflater && !failure) inflater.end();
      settle();
    });
    request.on('error', (error) => {
      inflater?.destroy();
      reject(error);
    });
    inflater?.on('data', keep);
    inflater?.on('end', () => {
      fileRead = true;
      settle();
    });
    inflater?.on('error', (error: Error) =>
      fail(
        new BadRequestException([
          `file could not be read: ${error.message} (it is not what its Content-Encoding says it is)`,
        ]),
      ),
    );
  });
}

/**
 * The stream that inflates a body sent with `contentEncoding`, none for `identity`: the codings
 * body-parser inflates for the JSON routes. 415 for any other (or for a list of several).
 */
function inflaterFor(contentEncoding: string | undefined): Transform | undefined {
  const encoding = (contentEncoding || 'identity').trim().toLowerCase();
  switch (encoding) {
    case 'identity':
      return undefined;
    case 'gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
  }
  throw new UnsupportedMediaTypeException([
    `file content encoding ${encoding} is not supported: send it as gzip, deflate or br, or not encoded`,
  ]);
}

function tooLarge(limit: number, inflated = false): PayloadTooLargeException {
  return new PayloadTooLargeException(
    `the upload exceeds ${limit / (1024 * 1024)} MB${inflated ? ' once inflated' : ''}`,
  );
}
