// Bulk imports through the API: a job in the service process, its progress, idempotency by
// source id. The 4,902-record Tate extract lives outside the repository (../shared/data); when it
// is absent, that test says why and passes without checking.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ArtworkRegistered, MoneyDto } from '@artbridge/contracts';
import { decodeEnvelope } from '@artbridge/platform-messaging';
import {
  readJson,
  ServiceUnderTest,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { DataSource } from 'typeorm';
import { CatalogModule } from '../src/catalog.module';
import {
  type ArtworkToRegister,
  RegisterArtworkService,
} from '../src/artworks/register-artwork.service';
import openApiMetadata from '../src/openapi-metadata';
import { estuaryAtDusk, shanShui } from './artworks.fixtures';

interface ImportJob {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  total: number;
  imported: number;
  unchanged: number;
  rejected: number;
  errors: { line: number; message: string }[];
  errorsOmitted: number;
  failure?: string;
}

/** A record of the Tate collection layout, as in tate-artworks.jsonl. */
function tateRecord(acno: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    acno,
    id: 1,
    title,
    foreignTitle: null,
    groupTitle: null,
    allArtists: 'Pietro Consagra',
    contributors: [
      {
        id: 936,
        fc: 'Pietro Consagra',
        mda: 'Consagra, Pietro',
        role: 'artist',
        birthYear: 1920,
        date: '1920–2005',
        gender: 'Male',
      },
    ],
    dateText: '1952',
    startYear: 1952,
    endYear: 1952,
    classification: 'sculpture',
    medium: 'Bronze on marble base',
    dimensions: 'object: 502 x 267 x 286 mm',
    width: '502',
    height: '267',
    depth: '286',
    units: 'mm',
    creditLine: 'Purchased 1953',
    acquisitionYear: 1953,
    inscription: null,
    movements: [],
    subjects: [],
    artistRooms: null,
    url: null,
    thumbnailUrl: null,
    sourcePath: 'artworks/n/061/n06166-2569.json',
    ...overrides,
  };
}

const SMALL_FILE = [
  JSON.stringify(tateRecord('Z00001', 'Quorbleflax Prisoner')), // 1 imported
  JSON.stringify({ ...shanShui, title: 'Zingwurt Mountains', sourceId: 'inv-1' }), // 2 imported
  'this is not JSON', // 3 rejected
  '', // 4 blank: skipped, not counted
  JSON.stringify(tateRecord('Z00002', 'Undated', { startYear: null, dateText: 'date not known' })), // 5
  JSON.stringify({ ...shanShui, title: 'Too early', creationYear: 1900, sourceId: 'inv-2' }), // 6
  JSON.stringify({ ...shanShui, title: '', sourceId: 'inv-3' }), // 7 rejected
  JSON.stringify({ ...shanShui, title: 'Zingwurt Rivers' }), // 8 imported (hash as source id)
  '',
].join('\n');

function tateFile(): string | { missing: string } {
  let directory = __dirname;
  while (!existsSync(join(directory, 'nx.json')) && dirname(directory) !== directory)
    directory = dirname(directory);
  const dataDirectory =
    process.env['ARTBRIDGE_SAMPLE_DATA'] ?? join(directory, '..', 'shared', 'data');
  const path = join(dataDirectory, 'tate-artworks.jsonl');
  if (!existsSync(path)) {
    return { missing: `${path} not found (set ARTBRIDGE_SAMPLE_DATA): Tate import not run` };
  }
  return readFileSync(path, 'utf8');
}

/** The items in an order fixed by `seed` (a linear congruential generator): repeatable. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

describe('catalog: bulk imports (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let catalog: ServiceUnderTest;
  let events: TopicReader;

  beforeAll(async () => {
    const config = await context.serviceConfig('catalog');
    catalog = await ServiceUnderTest.start(CatalogModule.forRoot(config), config, openApiMetadata);
    context.onCleanup(() => catalog.stop());
    events = await TopicReader.start(context.broker(), [
      context.topicPrefix + ArtworkRegistered.stream,
    ]);
    context.onCleanup(() => events.stop());
  });
  afterAll(() => context.cleanup());

  const startImport = (
    body: string | FormData,
    exporter: string,
    contentType = 'application/x-ndjson',
  ) =>
    catalog.request('/imports', {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, ...context.auth(exporter, 'EXPORTER') },
    });

  const job = async (id: string, exporter: string) =>
    readJson<ImportJob>(
      await catalog.request(`/imports/${id}`, { headers: context.auth(exporter, 'EXPORTER') }),
    );

  /** Starts an import and waits for it to end; answers the final job. */
  async function importAndWait(
    body: string | FormData,
    exporter: string,
    contentType?: string,
  ): Promise<ImportJob> {
    const response = await startImport(body, exporter, contentType);
    expect(response.status).toBe(202);
    const { id } = await readJson<{ id: string }>(response);
    return waitFor(
      `import ${id} to end`,
      async () => {
        const current = await job(id, exporter);
        return current.status !== 'RUNNING' && current;
      },
      { timeoutMs: 50_000, intervalMs: 100 },
    );
  }

  /** ArtworkRegistered messages written to the outbox for the exporter's artworks. */
  const announced = async (exporter: string) => {
    const [{ count }] = (await catalog.app.get(DataSource).query(
      `SELECT count(*)::int AS count FROM messaging_outbox
        WHERE type = $1 AND (envelope::jsonb -> 'payload' ->> 'exporterId') = $2`,
      [ArtworkRegistered.type, exporter],
    )) as { count: number }[];
    return count;
  };

  /** The ArtworkRegistered events on the topic for the exporter's artworks, once there are `count`. */
  const registeredOnTopic = async (exporter: string, count: number) => {
    const payloads = () =>
      events.records
        .map((record) => decodeEnvelope(record.value).payload)
        .filter((payload) => payload.exporterId === exporter);
    return waitFor(`${count} ArtworkRegistered events of ${exporter}`, () => {
      const found = payloads();
      return found.length >= count && found;
    });
  };

  const search = async (q: string, exporter: string) =>
    readJson<{ items: { title: string; exporterId: string }[]; total: number }>(
      await catalog.request(`/artworks?q=${encodeURIComponent(q)}`, {
        headers: context.auth(exporter, 'EXPORTER'),
      }),
    );

  it('imports or rejects each line with its number and reason; a second import adds nothing', async () => {
    const first = await importAndWait(SMALL_FILE, 'importer1');
    expect(first).toMatchObject({
      status: 'COMPLETED',
      total: 7,
      imported: 3,
      unchanged: 0,
      rejected: 4,
      errorsOmitted: 0,
    });
    expect(first.errors.map((error) => error.line)).toEqual([3, 5, 6, 7]);
    expect(first.errors[0].message).toMatch(/not valid JSON/);
    expect(first.errors[1].message).toMatch(/startYear is missing/);
    expect(first.errors[2].message).toBe('creationYear must not be before artist.birthYear');
    expect(first.errors[3].message).toMatch(/title/);

    const found = await search('Quorbleflax', 'importer1');
    expect(found.items.map((item) => item.title)).toEqual(['Quorbleflax Prisoner']);
    expect((await search('Zingwurt', 'importer1')).total).toBe(2);
    // each imported artwork announced once, through the outbox
    expect(await announced('importer1')).toBe(3);
    const registered = await registeredOnTopic('importer1', 3);
    expect(registered.map((payload) => payload.title).sort()).toEqual([
      'Quorbleflax Prisoner',
      'Zingwurt Mountains',
      'Zingwurt Rivers',
    ]);

    // the same records as a multipart upload: nothing new
    const form = new FormData();
    form.append('file', new Blob([SMALL_FILE], { type: 'application/x-ndjson' }), 'works.jsonl');
    const again = await catalog.request('/imports', {
      method: 'POST',
      body: form,
      headers: context.auth('importer1', 'EXPORTER'),
    });
    expect(again.status).toBe(202);
    const { id } = await readJson<{ id: string }>(again);
    const second = await waitFor('the second import to end', async () => {
      const current = await job(id, 'importer1');
      return current.status !== 'RUNNING' && current;
    });
    expect(second).toMatchObject({ status: 'COMPLETED', imported: 0, unchanged: 3, rejected: 4 });
    expect((await search('Zingwurt', 'importer1')).total).toBe(2);
    expect(await announced('importer1')).toBe(3);

    // another exporter's records are its own: the same file imports for it
    expect(await importAndWait(SMALL_FILE, 'importer2')).toMatchObject({ imported: 3 });
  });

  it('stores a musical instrument and its ivory’s share of the volume (UK Ivory Act)', async () => {
    const materials = [{ material: 'IVORY', weightGrams: 40, volumePercent: 15 }];
    const file = [
      JSON.stringify({
        ...shanShui,
        title: 'Vrillophone',
        sourceId: 'qin-1',
        musicalInstrument: true,
        materials,
      }),
      JSON.stringify({ ...shanShui, title: 'Plonkophone', musicalInstrument: 'yes' }),
    ].join('\n');
    const done = await importAndWait(file, 'luthier');
    expect(done).toMatchObject({ status: 'COMPLETED', imported: 1, rejected: 1 });
    expect(done.errors).toEqual([
      { line: 2, message: expect.stringContaining('musicalInstrument must be a boolean value') },
    ]);
    const [found] = (await search('Vrillophone', 'luthier')).items as unknown as { id: string }[];
    const artwork = await readJson(
      await catalog.request(`/artworks/${found.id}`, {
        headers: context.auth('luthier', 'EXPORTER'),
      }),
    );
    expect(artwork).toMatchObject({ musicalInstrument: true, materials });
  });

  /** `count` native records of the exporter's, each its own work. */
  const goodLines = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) =>
      JSON.stringify({ ...shanShui, title: `${prefix} ${index}`, sourceId: `${prefix}-${index}` }),
    );

  it('rejects a line with an array where a material belongs, naming it; the others import', async () => {
    const lines = goodLines('Snorkelwort', 5);
    lines.splice(2, 0, JSON.stringify({ ...shanShui, materials: [[{ material: 'IVORY' }]] }));
    lines.push(JSON.stringify({ ...shanShui, materials: [[]], sourceId: 'empty' }));
    const done = await importAndWait(lines.join('\n'), 'nested1');
    expect(done).toMatchObject({ status: 'COMPLETED', total: 7, imported: 5, rejected: 2 });
    expect(done.errors).toEqual([
      { line: 3, message: 'materials: each item of materials must be an object' },
      { line: 7, message: 'materials: each item of materials must be an object' },
    ]);
  });

  it('imports any material a registration takes: the OpenAPI example, LINEN; a CITES code as the code', async () => {
    const file = [
      JSON.stringify(estuaryAtDusk),
      JSON.stringify({
        ...shanShui,
        title: 'Grobblewick Box',
        materials: [{ material: 'ivory', weightGrams: 40 }, { material: 'lacquer' }],
      }),
    ].join('\n');
    const done = await importAndWait(file, 'linen1');
    expect(done).toMatchObject({ status: 'COMPLETED', imported: 2, rejected: 0 });
    const materialsOf = async (q: string) =>
      ((await search(q, 'linen1')).items as unknown as { materials: unknown[] }[])[0].materials;
    expect(await materialsOf('Estuary')).toEqual(estuaryAtDusk.materials);
    expect(await materialsOf('Grobblewick')).toEqual([
      { material: 'IVORY', weightGrams: 40 },
      { material: 'lacquer' },
    ]);
  });

  it('takes what a registration takes: a weight in fractions of a gram; refuses blank text, naming it', async () => {
    const file = [
      JSON.stringify({
        ...shanShui,
        title: 'Quibbleton Pot',
        materials: [{ material: 'ivory', weightGrams: 812.5 }],
      }),
      JSON.stringify({
        ...shanShui,
        title: 'Quibbleton Blank',
        technique: ' ',
        materials: [{ material: '  ' }],
        provenance: [{ year: 1990, owner: ' ', event: 'Purchase' }],
      }),
    ].join('\n');
    const done = await importAndWait(file, 'grams1');
    expect(done).toMatchObject({ status: 'COMPLETED', imported: 1, rejected: 1 });
    expect(done.errors).toEqual([
      {
        line: 2,
        message:
          'technique must not be blank; materials[0].material must not be blank; provenance[0].owner must not be blank',
      },
    ]);
    const [found] = (await search('Quibbleton', 'grams1')).items as unknown as {
      materials: unknown[];
    }[];
    expect(found.materials).toEqual([{ material: 'IVORY', weightGrams: 812.5 }]);
  });

  it('rejects a line that fails unexpectedly while read, with the reason; never the job', async () => {
    // a fault in the mapping itself, for one line's data: the line is rejected, the rest import
    const toMoney = MoneyDto.toMoney.bind(MoneyDto);
    const faulty = jest.spyOn(MoneyDto, 'toMoney').mockImplementation((money) => {
      if (money.amount === '13.13') throw new TypeError('an unforeseen fault');
      return toMoney(money);
    });
    try {
      const lines = goodLines('Quibbleset', 5);
      lines.splice(
        3,
        0,
        JSON.stringify({ ...shanShui, value: { amount: '13.13', currency: 'EUR' } }),
      );
      const done = await importAndWait(lines.join('\n'), 'faulty1');
      expect(done).toMatchObject({ status: 'COMPLETED', total: 6, imported: 5, rejected: 1 });
      expect(done.errors).toEqual([
        { line: 4, message: 'could not be checked: an unforeseen fault' },
      ]);
      expect((await search('Quibbleset', 'faulty1')).total).toBe(5);
    } finally {
      faulty.mockRestore();
    }
  });

  it('rejects, with the reason, a line its events could not carry: the job goes on', async () => {
    const longCredit = `Presented by ${'a Friend of the Gallery, '.repeat(60)}1999`;
    const file = [
      tateRecord('Z10001', 'Too long a name', {
        contributors: [{ fc: 'N'.repeat(301), role: 'artist', birthYear: 1920 }],
      }),
      tateRecord('Z10002', 'Born too early', {
        contributors: [{ fc: 'Anon', role: 'artist', birthYear: -20000 }],
      }),
      tateRecord('Z10003', 'Too long a medium', { medium: `Bronze${', bronze'.repeat(150)}` }),
      tateRecord('Z10004', 'Xylquorn Gift', { creditLine: longCredit }), // imported, cut
      tateRecord('Z10005', 'No size', { dimensions: 'object: 0 x 0 mm' }),
      tateRecord('Z10006', 'Too large', { dimensions: '99999999999 x 1 mm' }),
      tateRecord('Z10007', 'Exponent', { dimensions: '1e400 x 5 mm' }),
      tateRecord('Z10008', 'Far future', { startYear: 12345, endYear: null }),
      tateRecord('Z10009', 'Xylquorn Sound'), // imported
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const done = await importAndWait(file, 'contracts1');
    expect(done).toMatchObject({ status: 'COMPLETED', total: 9, imported: 2, rejected: 7 });
    expect(done.errors).toEqual([
      { line: 1, message: 'contributors[0].fc is longer than 300 characters' },
      { line: 2, message: 'contributors[0].birthYear -20000 is not a year from -10000 to 9999' },
      { line: 3, message: 'medium is longer than 1000 characters' },
      {
        line: 5,
        message:
          "dimensions: object '0 x 0 mm' has a side of 0 mm once rounded to the millimetre: not a size",
      },
      {
        line: 6,
        message: expect.stringMatching(
          /^dimensions: '99999999999 x 1 mm' has a side above 100000 cm/,
        ),
      },
      {
        line: 7,
        message: expect.stringMatching(/^dimensions: '1e400 x 5 mm' is not a plain decimal number/),
      },
      { line: 8, message: 'startYear 12345 is not a year from -10000 to 9999' },
    ]);
    const [gift] = (await search('Xylquorn Gift', 'contracts1')).items as unknown as {
      provenance: { event: string }[];
    }[];
    expect(gift.provenance[0].event.length).toBeLessThanOrEqual(1000);
    expect(gift.provenance[0].event).toMatch(/credit line truncated]$/);

    // what no mapping checks still never fails the job: an exporter id no event can carry is
    // refused when its batch is stored, and the batch is then stored line by line
    const unannounceable = await importAndWait(file, 'x'.repeat(201));
    expect(unannounceable).toMatchObject({ status: 'COMPLETED', imported: 0, rejected: 9 });
    expect(unannounceable.errors[3].message).toBe(
      'could not be stored: invalid catalog.artwork.registered payload: exporterId must be shorter than or equal to 200 characters',
    );
  });

  it('rejects a line whose source id an earlier line of the upload brought, across batches', async () => {
    const record = (sourceId: string, title: string) =>
      JSON.stringify({ ...shanShui, title, sourceId });
    const lines = Array.from({ length: 600 }, (_, index) =>
      record(`twin-${index}`, `Twinset ${index}`),
    );
    lines[2] = record('twin-1', 'Twinset again'); // same batch as line 2
    lines[599] = record('twin-0', 'Twinset once more'); // the second batch
    const done = await importAndWait(lines.join('\n'), 'twins');
    expect(done).toMatchObject({ status: 'COMPLETED', total: 600, imported: 598, unchanged: 0 });
    expect(done.errors).toEqual([
      { line: 3, message: 'sourceId native:twin-1 repeats line 2' },
      { line: 600, message: 'sourceId native:twin-0 repeats line 1' },
    ]);
    expect((await search('again', 'twins')).total).toBe(0);
  });

  it('stores each record once when the same file is imported twice at the same time', async () => {
    const records = 1200; // several batches each
    const file = Array.from({ length: records }, (_, index) =>
      JSON.stringify({ ...shanShui, title: `Quillsnap ${index}`, sourceId: `race-${index}` }),
    ).join('\n');
    const [first, second] = await Promise.all([
      importAndWait(file, 'racer'),
      importAndWait(file, 'racer'),
    ]);
    for (const job of [first, second])
      expect(job).toMatchObject({ status: 'COMPLETED', total: records, rejected: 0 });
    expect(first.imported + second.imported).toBe(records);
    expect(first.unchanged + second.unchanged).toBe(records);
    expect((await search('Quillsnap', 'racer')).total).toBe(records);
    expect(await announced('racer')).toBe(records);
  });

  it('completes overlapping imports run at the same time in different orders: no deadlock', async () => {
    // Each batch inserts its rows under the unique (exporter_id, source_id): two transactions
    // taking the same keys in different orders deadlocked, and the job that lost FAILED.
    const records = 2000; // four batches each
    const lines = Array.from({ length: records }, (_, index) =>
      JSON.stringify({ ...shanShui, title: `Wobblequin ${index}`, sourceId: `order-${index}` }),
    );
    const reversed = [...lines].reverse();
    const evensThenOdds = [
      ...lines.filter((_, index) => index % 2 === 0),
      ...lines.filter((_, index) => index % 2 === 1),
    ];
    const files = [lines, reversed, shuffled(lines, 7), shuffled(lines, 11), evensThenOdds];
    const jobs = await Promise.all(files.map((file) => importAndWait(file.join('\n'), 'orders')));
    for (const done of jobs) {
      expect({ status: done.status, failure: done.failure }).toEqual({ status: 'COMPLETED' });
      expect(done).toMatchObject({ total: records, rejected: 0 });
      expect(done.imported + done.unchanged).toBe(records);
    }
    const sum = (count: (done: ImportJob) => number) =>
      jobs.reduce((total, done) => total + count(done), 0);
    expect(sum((done) => done.imported)).toBe(records);
    expect(sum((done) => done.unchanged)).toBe(records * (files.length - 1));
    expect((await search('Wobblequin', 'orders')).total).toBe(records);
    expect(await announced('orders')).toBe(records);
  });

  it('runs a batch again when another writer deadlocks with it, and completes', async () => {
    // Another writer (here catalog's own registerAll, as a registration would) holds
    // native:dl-m when the import's batch, in source id order, has taken native:dl-a and waits
    // for dl-m; the writer then takes dl-a. PostgreSQL ends the cycle by rolling back the one
    // that waited first, the batch: run again, it finds both stored, and stores dl-z.
    const exporter = 'deadlocker';
    const db = catalog.app.get(DataSource);
    const registerArtwork = catalog.app.get(RegisterArtworkService);
    const item = (sourceId: string): ArtworkToRegister => ({
      attributes: {
        ...shanShui,
        category: 'PAINTING',
        handExecuted: true,
        value: MoneyDto.toMoney(shanShui.value),
      },
      sourceId: `native:${sourceId}`,
    });
    const writer = db.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      const [{ pid }] = (await writer.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      await registerArtwork.registerAll(writer.manager, exporter, [item('dl-m')]);
      const file = ['dl-z', 'dl-a', 'dl-m']
        .map((sourceId) => JSON.stringify({ ...shanShui, title: 'Deadlocket', sourceId }))
        .join('\n');
      const importing = importAndWait(file, exporter);
      await waitFor('the batch to wait for the writer', async () => {
        const rows = (await db.query(
          'SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
          [pid],
        )) as unknown[];
        return rows.length > 0;
      });
      await registerArtwork.registerAll(writer.manager, exporter, [item('dl-a')]);
      await writer.commitTransaction();
      const done = await importing;
      expect({ status: done.status, failure: done.failure }).toEqual({ status: 'COMPLETED' });
      expect(done).toMatchObject({ total: 3, imported: 1, unchanged: 2, rejected: 0 });
      expect((await search('Deadlocket', exporter)).total).toBe(1);
      expect(await announced(exporter)).toBe(3);
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
  });

  it('shows a job only to the exporter who started it', async () => {
    const response = await startImport(SMALL_FILE, 'owner1');
    const { id } = await readJson<{ id: string }>(response);
    const other = await catalog.request(`/imports/${id}`, {
      headers: context.auth('owner2', 'EXPORTER'),
    });
    expect(other.status).toBe(404);
    expect(
      (await catalog.request(`/imports/${id}`, { headers: context.auth('owner1', 'EXPORTER') }))
        .status,
    ).toBe(200);
    // no other role has imports of its own: refused by role, as the document says
    for (const role of ['ADMIN', 'FINANCE', 'CUSTOMS_OFFICER'] as const)
      expect(
        (await catalog.request(`/imports/${id}`, { headers: context.auth('someone', role) }))
          .status,
      ).toBe(403);
  });

  it("lists the exporter's own imports, newest first, a page at a time", async () => {
    const lister = 'lister1';
    const first = await importAndWait(SMALL_FILE, lister);
    const second = await importAndWait(
      JSON.stringify({ ...shanShui, title: 'Listed', sourceId: 'list-1' }),
      lister,
    );
    const third = await importAndWait('not JSON at all', lister);
    await importAndWait(SMALL_FILE, 'lister2');

    const list = async (query = '', exporter = lister, role: 'EXPORTER' | 'ADMIN' = 'EXPORTER') => {
      const response = await catalog.request(`/imports${query}`, {
        headers: context.auth(exporter, role),
      });
      return { status: response.status, body: await readJson<Record<string, unknown>>(response) };
    };

    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    const items = all.body.items as (ImportJob & { createdAt: string; finishedAt?: string })[];
    expect(items.map((item) => item.id)).toEqual([third.id, second.id, first.id]);
    // each with its counts and times; the line errors are in GET /imports/{id}
    expect(items[2]).toEqual({
      id: first.id,
      status: 'COMPLETED',
      total: 7,
      imported: 3,
      unchanged: 0,
      rejected: 4,
      createdAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    expect(items[0]).toMatchObject({ id: third.id, total: 1, rejected: 1 });
    expect(items[0]).not.toHaveProperty('errors');

    const page = await list('?page=2&pageSize=2');
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect((page.body.items as ImportJob[]).map((item) => item.id)).toEqual([first.id]);

    expect((await list('', 'nobody-imported')).body).toMatchObject({ items: [], total: 0 });
    const bad = await list('?pageSize=1000&page=0');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      'page must not be less than 1',
      'pageSize must not be greater than 100',
    ]);
    expect((await list('', 'admin', 'ADMIN')).status).toBe(403);
  });

  it('refuses an empty upload, another media type, and callers who are not exporters', async () => {
    expect((await startImport('', 'importer3')).status).toBe(400);
    expect((await startImport('\n  \n', 'importer3')).status).toBe(400);
    const asJson = await catalog.request('/imports', {
      method: 'POST',
      json: { title: 'x' },
      headers: context.auth('importer3', 'EXPORTER'),
    });
    expect(asJson.status).toBe(415);
    const asOfficer = await catalog.request('/imports', {
      method: 'POST',
      body: SMALL_FILE,
      headers: {
        'content-type': 'application/x-ndjson',
        ...context.auth('officer1', 'CUSTOMS_OFFICER'),
      },
    });
    expect(asOfficer.status).toBe(403);
  });

  it('imports the 4,902 Tate records: each imported or rejected with a reason, once', async () => {
    const file = tateFile();
    if (typeof file !== 'string') {
      console.warn(file.missing);
      return;
    }
    const started = Date.now();
    const first = await importAndWait(file, 'tate');
    const elapsedMs = Date.now() - started;
    console.log(
      `Tate import through the API: ${first.total} lines, ${first.imported} imported, ${first.rejected} rejected in ${elapsedMs} ms (${Math.round((first.total * 1000) / elapsedMs)} lines/s)`,
    );
    expect(first).toMatchObject({ status: 'COMPLETED', total: 4902, unchanged: 0 });
    expect(first.imported + first.rejected).toBe(4902);
    expect(first.imported).toBeGreaterThan(4000);
    expect(first.errors).toHaveLength(first.rejected);
    for (const error of first.errors) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(4902);
      expect(error.message.length).toBeGreaterThan(10);
    }

    const found = await search('Unknown Political Prisoner', 'tate');
    expect(found.items.map((item) => item.title)).toContain('The Unknown Political Prisoner');
    expect(await announced('tate')).toBe(first.imported);

    const second = await importAndWait(file, 'tate');
    expect(second).toMatchObject({
      status: 'COMPLETED',
      total: 4902,
      imported: 0,
      unchanged: first.imported,
      rejected: first.rejected,
    });
    expect((await search('Unknown Political Prisoner', 'tate')).total).toBe(found.total);
    expect(await announced('tate')).toBe(first.imported);
  });
});
