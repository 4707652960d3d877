import {
  Controller,
  type INestApplication,
  Module,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { FileUploadInterceptor, UploadedFileLike, uploadedText, uploadOptions } from './upload';
import { listeningApp } from './http-app.spec-helper';

const LIMIT = 1024;
const LARGE_LIMIT = 1024 * 1024;

@Controller()
class UploadController {
  @Post('upload')
  @UseInterceptors(FileUploadInterceptor(uploadOptions(LIMIT)))
  async upload(
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
  ) {
    return { text: await uploadedText(request, file, ['text/csv'], LIMIT) };
  }

  /** As a bank statement's: a limit a gzip bomb's compressed bytes fit in. */
  @Post('large-upload')
  @UseInterceptors(FileUploadInterceptor(uploadOptions(LARGE_LIMIT)))
  async largeUpload(
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
  ) {
    return { length: (await uploadedText(request, file, ['text/csv'], LARGE_LIMIT)).length };
  }
}

@Module({ controllers: [UploadController] })
class UploadModule {}

/** A real Nest HTTP app with an upload route as the services have them (bank statements...). */
describe('FileUploadInterceptor and uploadedText', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    let base: string;
    ({ app, base } = await listeningApp(UploadModule));
    url = `${base}/upload`;
  });
  afterAll(() => app?.close());

  const post = async (
    body: string | FormData | Uint8Array,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(url, { method: 'POST', headers, body });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const form = (field: string, content: string) => {
    const data = new FormData();
    data.append(field, new Blob([content], { type: 'text/csv' }), 'rates.csv');
    return data;
  };
  const refused = (message: string) => ({
    status: 400,
    body: { statusCode: 400, error: 'Bad Request', message: [message] },
  });

  it('reads a file raw or as the multipart file field', async () => {
    expect(await post('a,b\n', { 'content-type': 'text/csv' })).toEqual({
      status: 201,
      body: { text: 'a,b\n' },
    });
    expect(await post(form('file', 'a,b\n'))).toEqual({ status: 201, body: { text: 'a,b\n' } });
  });

  it("tells multer's refusals as problems with the file, in the shared shape", async () => {
    expect(await post(form('document', 'a,b\n'))).toEqual(
      refused('file: a multipart upload needs the file in a field named file, not document'),
    );
    const boundary = 'cutshort';
    expect(
      await post(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\na,b`,
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
      ),
    ).toEqual(
      refused(
        'file: the multipart body ended before its last part (Multipart: Unexpected end of form)',
      ),
    );
    expect(await post('a,b\n', { 'content-type': 'multipart/form-data' })).toEqual(
      refused('file: the multipart content type names no boundary (Multipart: Boundary not found)'),
    );
  });

  it('keeps 413 for a file over the limit', async () => {
    expect((await post(form('file', 'x'.repeat(LIMIT + 1)))).status).toBe(413);
  });

  it('refuses a file holding the NUL character, raw or multipart, naming the line', async () => {
    const message =
      'file: line 2 holds the NUL character (0x00): not a text file, or not in its charset';
    expect(await post('a,b\nc,\u0000\n', { 'content-type': 'text/csv' })).toEqual(refused(message));
    expect(await post(form('file', 'a,b\nc,\u0000\n'))).toEqual(refused(message));
    expect(
      await post(new Uint8Array([0x61, 0x0a, 0x00, 0xff, 0xfe]), { 'content-type': 'text/csv' }),
    ).toEqual(refused(message));
  });

  it('refuses a file that is not in its charset, naming the byte and line, raw or multipart', async () => {
    // "café" saved as Windows-1252 (0xE9), sent as UTF-8: read leniently it became "caf\uFFFD"
    const latin1 = new Uint8Array([...Buffer.from('a,b\ncaf'), 0xe9, 0x0a]);
    expect(await post(latin1, { 'content-type': 'text/csv' })).toEqual(
      refused(
        "file is not valid UTF-8 at byte 7 (line 2): send charset=<the file's encoding> in its Content-Type (text/csv; charset=windows-1252), or send it as UTF-8",
      ),
    );
    const data = new FormData();
    data.append('file', new Blob([latin1], { type: 'text/csv' }), 'rates.csv');
    expect(await post(data)).toEqual(
      refused(
        'file is not valid UTF-8 at byte 7 (line 2): save it as UTF-8, or send it as the body with its charset named (Content-Type: text/csv; charset=windows-1252)',
      ),
    );
    // named, the charset reads it
    expect(await post(latin1, { 'content-type': 'text/csv; charset=windows-1252' })).toEqual({
      status: 201,
      body: { text: 'a,b\ncafé\n' },
    });
    // quoted, with spaces around '=', as request bodies read it (charsetOf)
    expect(await post(latin1, { 'content-type': 'text/csv; Charset = "Windows-1252"' })).toEqual({
      status: 201,
      body: { text: 'a,b\ncafé\n' },
    });
    // a multi-byte charset's decoder, too
    const shiftJis = await post(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x82]), {
      'content-type': 'text/csv; charset=shift_jis',
    });
    expect(shiftJis).toEqual(
      refused(
        expect.stringMatching(/^file is not valid SHIFT_JIS at byte 5 \(line 3\): send charset=/),
      ),
    );
    // and a charset there is no decoder for is still 415
    expect((await post('a,b\n', { 'content-type': 'text/csv; charset=klingon' })).status).toBe(415);
  });

  it('inflates a raw file sent gzipped, deflated or as brotli, as the JSON routes do', async () => {
    const csv = Buffer.from('a,b\ncafé,1\n');
    for (const [encoding, bytes] of [
      ['gzip', gzipSync(csv)],
      ['GZIP', gzipSync(csv)],
      ['deflate', deflateSync(csv)],
      ['br', brotliCompressSync(csv)],
      ['identity', csv],
    ] as const)
      expect(
        await post(bytes, { 'content-type': 'text/csv', 'content-encoding': encoding }),
      ).toEqual({ status: 201, body: { text: 'a,b\ncafé,1\n' } });
    // the charset is the inflated file's
    const latin1 = gzipSync(Buffer.from([...Buffer.from('a,b\ncaf'), 0xe9, 0x0a]));
    expect(
      await post(latin1, {
        'content-type': 'text/csv; charset=windows-1252',
        'content-encoding': 'gzip',
      }),
    ).toEqual({ status: 201, body: { text: 'a,b\ncafé\n' } });
    expect(await post(latin1, { 'content-type': 'text/csv', 'content-encoding': 'gzip' })).toEqual(
      refused(expect.stringMatching(/^file is not valid UTF-8 at byte 7 \(line 2\)/)),
    );
  });

  it('refuses a file that is not what its Content-Encoding says with 400 saying so', async () => {
    const notWhatItSays = {
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: [
          expect.stringMatching(
            /^file could not be read: .+ \(it is not what its Content-Encoding says it is\)$/,
          ),
        ],
      },
    };
    for (const encoding of ['gzip', 'deflate', 'br'])
      expect(
        await post('a,b\n', { 'content-type': 'text/csv', 'content-encoding': encoding }),
      ).toEqual(notWhatItSays);
    // a gzip cut short
    expect(
      await post(gzipSync('a,b\nc,d\n').subarray(0, 12), {
        'content-type': 'text/csv',
        'content-encoding': 'gzip',
      }),
    ).toEqual(notWhatItSays);
  });

  it('answers a content encoding it cannot inflate with 415 naming it', async () => {
    expect(
      await post('a,b\n', { 'content-type': 'text/csv', 'content-encoding': 'compress' }),
    ).toEqual({
      status: 415,
      body: {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: [
          'file content encoding compress is not supported: send it as gzip, deflate or br, or not encoded',
        ],
      },
    });
  });

  it('applies the limit to the file once inflated too', async () => {
    const over = gzipSync(Buffer.alloc(LIMIT + 1, 'a'));
    expect(over.length).toBeLessThan(LIMIT);
    expect(await post(over, { 'content-type': 'text/csv', 'content-encoding': 'gzip' })).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        error: 'Payload Too Large',
        message: `the upload exceeds ${LIMIT / (1024 * 1024)} MB once inflated`,
      },
    });
    expect(
      await post(gzipSync(Buffer.alloc(LIMIT, 'a')), {
        'content-type': 'text/csv',
        'content-encoding': 'gzip',
      }),
    ).toEqual({ status: 201, body: { text: 'a'.repeat(LIMIT) } });
  });

  it('stops inflating a gzip bomb at the limit: 413, not 2 GB in memory', async () => {
    // gzip members one after another inflate as one file, each of 10 MB in some 10 KB: 20 of
    // them are under the limit as sent (200 MB inflated), 200 over it
    const member = gzipSync(Buffer.alloc(10 * 1024 * 1024, 'a'));
    for (const members of [20, 200]) {
      const bomb = Buffer.concat(Array.from({ length: members }, () => member));
      const response = await fetch(`${url.replace(/upload$/, 'large-upload')}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' },
        body: bomb,
      });
      expect({ members, status: response.status }).toEqual({ members, status: 413 });
    }
    const fits = await fetch(`${url.replace(/upload$/, 'large-upload')}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(LARGE_LIMIT, 'a')),
    });
    expect(await fits.json()).toEqual({ length: LARGE_LIMIT });
  });

  it('refuses a multipart body sent with a Content-Encoding with 415, not a broken form', async () => {
    const multipart = new Response(form('file', 'a,b\n'));
    const contentType = multipart.headers.get('content-type') ?? '';
    const bytes = gzipSync(Buffer.from(await multipart.arrayBuffer()));
    expect(await post(bytes, { 'content-type': contentType, 'content-encoding': 'gzip' })).toEqual({
      status: 415,
      body: {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: [
          'file: a multipart/form-data body cannot be sent with Content-Encoding gzip: send the file itself as the body to send it compressed',
        ],
      },
    });
  });
});
