import { Public, Tokens } from '@artbridge/platform-auth';
import {
  Body,
  ConflictException,
  Controller,
  HttpCode,
  type INestApplication,
  Param,
  Patch,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  DEVELOPMENT_JWT_SECRET,
  FileUploadInterceptor,
  IDEMPOTENCY_KEY_IN_PROGRESS,
  IDEMPOTENCY_KEY_REUSED,
  INVALID_IDEMPOTENCY_KEY,
  type UploadedFileLike,
  uploadedText,
  uploadOptions,
} from '../src';
import { startTestService, type TestService } from './test-service';

class CreateThingDto {
  @IsString()
  @Length(1, 300)
  title!: string;
}

/** How often each handler ran: what an Idempotency-Key must keep at one. */
const runs = { create: 0, rename: 0, flaky: 0, busy: 0, import: 0, open: 0 };

/** Routes shaped as the services' are: a JSON create with a Location, a rename, an upload. */
@Controller('things')
class ThingsController {
  @Post()
  async create(@Body() body: CreateThingDto, @Res({ passthrough: true }) res: ServerResponse) {
    runs.create++;
    // long enough for the other requests sent at once to find the key claimed
    await sleep(300);
    const id = randomUUID();
    res.setHeader('Location', `/things/${id}`);
    return { id, title: body.title };
  }

  @Patch(':id')
  rename(@Param('id') id: string, @Body() body: CreateThingDto) {
    runs.rename++;
    return { id, title: body.title };
  }

  /** Fails the first time (a 500 as a crash gives), carries it out the next. */
  @Post('flaky')
  flaky(@Body() body: CreateThingDto) {
    if (runs.flaky++ === 0) throw new Error('the database went away');
    return { title: body.title };
  }

  /** Refused by the state of things the first time (409), carried out the next. */
  @Post('busy')
  @HttpCode(200)
  busy(@Body() body: CreateThingDto) {
    if (runs.busy++ === 0) throw new ConflictException(['the thing is busy']);
    return { title: body.title };
  }

  @Post('imports')
  @UseInterceptors(FileUploadInterceptor(uploadOptions(64 * 1024)))
  async import(
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
  ) {
    runs.import++;
    const text = await uploadedText(request, file, ['text/csv'], 64 * 1024);
    return { lines: text.split('\n').filter(Boolean).length };
  }

  @Public()
  @Post('open')
  open(@Body() body: CreateThingDto) {
    runs.open++;
    return { title: body.title };
  }
}

/**
 * Idempotency-Key on every service's POST and PATCH, as startService sets it up, on a real
 * database: a create sent many times at once, or again after a lost answer, is carried out once.
 */
describe('startService: Idempotency-Key (real PostgreSQL and Kafka)', () => {
  const tokens = new Tokens(DEVELOPMENT_JWT_SECRET);
  const bearer = (username: string) => `Bearer ${tokens.sign({ username, roles: ['EXPORTER'] })}`;
  let service: TestService;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    service = await startTestService([ThingsController]);
    ({ app, base } = service);
  });
  afterAll(() => service?.close());
  beforeEach(() => {
    for (const name of Object.keys(runs) as (keyof typeof runs)[]) runs[name] = 0;
  });

  interface Answer {
    status: number;
    replayed: string | null;
    location: string | null;
    body: unknown;
  }
  const send = async (
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
    method = 'POST',
  ): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: bearer('alice'), 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      location: response.headers.get('location'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
  };
  const refused = (status: number, error: string, message: string) => ({
    statusCode: status,
    error,
    message: [message],
  });

  it('carries out a POST sent 10 times at once with one key once; the others wait or replay', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => send('/things', { title: 'Vase' }, key)),
    );
    expect(runs.create).toBe(1);
    const carriedOut = answers.filter((a) => a.status === 201 && a.replayed === null);
    expect(carriedOut).toHaveLength(1);
    const [first] = carriedOut;
    expect(first.body).toEqual({ id: expect.any(String), title: 'Vase' });
    for (const other of answers.filter((a) => a !== first)) {
      if (other.status === 409)
        expect(other.body).toEqual(refused(409, 'Conflict', IDEMPOTENCY_KEY_IN_PROGRESS));
      else expect(other).toEqual({ ...first, replayed: 'true' });
    }

    // sent again once answered (its answer lost on the way, say): the same answer, not run again
    const again = await send('/things', { title: 'Vase' }, key);
    expect(again).toEqual({ ...first, replayed: 'true' });
    expect(again.location).toBe(`/things/${(first.body as { id: string }).id}`);
    expect(runs.create).toBe(1);
  });

  it('refuses the key with another body or path (422), and leaves the first answer kept', async () => {
    const key = { 'idempotency-key': `k-${randomUUID()}` };
    const first = await send('/things', { title: 'Vase' }, key);
    expect(first.status).toBe(201);
    const reused = refused(422, 'Unprocessable Entity', IDEMPOTENCY_KEY_REUSED);
    expect((await send('/things', { title: 'Bowl' }, key)).body).toEqual(reused);
    expect(await send('/things/flaky', { title: 'Vase' }, key)).toMatchObject({
      status: 422,
      body: reused,
    });
    expect(runs).toMatchObject({ create: 1, flaky: 0 });
    expect(await send('/things', { title: 'Vase' }, key)).toEqual({ ...first, replayed: 'true' });
  });

  it('changes nothing without the header, or on a public route (no caller to keep keys for)', async () => {
    const answers = [await send('/things', { title: 'A' }), await send('/things', { title: 'A' })];
    expect(runs.create).toBe(2);
    for (const answer of answers) expect(answer).toMatchObject({ status: 201, replayed: null });
    const key = { 'idempotency-key': randomUUID() };
    await send('/things/open', { title: 'A' }, key);
    expect(await send('/things/open', { title: 'A' }, key)).toMatchObject({
      status: 201,
      replayed: null,
    });
    expect(runs.open).toBe(2);
  });

  it('lets the key be sent again after a 5xx or a 409, and carries the request out then', async () => {
    const key = { 'idempotency-key': randomUUID() };
    expect((await send('/things/flaky', { title: 'A' }, key)).status).toBe(500);
    expect(await send('/things/flaky', { title: 'A' }, key)).toEqual({
      status: 201,
      replayed: null,
      location: null,
      body: { title: 'A' },
    });
    expect(runs.flaky).toBe(2);
    const busy = { 'idempotency-key': randomUUID() };
    expect((await send('/things/busy', { title: 'A' }, busy)).status).toBe(409);
    expect(await send('/things/busy', { title: 'A' }, busy)).toMatchObject({ status: 200 });
    expect(await send('/things/busy', { title: 'A' }, busy)).toMatchObject({
      status: 200,
      replayed: 'true',
    });
    expect(runs.busy).toBe(2);
  });

  it('replays a kept 4xx with its own status, and a PATCH as a POST', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const invalid = await send('/things', { title: '' }, key);
    expect(invalid.status).toBe(400);
    expect(await send('/things', { title: '' }, key)).toEqual({ ...invalid, replayed: 'true' });
    const renamed = await send('/things/1', { title: 'B' }, key, 'PATCH');
    expect(renamed.status).toBe(422);
    const patchKey = { 'idempotency-key': randomUUID() };
    expect(await send('/things/1', { title: 'B' }, patchKey, 'PATCH')).toMatchObject({
      status: 200,
      replayed: null,
    });
    expect(await send('/things/1', { title: 'B' }, patchKey, 'PATCH')).toMatchObject({
      status: 200,
      replayed: 'true',
      body: { id: '1', title: 'B' },
    });
    expect(runs.rename).toBe(1);
  });

  it('refuses a key that is not 1-255 printable ASCII characters with 400 naming the header', async () => {
    for (const bad of ['x'.repeat(256), '""'])
      expect(await send('/things', { title: 'A' }, { 'idempotency-key': bad })).toMatchObject({
        status: 400,
        body: refused(400, 'Bad Request', INVALID_IDEMPOTENCY_KEY),
      });
    expect(runs.create).toBe(0);
  });

  it('keeps keys per caller: another caller with the same key is another request', async () => {
    const key = { 'idempotency-key': randomUUID() };
    await send('/things', { title: 'A' }, key);
    const bob = await send('/things', { title: 'A' }, { ...key, authorization: bearer('bob') });
    expect(bob).toMatchObject({ status: 201, replayed: null });
    expect(runs.create).toBe(2);
  });

  it('takes over a claim left without an answer for over a minute, and an expired key', async () => {
    const db = app.get(DataSource);
    const claim = (key: string, age: string, status: number | null) =>
      db.query(
        `INSERT INTO idempotency_key (principal, key, method, path, fingerprint, claim,
                                      claimed_at, created_at, status, body)
         VALUES ('alice', $1, 'POST', '/things', 'lost', $2, now() - $3::interval,
                 now() - $3::interval, $4, '')`,
        [key, randomUUID(), age, status],
      );
    await claim('lost', '61 seconds', null);
    await claim('expired', '25 hours', 201);
    await claim('running', '10 seconds', null);
    // the fingerprint stored is not this body's: only the first two may be taken over
    expect((await send('/things', { title: 'A' }, { 'idempotency-key': 'running' })).status).toBe(
      422,
    );
    expect((await send('/things', { title: 'A' }, { 'idempotency-key': 'expired' })).status).toBe(
      201,
    );
    expect(runs.create).toBe(1);
    await db.query(`UPDATE idempotency_key SET fingerprint = $1 WHERE key = 'lost'`, [
      (
        (await db.query(`SELECT fingerprint FROM idempotency_key WHERE key = 'expired'`)) as {
          fingerprint: string;
        }[]
      )[0].fingerprint,
    ]);
    expect(await send('/things', { title: 'A' }, { 'idempotency-key': 'lost' })).toMatchObject({
      status: 201,
      replayed: null,
    });
    expect(runs.create).toBe(2);
  });

  it('takes a streamed upload with a key, and replays it by its type and length', async () => {
    const upload = (body: string, key: string) =>
      fetch(`${base}/things/imports`, {
        method: 'POST',
        headers: {
          authorization: bearer('alice'),
          'content-type': 'text/csv',
          'idempotency-key': key,
        },
        body,
      }).then(async (r) => ({
        status: r.status,
        replayed: r.headers.get('idempotent-replayed'),
        body: (await r.json()) as unknown,
      }));
    const key = randomUUID();
    expect(await upload('a,b\n1,2\n', key)).toEqual({
      status: 201,
      replayed: null,
      body: { lines: 2 },
    });
    expect(await upload('a,b\n1,2\n', key)).toEqual({
      status: 201,
      replayed: 'true',
      body: { lines: 2 },
    });
    expect((await upload('a,b\n1,2\n3,4\n', key)).status).toBe(422);
    expect(runs.import).toBe(1);
    // a multipart one too: multer reads the form after the key is claimed
    const form = new FormData();
    form.append('file', new Blob(['a,b\n1,2\n3,4\n'], { type: 'text/csv' }), 'things.csv');
    const multipart = () =>
      fetch(`${base}/things/imports`, {
        method: 'POST',
        headers: { authorization: bearer('alice'), 'idempotency-key': 'multipart' },
        body: form,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
    expect(await multipart()).toEqual({ status: 201, body: { lines: 3 } });
    expect(runs.import).toBe(2);
  });
});
