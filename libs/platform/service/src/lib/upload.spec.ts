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
import { FileUploadInterceptor, UploadedFileLike, uploadedText, uploadOptions } from './upload';
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
});
