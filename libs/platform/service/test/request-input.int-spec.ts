import { Public, Tokens } from '@artbridge/platform-auth';
import {
  Body,
  Controller,
  Get,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';
import {
  DEVELOPMENT_JWT_SECRET,
  FileUploadInterceptor,
  PageQueryOf,
  type UploadedFileLike,
  uploadedText,
  uploadOptions,
} from '../src';
import { startTestService, type TestService } from './test-service';

const UPLOAD_LIMIT = 64 * 1024;
const STATUSES = ['AVAILABLE', 'RESERVED'] as const;

class CreateThingDto {
  @IsString()
  @Length(1, 300)
  title!: string;
}

class ListThingsQuery extends PageQueryOf({ maxPageSize: 100, defaultPageSize: 20 }) {
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];
}

class ImportQuery {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  account?: string;
}

/** Routes shaped as the services' are: a JSON create, a list with a query, a file upload. */
@Public()
@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: CreateThingDto) {
    return { title: body.title };
  }

  @Get()
  list(@Query() query: ListThingsQuery) {
    return { query };
  }

  @Post('imports')
  @UseInterceptors(FileUploadInterceptor(uploadOptions(UPLOAD_LIMIT)))
  async import(
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Query() query: ImportQuery,
  ) {
    const text = await uploadedText(request, file, ['text/csv'], UPLOAD_LIMIT);
    return { account: query.account ?? null, lines: text.split('\n').filter(Boolean).length };
  }
}

/**
 * What every service's HTTP side is given by startService (body parsers, validation pipe, JSON
 * body guard, dead letters), with a real database and broker, reading the input a fuzz of the
 * public API found mishandled: bytes that are not UTF-8 in JSON, compressed uploads, and
 * parameters given twice or empty.
 */
describe('startService: request input (real PostgreSQL and Kafka)', () => {
  const admin = {
    authorization: `Bearer ${new Tokens(DEVELOPMENT_JWT_SECRET).sign({ username: 'admin', roles: ['ADMIN'] })}`,
  };
  let service: TestService;
  let base: string;

  beforeAll(async () => {
    service = await startTestService([ThingsController]);
    ({ base } = service);
  });
  afterAll(() => service?.close());

  const answer = async (response: Response) => ({
    status: response.status,
    body: (await response.json()) as unknown,
  });
  const refused = (status: number, error: string, ...message: string[]) => ({
    status,
    body: { statusCode: status, error, message },
  });

  it('refuses a JSON body that is not UTF-8 with 400 naming the byte, instead of storing U+FFFD', async () => {
    const titled = (bytes: number[]) =>
      Buffer.concat([Buffer.from('{"title":"BADUTF8_'), Buffer.from(bytes), Buffer.from('"}')]);
    for (const bad of [
      [0xff, 0xfe],
      [0xed, 0xa0, 0x80],
    ])
      expect(
        await answer(
          await fetch(`${base}/things`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: titled(bad),
          }),
        ),
      ).toEqual(refused(400, 'Bad Request', 'body is not valid UTF-8 at byte 18'));
    expect(
      await answer(
        await fetch(`${base}/things`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: titled([...Buffer.from('é')]),
        }),
      ),
    ).toEqual({ status: 201, body: { title: 'BADUTF8_é' } });
  });

  it('inflates a gzipped upload, and answers one that is not gzip, or a bomb, for what it is', async () => {
    const post = (body: Uint8Array | string, headers: Record<string, string>, query = '') =>
      fetch(`${base}/things/imports${query}`, { method: 'POST', headers, body }).then(answer);
    const gzip = { 'content-type': 'text/csv', 'content-encoding': 'gzip' };
    expect(await post(gzipSync('date,amount\n2026-05-14,10.00\n'), gzip, '?account=A')).toEqual({
      status: 201,
      body: { account: 'A', lines: 2 },
    });
    expect(await post('date,amount\n', gzip)).toEqual(
      refused(
        400,
        'Bad Request',
        'file could not be read: incorrect header check (it is not what its Content-Encoding says it is)',
      ),
    );
    const bomb = gzipSync(Buffer.alloc(64 * UPLOAD_LIMIT, 'a'));
    expect(bomb.length).toBeLessThan(UPLOAD_LIMIT);
    expect((await post(bomb, gzip)).status).toBe(413);
  });

  it('refuses a parameter given twice, saying so, and takes an empty one as not sent', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, { headers }).then(answer);
    expect(await get('/things?status=AVAILABLE&status=RESERVED')).toEqual(
      refused(400, 'Bad Request', 'status must be given once'),
    );
    expect(await get('/things?page=1&page=1')).toEqual(
      refused(400, 'Bad Request', 'page must be given once'),
    );
    expect(await get('/things?status=&page=')).toEqual({ status: 200, body: { query: {} } });
    expect(
      await fetch(`${base}/things/imports?account=A&account=B`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'date,amount\n',
      }).then(answer),
    ).toEqual(refused(400, 'Bad Request', 'account must be given once'));
    // the platform's own list: a bare parameter is not sent
    expect(await get('/dead-letters?status', admin)).toEqual({
      status: 200,
      body: { items: [], total: 0 },
    });
    expect(await get('/dead-letters?status=PENDING&status=PENDING', admin)).toEqual(
      refused(400, 'Bad Request', 'status must be given once'),
    );
  });
});
