import { Controller, Get, type INestApplication, Module, Param } from '@nestjs/common';
import { refuseUndecodablePaths, undecodableSegment } from './request-paths';
import { UuidParamPipe } from './uuid-param';
import { listeningApp } from './http-app.spec-helper';

@Controller('things')
class ThingsController {
  @Get(':id')
  get(@Param('id', new UuidParamPipe()) id: string) {
    return { id };
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('undecodableSegment', () => {
  it('finds the segment of the path that is not percent-encoded UTF-8', () => {
    expect(undecodableSegment('/things/%E0%A4%A')).toBe('%E0%A4%A');
    expect(undecodableSegment('/things/%zz/more')).toBe('%zz');
    expect(undecodableSegment('/things/%FF')).toBe('%FF');
  });

  it('passes a path that decodes, and does not look at the query', () => {
    expect(undecodableSegment('/things/caf%C3%A9%20au%2Flait')).toBeUndefined();
    expect(undecodableSegment('/things/1?q=%zz')).toBeUndefined();
    expect(undecodableSegment('/')).toBeUndefined();
  });
});

/** A real Nest HTTP app with the check in front, as every service and the gateway have it. */
describe('refuseUndecodablePaths, and UuidParamPipe', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    ({ app, base } = await listeningApp(ThingsModule, refuseUndecodablePaths));
  });
  afterAll(() => app?.close());

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('answers a path that does not decode with 400 naming the path, in the shared shape', async () => {
    expect(await get('/things/%E0%A4%A')).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: ["path segment '%E0%A4%A' is not valid percent-encoding (UTF-8)"],
      },
    });
  });

  it('answers an id that is not a UUID with 400 naming the parameter', async () => {
    for (const id of ['not-a-uuid', '%00', 'x'.repeat(5000)]) {
      expect(await get(`/things/${id}`)).toEqual({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: ['id must be a UUID'] },
      });
    }
    const id = '0190a1b2-0000-7000-8000-00000000dead';
    expect(await get(`/things/${id}`)).toEqual({ status: 200, body: { id } });
  });
});
