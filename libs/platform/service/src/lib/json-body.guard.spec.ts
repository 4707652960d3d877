import { Body, Controller, type INestApplication, Module, Post, Req } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { listeningApp } from './http-app.spec-helper';
import { JsonBodyGuard } from './json-body.guard';
import { readRequestBodies } from './request-bodies';

@Controller()
class RoutesController {
  @Post('json')
  json(@Body() body: unknown) {
    return { received: body };
  }

  /** As an upload route: reads the request itself, in its own media type. */
  @Post('upload')
  upload(@Req() request: IncomingMessage) {
    return { contentType: request.headers['content-type'] };
  }
}

@Module({ controllers: [RoutesController] })
class RoutesModule {}

/** A real Nest HTTP app reading bodies and guarding JSON routes as every service does. */
describe('JsonBodyGuard', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    ({ app, base } = await listeningApp(
      RoutesModule,
      (nest) => {
        readRequestBodies(nest);
        nest.useGlobalGuards(new JsonBodyGuard());
      },
      { bodyParser: false },
    ));
  });
  afterAll(() => app?.close());

  const post = async (path: string, body: string | undefined, headers: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('reads a JSON body on a JSON route', async () => {
    expect(await post('/json', '{"a":1}', { 'content-type': 'application/json' })).toEqual({
      status: 201,
      body: { received: { a: 1 } },
    });
  });

  it.each([
    ['a form (what curl -d sends)', 'application/x-www-form-urlencoded', '{"title":"x"}'],
    ['plain text', 'text/plain', '{"title":"x"}'],
    ['XML', 'application/xml; charset=utf-8', '<a/>'],
  ])('answers %s on a JSON route with 415 naming the body', async (_, contentType, body) => {
    expect(await post('/json', body, { 'content-type': contentType })).toEqual({
      status: 415,
      body: {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: [
          `body media type ${contentType.split(';')[0]} is not supported: send application/json`,
        ],
      },
    });
  });

  it('answers a body with no media type on a JSON route with 415', async () => {
    const response = await fetch(`${base}/json`, {
      method: 'POST',
      body: new Uint8Array(Buffer.from('{"a":1}')),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      message: ['body media type (none) is not supported: send application/json'],
    });
  });

  it('lets an empty request through, and a route that reads its own media type', async () => {
    expect((await post('/json', undefined, {})).status).toBe(201);
    expect(await post('/upload', 'a,b\n1,2\n', { 'content-type': 'text/csv' })).toEqual({
      status: 201,
      body: { contentType: 'text/csv' },
    });
  });
});
