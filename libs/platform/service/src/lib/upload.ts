import {
  BadRequestException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/** For FileInterceptor('file', uploadOptions(limit)): one file, in memory, up to the limit (413 beyond). */
export function uploadOptions(limitBytes: number) {
  return { limits: { fileSize: limitBytes, files: 1 } };
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
  if (file) return decode(file.buffer, undefined);
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
  return decode(await readBody(request, limitBytes), charset);
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
