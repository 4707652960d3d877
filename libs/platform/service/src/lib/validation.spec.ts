import { Body, Controller, Get, type INestApplication, Module, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { readRequestBodies } from './request-bodies';
import { MAX_INPUT_DEPTH } from '@artbridge/contracts';
import { requestValidationPipe } from './validation';
import { listeningApp } from './http-app.spec-helper';
import { PageQueryOf } from './page-query';

class EchoQuery {
  @IsOptional()
  @IsString()
  account?: string;
}

const STATUSES = ['AVAILABLE', 'RESERVED'] as const;

/** A list route's query, as the services have them: a page, a filter, and a list of values. */
class ListThingsQuery extends PageQueryOf({ maxPageSize: 100, defaultPageSize: 20 }) {
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];

  @IsOptional()
  @IsString({ each: true })
  tags?: string[];
}

@Controller()
class EchoController {
  @Post('echo')
  echo(@Body() body: unknown, @Query() query: EchoQuery) {
    return { received: body, account: query.account ?? null };
  }

  @Get('things')
  things(@Query() query: ListThingsQuery) {
    return { query };
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

  describe('a query', () => {
    const get = async (query: string) => {
      const response = await fetch(`${url.replace(/echo$/, 'things')}${query}`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const read = (query: object) => ({ status: 200, body: { query } });

    it('refuses a parameter of one value given more than once, saying so', async () => {
      expect(await get('?status=AVAILABLE&status=RESERVED')).toEqual(
        refused('status must be given once'),
      );
      expect(await get('?page=1&page=1')).toEqual(refused('page must be given once'));
      expect(await get('?page=1&page=2&status=AVAILABLE&status=AVAILABLE&pageSize=5')).toEqual(
        refused('page must be given once', 'status must be given once'),
      );
      expect(await post('{}', '?account=A&account=B')).toEqual(
        refused('account must be given once'),
      );
    });

    it('takes a parameter sent empty, or bare, as not sent', async () => {
      expect(await get('?status=&page=&pageSize=%20')).toEqual(read({}));
      expect(await get('?status')).toEqual(read({}));
      expect(await get('?status=&status=RESERVED&page=2')).toEqual(
        read({ status: 'RESERVED', page: 2 }),
      );
      expect(await post('{}', '?account=')).toEqual({
        status: 201,
        body: { received: {}, account: null },
      });
    });

    it('still refuses a bad value, and a parameter the route does not take, by name', async () => {
      expect(await get('?status=LOST')).toEqual(
        refused('status must be one of AVAILABLE, RESERVED'),
      );
      expect(await get('?colour=&colour=red')).toEqual(
        refused('colour: property colour should not exist'),
      );
    });

    it('takes a list parameter given more than once, or once', async () => {
      expect(await get('?tags=a&tags=b&tags=')).toEqual(read({ tags: ['a', 'b'] }));
      expect(await get('?tags=a')).toEqual(read({ tags: 'a' }));
    });
  });
});
