import { Body, Controller, type INestApplication, Module, Post } from '@nestjs/common';
import { gzipSync } from 'node:zlib';
import { charsetOf, readRequestBodies } from './request-bodies';
import { listeningApp } from './http-app.spec-helper';

@Controller()
class EchoController {
  @Post('echo')
  echo(@Body() body: unknown) {
    return { received: body };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

/** A real Nest HTTP app (no database, no broker) reading bodies as every service does. */
describe('readRequestBodies', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    let base: string;
    ({ app, base } = await listeningApp(EchoModule, readRequestBodies, { bodyParser: false }));
    url = `${base}/echo`;
  });
  afterAll(() => app?.close());

  const post = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { message?: unknown } };
  };

  it('reads JSON and form bodies as before', async () => {
    expect(await post('{"a":[1,2]}')).toEqual({ status: 201, body: { received: { a: [1, 2] } } });
    expect(
      await post('a=1&b[c]=2', { 'content-type': 'application/x-www-form-urlencoded' }),
    ).toEqual({ status: 201, body: { received: { a: '1', b: { c: '2' } } } });
  });

  it('answers JSON it cannot parse with 400, naming the body and where it broke', async () => {
    const { status, body } = await post('{bad json');
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [expect.stringMatching(/^body is not valid JSON: .*position 1/)],
    });
  });

  it.each([
    ['null', 'null'],
    ['42', 'a number'],
    ['"text"', 'a string'],
    [' true', 'a boolean'],
  ])('answers %s, good JSON but not a document, with 400 saying what it is', async (sent, what) => {
    expect(await post(sent)).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: [`body must be a JSON object or array, not ${what}`],
      },
    });
  });

  it.each([
    ['bytes that never start a character', [0xff, 0xfe]],
    ['a surrogate as CESU-8 writes it', [0xed, 0xa0, 0x80]],
    ['an overlong form', [0xc0, 0xaf]],
  ])('answers a JSON body holding %s with 400 naming the byte, not U+FFFD', async (_, bad) => {
    const bytes = Buffer.concat([
      Buffer.from('{"title":"BADUTF8_'),
      Buffer.from(bad),
      Buffer.from('"}'),
    ]);
    const refused = {
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['body is not valid UTF-8 at byte 18'],
      },
    };
    expect(await post(bytes)).toEqual(refused);
    expect(await post(bytes, { 'content-type': 'application/json; charset=utf-8' })).toEqual(
      refused,
    );
    // the byte of the body as inflated, which is what was not UTF-8
    expect(await post(gzipSync(bytes), { 'content-encoding': 'gzip' })).toEqual(refused);
  });

  it('answers a form body holding bytes that are not UTF-8 with 400 naming the byte', async () => {
    const bytes = Buffer.concat([Buffer.from('a=caf'), Buffer.from([0xe9])]);
    expect(await post(bytes, { 'content-type': 'application/x-www-form-urlencoded' })).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['body is not valid UTF-8 at byte 5'],
      },
    });
  });

  it('answers a body over the limit with 413', async () => {
    const { status, body } = await post(`{"a":"${'x'.repeat(200_000)}"}`);
    expect(status).toBe(413);
    expect(body.message).toEqual(['body is larger than 102400 bytes']);
  });

  it('answers a charset it cannot read with 415', async () => {
    const { status, body } = await post('{}', {
      'content-type': 'application/json; charset=klingon',
    });
    expect(status).toBe(415);
    expect(body.message).toEqual(['body charset klingon is not supported: send UTF-8']);
  });

  it.each([
    'application/json; charset=utf-16',
    'application/json; charset=UTF-32',
    'application/json; charset=utf-7',
    'application/json; charset="utf-16le"',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
  ])('answers %s with 415, as any charset but UTF-8', async (contentType) => {
    const charset = contentType.split('=')[1].replace(/"/g, '').toLowerCase();
    const body = contentType.includes('json') ? Buffer.from('{"a":1}', 'utf16le') : 'a=1';
    expect(await post(body, { 'content-type': contentType })).toEqual({
      status: 415,
      body: {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: [`body charset ${charset} is not supported: send UTF-8`],
      },
    });
  });

  it.each([
    'application/json; charset=utf-8',
    'application/json; charset=UTF-8',
    'application/json; charset=utf8',
    'application/json;charset="UTF8"',
    'application/x-www-form-urlencoded; charset=utf8',
  ])('reads %s', async (contentType) => {
    const body = contentType.includes('json') ? '{"a":"é"}' : 'a=%C3%A9';
    expect(await post(body, { 'content-type': contentType })).toEqual({
      status: 201,
      body: { received: { a: 'é' } },
    });
  });

  it('answers a body that does not decode as its Content-Encoding with 400 naming the body', async () => {
    // zlib's own words ("incorrect header check") are lost under Jest, whose Error is not
    // zlib's; e2e/gateway.int-spec.ts sees them in a real process
    for (const encoding of ['gzip', 'deflate', 'br'])
      expect(await post('{"a":1}', { 'content-encoding': encoding })).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: [
            expect.stringMatching(
              /^body could not be read: .+ \(it is not what its Content-Encoding says it is\)$/,
            ),
          ],
        },
      });
    const gzipped = await post(gzipSync('{"a":1}'), { 'content-encoding': 'gzip' });
    expect(gzipped).toEqual({ status: 201, body: { received: { a: 1 } } });
  });

  it('keeps body-parser’s reason and status for the rest', async () => {
    const { status, body } = await post('{}', { 'content-encoding': 'compress' });
    expect(status).toBe(415);
    expect(body.message).toEqual(['body content encoding compress is not supported']);
    const fields = Array.from({ length: 1001 }, (_, i) => `f${i}=1`).join('&');
    const many = await post(fields, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(many.status).toBe(413);
    expect(many.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: [expect.stringMatching(/^body could not be read: too many parameters/)],
    });
  });
});

describe('charsetOf', () => {
  it.each([
    ['application/json', undefined],
    ['application/json; charset=UTF-16', 'utf-16'],
    ['application/json;charset="utf-8"', 'utf-8'],
    ['application/json; boundary=x; Charset = utf8 ', 'utf8'],
    ['text/plain; charsetx=utf-16', undefined],
  ])('%s → %s', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});
