import { Body, Controller, Get, type INestApplication, Module, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { readRequestBodies } from './request-bodies';
import { MAX_INPUT_DEPTH, ValidateNestedObjects } from '@artbridge/contracts';
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

class ArtistInput {
  @IsString()
  name!: string;
}

class ProvenanceInput {
  @IsString()
  owner!: string;
}

/** A body as the services' DTOs have them: fields, a nested object, a list of objects. */
class RegisterThingDto {
  @IsString()
  title!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ArtistInput)
  artist?: ArtistInput;

  @IsOptional()
  @IsArray()
  @ValidateNestedObjects()
  @Type(() => ProvenanceInput)
  provenance?: ProvenanceInput[];
}

/** `__proto__`, `constructor`, `hasOwnProperty`, `toString`… */
const OBJECT_PROTOTYPE_MEMBERS = Object.getOwnPropertyNames(Object.prototype);

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

  @Post('things')
  register(@Body() body: RegisterThingDto) {
    return { registered: body };
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

  describe('a key named after a member of Object.prototype', () => {
    const register = async (body: string) => {
      const response = await fetch(url.replace(/echo$/, 'things'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const withKey = (key: string, at: 'top' | 'nested' | 'listed') => {
      const extra = `${JSON.stringify(key)}: 1`;
      return {
        top: `{"title": "Estuary", ${extra}}`,
        nested: `{"title": "Estuary", "artist": {"name": "Wu", ${extra}}}`,
        listed: `{"title": "Estuary", "provenance": [{"owner": "A"}, {"owner": "B", ${extra}}]}`,
      }[at];
    };
    // the whitelist's answer to any other field nobody declared
    const undeclared = (path: string, key: string) =>
      refused(`${path}: property ${key} should not exist`);

    it('is refused as any undeclared field is, at the top, nested and in a list', async () => {
      expect(await register(withKey('foo', 'top'))).toEqual(undeclared('foo', 'foo'));
      expect(await register(withKey('foo', 'nested'))).toEqual(undeclared('artist.foo', 'foo'));
      expect(await register(withKey('foo', 'listed'))).toEqual(
        undeclared('provenance.1.foo', 'foo'),
      );
      for (const key of OBJECT_PROTOTYPE_MEMBERS) {
        expect(await register(withKey(key, 'top'))).toEqual(undeclared(key, key));
        expect(await register(withKey(key, 'nested'))).toEqual(undeclared(`artist.${key}`, key));
        expect(await register(withKey(key, 'listed'))).toEqual(
          undeclared(`provenance.1.${key}`, key),
        );
      }
      expect(await register('{"title": "Estuary", "artist": {"name": "Wu"}}')).toEqual({
        status: 201,
        body: { registered: { title: 'Estuary', artist: { name: 'Wu' } } },
      });
    });

    it('is refused with its object, and every one named', async () => {
      expect(
        await register('{"title": "Estuary", "__proto__": {"exporterId": "exporter1"}}'),
      ).toEqual(undeclared('__proto__', '__proto__'));
      expect(
        await register('{"valueOf": 1, "title": "Estuary", "artist": {"constructor": {}}}'),
      ).toEqual(
        refused(
          'valueOf: property valueOf should not exist',
          'artist.constructor: property constructor should not exist',
        ),
      );
    });

    it('is refused in a query', async () => {
      const get = async (query: string) => {
        const response = await fetch(`${url.replace(/echo$/, 'things')}${query}`);
        return { status: response.status, body: (await response.json()) as unknown };
      };
      expect(await get('?colour=x')).toEqual(undeclared('colour', 'colour'));
      for (const key of OBJECT_PROTOTYPE_MEMBERS) {
        expect(await get(`?${key}=1`)).toEqual(undeclared(key, key));
      }
      expect(await get('?__proto__=a&__proto__=b&status=RESERVED')).toEqual(
        undeclared('__proto__', '__proto__'),
      );
    });

    it('is left, as any other key, where no class declares the fields', async () => {
      expect(await post('{"toString": 1}')).toEqual({
        status: 201,
        body: { received: { toString: 1 }, account: null },
      });
    });
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
