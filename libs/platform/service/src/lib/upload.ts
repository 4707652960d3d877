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
import type { Observable } from 'rxjs';

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
      try {
        return await super.intercept(context, next);
      } catch (error) {
        throw explainUploadError(error);
      }
    }
  }
  return mixin(FileUpload);
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
  if (file) return textOf(decode(file.buffer, undefined));
  const [mediaType, ...parameters] = (request.headers['content-type'] ?? '')
    .split(';')
    .map((part) => part.trim());
  const type = mediaType.toLowerCase();
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
  const charset = parameters
    .find((parameter) => parameter.toLowerCase().startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return textOf(decode(await readBody(request, limitBytes), charset));
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

function decode(bytes: Buffer, charset: string | undefined): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    throw new UnsupportedMediaTypeException(`charset ${charset} is not one we can read`);
  }
  return decoder.decode(bytes);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number.parseInt(request.headers['content-length'] ?? '', 10);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // keep draining so the client reads the answer instead of a reset connection
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () =>
      size > limit ? reject(tooLarge(limit)) : resolve(Buffer.concat(chunks)),
    );
    request.on('error', reject);
  });
}

function tooLarge(limit: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`the upload exceeds ${limit / (1024 * 1024)} MB`);
}
