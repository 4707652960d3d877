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
import {
  FileUploadInterceptor,
  firstInvalidUtf8Byte,
  UploadedFileLike,
  uploadedText,
  uploadOptions,
} from './upload';
import { listeningApp } from './http-app.spec-helper';

const LIMIT = 1024;

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
});

describe('firstInvalidUtf8Byte', () => {
  it.each<[string, number[], number]>([
    ['ASCII', [0x61, 0x62], 2],
    ['two, three and four bytes', [...Buffer.from('é€😀')], 9],
    ['a byte that never starts a character', [0x61, 0xff], 1],
    ['a continuation byte alone', [0x61, 0x80, 0x61], 1],
    ['an overlong form', [0xc0, 0x80], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by another character', [0xe2, 0x82, 0x61], 0],
  ])('%s: %j -> %d', (_, bytes, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(expected);
  });
});
