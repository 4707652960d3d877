import { Body, Controller, type INestApplication, Module, Post, Query } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import { readRequestBodies } from './request-bodies';
import { MAX_INPUT_DEPTH } from '@artbridge/contracts';
import { requestValidationPipe } from './validation';
import { listeningApp } from './http-app.spec-helper';

class EchoQuery {
  @IsOptional()
  @IsString()
  account?: string;
}

@Controller()
class EchoController {
  @Post('echo')
  echo(@Body() body: unknown, @Query() query: EchoQuery) {
    return { received: body, account: query.account ?? null };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

/** A real Nest HTTP app (no database, no broker) reading and validating input as every service. */
describe('requestValidationPipe', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    let base: string;
    ({ app, base } = await listeningApp(
      EchoModule,
      (express) => {
        readRequestBodies(express);
        express.useGlobalPipes(requestValidationPipe());
      },
      { bodyParser: false },
    ));
    url = `${base}/echo`;
  });
  afterAll(() => app?.close());

  const post = async (body: string, query = '', headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { message?: unknown } };
  };
  const refused = (...message: string[]) => ({
    status: 400,
    body: { statusCode: 400, error: 'Bad Request', message },
  });

  it('refuses the NUL character anywhere in a body, naming where (PostgreSQL cannot store it)', async () => {
    expect(await post('{"title": "a\\u0000b", "artist": {"names": ["x", "\\u0000"]}}')).toEqual(
      refused(
        'title must not contain the NUL character (\\u0000)',
        'artist.names.1 must not contain the NUL character (\\u0000)',
      ),
    );
    expect(await post('{"a\\u0000": 1}')).toEqual(
      refused('body must not have a property name with the NUL character (\\u0000)'),
    );
    expect(
      await post('a=%00', '', { 'content-type': 'application/x-www-form-urlencoded' }),
    ).toEqual(refused('a must not contain the NUL character (\\u0000)'));
  });

  it('refuses a lone surrogate, valid JSON but not text (a jsonb column refused it)', async () => {
    expect(await post('{"owner": "a\\ud800b", "pair": "\\ud83c\\udfa8"}')).toEqual(
      refused('owner must be well-formed Unicode: it holds a lone surrogate (\\ud800-\\udfff)'),
    );
    expect((await post('{"title": "Fish \\ud83d\\udc1f and \\u00e9"}')).status).toBe(201);
  });

  it('refuses the NUL character in a query, naming the parameter', async () => {
    expect(await post('{}', '?account=a%00b')).toEqual(
      refused('account must not contain the NUL character (\\u0000)'),
    );
    expect(await post('{}', '?account=DE89')).toEqual({
      status: 201,
      body: { received: {}, account: 'DE89' },
    });
  });

  it('refuses a body nested deeper than any route needs (class-transformer overflowed)', async () => {
    const nested = (depth: number) => `{"a": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect((await post(nested(MAX_INPUT_DEPTH))).status).toBe(201);
    expect(await post(nested(MAX_INPUT_DEPTH + 1))).toEqual(
      refused(`body is nested deeper than ${MAX_INPUT_DEPTH} levels`),
    );
    expect(await post(nested(5000))).toEqual(
      refused(`body is nested deeper than ${MAX_INPUT_DEPTH} levels`),
    );
  });
});
