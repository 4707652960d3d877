// `artbridge` run as users run it: a child process of its own, against catalog, payments and the
// gateway, each a process as `npm start` starts them. Customs and logistics are not running here:
// the gateway answers 502 for them, which `dlq list` must say and survive.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  freePort,
  readJson,
  ServiceProcess,
  TestContext,
  waitFor,
  WORKSPACE_ROOT,
} from '@artbridge/platform-testing';
import type { AnswerOf, Schema } from '@artbridge/public-api';

const FIXTURES = resolve(__dirname, 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What `dlq list --json` prints: the API's dead letters, each with its service. */
type DeadLetter = Schema<'catalog.DeadLetterResponse'> & { service: string };

/** What `import artworks --json` prints: the job's final state. */
type ImportJob = AnswerOf<'catalog_ImportsController_get'>;

describe('artbridge: the command line against the services and the gateway (as processes)', () => {
  const context = new TestContext();
  const scratch = mkdtempSync(join(tmpdir(), 'artbridge-cli-'));
  let catalog: ServiceProcess;
  let payments: ServiceProcess;
  let gateway: ServiceProcess;

  /** The command line as a child process; `user` signs in with the demo password. */
  function artbridge(args: string[], user?: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
    return new Promise((done) => {
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', resolve(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
        {
          cwd: WORKSPACE_ROOT,
          timeout: 60_000,
          env: {
            ...process.env,
            ARTBRIDGE_API: `${gateway.baseUrl}/api`,
            ARTBRIDGE_USER: user ?? '',
            ARTBRIDGE_PASSWORD: user ? 'demo' : '',
            ...env,
          },
        },
        (error, stdout, stderr) =>
          done({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr,
          }),
      );
    });
  }

  /** A failure a user can read: exactly one line on stderr, no stack trace, nothing on stdout. */
  function expectOneLine(run: Run, line: string | RegExp): void {
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(typeof line === 'string' ? new RegExp(`^${escape(line)}$`) : line);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** `--json`: stdout is one JSON document and nothing else (JSON.parse takes all of it or fails). */
  function jsonOf<T>(run: Run): T {
    expect(run.stdout).toMatch(/^[[{]/);
    return JSON.parse(run.stdout) as T;
  }

  /** GET `path` of the public API at the gateway, signed in as `user`: what `--json` must match. */
  async function apiGet<T>(user: string, path: string): Promise<T> {
    const { accessToken } = await readJson<AnswerOf<'AuthController_token'>>(
      await gateway.request('/api/auth/token', {
        method: 'POST',
        json: { username: user, password: 'demo' },
      }),
    );
    return readJson<T>(
      await gateway.request(`/api${path}`, { headers: { authorization: `Bearer ${accessToken}` } }),
    );
  }

  beforeAll(async () => {
    const [catalogPort, paymentsPort, nobody] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
    ]);
    [catalog, payments, gateway] = await Promise.all([
      ServiceProcess.start({
        app: 'catalog',
        port: catalogPort,
        env: await context.serviceEnv('catalog'),
      }),
      ServiceProcess.start({
        app: 'payments',
        port: paymentsPort,
        env: await context.serviceEnv('payments'),
      }),
      ServiceProcess.start({
        app: 'gateway',
        env: {
          CATALOG_URL: `http://127.0.0.1:${catalogPort}`,
          PAYMENTS_URL: `http://127.0.0.1:${paymentsPort}`,
          CUSTOMS_URL: `http://127.0.0.1:${nobody}`,
          LOGISTICS_URL: `http://127.0.0.1:${nobody}`,
          ARTBRIDGE_DEMO_USERS: 'true',
          LOG_LEVEL: 'warn',
        },
      }),
    ]);
    context.onCleanup(() => catalog.stop());
    context.onCleanup(() => payments.stop());
    context.onCleanup(() => gateway.stop());
  }, 180_000);
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await context.cleanup();
  });

  it('imports artworks: a summary of what went in, the rejected line with its reason, exit code 3', async () => {
    const first = await artbridge(['import', 'artworks', fixture('artworks.jsonl')], 'exporter1');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(3);
    expect(first.stdout).toMatch(/artworks\.jsonl: import [0-9a-f-]{36} completed: 5 lines read\n/);
    expect(first.stdout).toContain('  imported   4\n');
    expect(first.stdout).toContain('  unchanged  0\n');
    expect(first.stdout).toContain('  rejected   1\n');
    // the sample output of the README
    expect(first.stdout).toMatch(
      /rejected lines:\n {2}line 3: line is not valid JSON \(Unexpected end of JSON input\)\n$/,
    );

    // the same file again creates nothing: its records were imported before
    const again = await artbridge(['import', 'artworks', fixture('artworks.jsonl')], 'exporter1');
    expect(again.code).toBe(3);
    expect(again.stdout).toContain('  imported   0\n');
    expect(again.stdout).toContain('  unchanged  4 (imported before)\n');

    const token = await readJson<AnswerOf<'AuthController_token'>>(
      await gateway.request('/api/auth/token', {
        method: 'POST',
        json: { username: 'exporter1', password: 'demo' },
      }),
    );
    const mine = await readJson<AnswerOf<'catalog_ArtworksController_search'>>(
      await gateway.request('/api/catalog/artworks?pageSize=50', {
        headers: { authorization: `Bearer ${token.accessToken}` },
      }),
    );
    expect(mine.total).toBe(4);
    expect(mine.items.map((item) => item.title)).toContain('Blorptic Harbour at Dusk');

    // a file of good lines only: exit code 0
    const good = join(scratch, 'good.jsonl');
    writeFileSync(
      good,
      JSON.stringify({
        title: 'Snorfle Garden',
        artist: { name: 'Wu Changshuo', birthYear: 1844, deathYear: 1927 },
        creationYear: 1915,
        category: 'CALLIGRAPHY',
        technique: 'INK',
        value: { amount: '65000.00', currency: 'CNY' },
        ownedByCreator: false,
        originCountry: 'CN',
      }) + '\n',
    );
    const clean = await artbridge(['import', 'artworks', good], 'exporter1');
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('  imported   1\n');
  });

  it('imports bank statements (CSV and camt.053) and ECB rates, with a summary each', async () => {
    const csv = await artbridge(['import', 'statement', fixture('statement.csv')], 'finance1');
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/statement\.csv: statement import [0-9a-f-]{36} \(csv/i);
    expect(csv.stdout).toContain('  entries     3\n');
    expect(csv.stdout).toContain('  duplicates  0\n');
    expect(csv.stdout).toMatch(/ {2}matched {5}0\n/);
    expect(csv.stdout).toMatch(/ {2}suggested {3}\d+/);
    expect(csv.stdout).toMatch(/ {2}exceptions {2}\d+/);

    const twice = await artbridge(['import', 'statement', fixture('statement.csv')], 'finance1');
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('  duplicates  3 (imported before, not booked again)\n');

    const xml = await artbridge(['import', 'statement', fixture('statement.xml')], 'finance1');
    expect(xml.stderr).toBe('');
    expect(xml.code).toBe(0);
    expect(xml.stdout).toMatch(/statement\.xml: statement import [0-9a-f-]{36} \(camt\.053/);
    expect(xml.stdout).toContain('  entries     2\n');

    const fx = await artbridge(['import', 'fx', fixture('fx-rates.csv')], 'finance1');
    expect(fx.stderr).toBe('');
    expect(fx.code).toBe(0);
    expect(fx.stdout).toContain('  days        2 (2026-04-13 to 2026-04-14)\n');
    expect(fx.stdout).toContain('  currencies  3 (');
  });

  it('reads a statement in another encoding with --charset, and says to use it when needed', async () => {
    // "Müller" in Windows-1252: 0xFC is not UTF-8
    const western = join(scratch, 'western.csv');
    writeFileSync(
      western,
      Buffer.from(
        'date,amount,currency,reference,payer,iban\n2026-05-16,42.00,EUR,RF18CLICHARSET001,Galerie M\u00fcller,\n',
        'latin1',
      ),
    );
    expectOneLine(
      await artbridge(['import', 'statement', western], 'finance1'),
      new RegExp(
        `^${escape(western)}: file is not valid UTF-8 at byte 90 \\(line 2\\): re-run with --charset windows-1252 \\(or the file's encoding\\), or save it as UTF-8$`,
      ),
    );
    const read = await artbridge(
      ['import', 'statement', western, '--charset', 'windows-1252'],
      'finance1',
    );
    expect(read).toMatchObject({ code: 0, stderr: '' });
    expect(read.stdout).toContain('  entries     1\n');
  });

  it('sets the value of an artwork: artworks value ID AMOUNT CURRENCY', async () => {
    const token = await readJson<AnswerOf<'AuthController_token'>>(
      await gateway.request('/api/auth/token', {
        method: 'POST',
        json: { username: 'exporter1', password: 'demo' },
      }),
    );
    const mine = await readJson<AnswerOf<'catalog_ArtworksController_search'>>(
      await gateway.request('/api/catalog/artworks?pageSize=50', {
        headers: { authorization: `Bearer ${token.accessToken}` },
      }),
    );
    const artwork = mine.items.find((item) => item.status === 'AVAILABLE')!;
    const set = await artbridge(['artworks', 'value', artwork.id, '1250.50', 'gbp'], 'exporter1');
    expect(set).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `${artwork.id} "${artwork.title}": value 1250.50 GBP\n`,
    });
    expectOneLine(
      await artbridge(['artworks', 'value', artwork.id, '10.001', 'EUR'], 'exporter1'),
      /^artbridge: refused: value\.amount .*3 decimals.*$/,
    );
    expectOneLine(
      await artbridge(
        ['artworks', 'value', '0190a1b2-0000-7000-8000-0000000000ff', '1.00', 'GBP'],
        'exporter1',
      ),
      /^artbridge: .*\(404\)$/,
    );
    const usage = await artbridge(['artworks', 'value', artwork.id, '1.00'], 'exporter1');
    expect(usage.code).toBe(2);
  });

  it("prints the API's answer with --json: one JSON document on stdout, the same exit codes", async () => {
    // an import followed to its end: the job's final state, as GET /catalog/imports/{id} has it
    const works = join(scratch, 'json-works.jsonl');
    writeFileSync(
      works,
      JSON.stringify({
        title: 'Plimwick Bamboo in Rain',
        artist: { name: 'Zheng Xie', birthYear: 1693, deathYear: 1766 },
        creationYear: 1750,
        category: 'PAINTING',
        technique: 'INK',
        ownedByCreator: false,
        originCountry: 'CN',
        value: { amount: '12000.00', currency: 'CNY' },
      }) + '\n{"title": \n',
    );
    const imported = await artbridge(['import', 'artworks', works, '--json'], 'exporter1');
    expect(imported).toMatchObject({ code: 3, stderr: '' });
    const job = jsonOf<ImportJob>(imported);
    expect(job).toMatchObject({ status: 'COMPLETED', total: 2, imported: 1, rejected: 1 });
    expect(job.errors).toEqual([expect.objectContaining({ line: 2 })]);
    expect(job).toEqual(await apiGet<ImportJob>('exporter1', `/catalog/imports/${job.id}`));
    // nothing imported: the job still on stdout, the failure on stderr, exit code 1
    const rejectedOnly = join(scratch, 'json-rejected.jsonl');
    writeFileSync(rejectedOnly, '{"title": \n');
    const nothing = await artbridge(['import', 'artworks', rejectedOnly, '--json'], 'exporter1');
    expect(nothing.code).toBe(1);
    expect(jsonOf<ImportJob>(nothing)).toMatchObject({ status: 'COMPLETED', rejected: 1 });
    expect(nothing.stderr).toBe(
      `${rejectedOnly}: nothing imported: every one of its 1 lines was rejected\n`,
    );

    // the statement and the rates imported before: every field of the services' answers
    const statement = await artbridge(
      ['import', 'statement', fixture('statement.xml'), '--json'],
      'finance1',
    );
    expect(statement).toMatchObject({ code: 0, stderr: '' });
    expect(jsonOf<Schema<'payments.StatementImportResponse'>>(statement)).toEqual({
      statementId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      format: 'camt.053',
      version: expect.any(String),
      entries: 2,
      duplicates: 2,
      payments: 0,
      matched: 0,
      partiallyPaid: 0,
      reversed: 0,
      suggested: 0,
      exceptions: 0,
      balanceCheck: expect.objectContaining({ status: expect.any(String) }),
    });
    const fx = await artbridge(['import', 'fx', fixture('fx-rates.csv'), '--json'], 'finance1');
    expect(fx).toMatchObject({ code: 0, stderr: '' });
    expect(jsonOf<Schema<'payments.FxRatesImportResponse'>>(fx)).toEqual({
      days: 2,
      currencies: ['GBP', 'JPY', 'USD'],
      rates: 6,
      published: 0,
      from: '2026-04-13',
      to: '2026-04-14',
    });

    // a new value: the artwork as the catalog has it now
    const artworkId = (
      await apiGet<AnswerOf<'catalog_ArtworksController_search'>>(
        'exporter1',
        '/catalog/artworks?pageSize=50',
      )
    ).items.find((item) => item.status === 'AVAILABLE')!.id;
    const valued = await artbridge(
      ['artworks', 'value', artworkId, '990.00', 'EUR', '--json'],
      'exporter1',
    );
    expect(valued).toMatchObject({ code: 0, stderr: '' });
    const artwork = jsonOf<AnswerOf<'catalog_ArtworksController_revalue'>>(valued);
    expect(artwork.value).toEqual({ amount: '990.00', currency: 'EUR' });
    expect(artwork).toEqual(
      await apiGet<AnswerOf<'catalog_ArtworksController_get'>>(
        'exporter1',
        `/catalog/artworks/${artworkId}`,
      ),
    );

    // errors as without --json: one line on stderr, nothing on stdout, the same exit codes
    expectOneLine(
      await artbridge(['artworks', 'value', artworkId, '10.001', 'EUR', '--json'], 'exporter1'),
      /^artbridge: refused: value\.amount .*3 decimals.*$/,
    );
    expectOneLine(
      await artbridge(['import', 'fx', join(scratch, 'missing.csv'), '--json'], 'finance1'),
      `${join(scratch, 'missing.csv')}: no such file`,
    );
    const usage = await artbridge(['artworks', 'value', artworkId, '1.00', '--json'], 'exporter1');
    expect(usage).toMatchObject({ code: 2, stdout: '' });
  });

  it('says in one line what is wrong with a missing, garbage or malformed file, exit code 1', async () => {
    const missing = join(scratch, 'missing.jsonl');
    expectOneLine(
      await artbridge(['import', 'artworks', missing], 'exporter1'),
      `${missing}: no such file`,
    );
    const garbage = join(scratch, 'garbage.bin');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    for (const kind of ['artworks', 'statement', 'fx']) {
      const run = await artbridge(['import', kind, garbage], 'finance1');
      expectOneLine(run, new RegExp(`^${escape(garbage)}: not a text file \\(expected .+\\)$`));
      expect(run.code).toBe(1);
    }
    const text = join(scratch, 'notes.txt');
    writeFileSync(text, 'Dear finance,\nplease find the statement attached.\n');
    expectOneLine(
      await artbridge(['import', 'artworks', text], 'exporter1'),
      `${text}: line 1: not JSON Lines: expected one JSON object (an artwork) on each line`,
    );
    // the service's 400, with where in the file
    expectOneLine(
      await artbridge(['import', 'statement', text], 'finance1'),
      new RegExp(`^${escape(text)}: .*header.*$`),
    );
    expectOneLine(
      await artbridge(['import', 'statement', fixture('bad-statement.csv')], 'finance1'),
      /^.*bad-statement\.csv: entry 2, line 3: column date: '2026-13-01' is not a date.*$/,
    );
    expectOneLine(
      await artbridge(['import', 'fx', fixture('statement.csv')], 'finance1'),
      /^.*statement\.csv: ECB rates line 1: 'amount' in the header is not a currency code$/,
    );
    const empty = join(scratch, 'empty.csv');
    writeFileSync(empty, '');
    expectOneLine(
      await artbridge(['import', 'fx', empty], 'finance1'),
      `${empty}: the file is empty`,
    );
  });

  it('signs in like any client: a wrong password or role is one line', async () => {
    expectOneLine(
      await artbridge(['import', 'fx', fixture('fx-rates.csv')], 'finance1', {
        ARTBRIDGE_PASSWORD: 'wrong',
      }),
      /^artbridge: signing in as finance1 failed: .+$/,
    );
    expectOneLine(
      await artbridge(['import', 'fx', fixture('fx-rates.csv')], 'exporter1'),
      /^artbridge: exporter1 may not do this \(403\): .*FINANCE.*$/,
    );
    const nobody = await freePort();
    expectOneLine(
      await artbridge(['dlq', 'list'], 'admin', {
        ARTBRIDGE_API: `http://127.0.0.1:${nobody}/api`,
      }),
      /^artbridge: cannot reach the gateway at http:\/\/127\.0\.0\.1:\d+\/api \(ECONNREFUSED\).*$/,
    );
  });

  it('lists and redrives dead letters through the API', async () => {
    // a command of a version catalog does not know: dead-lettered at once
    const poisoned = {
      id: '0190a1b2-0000-7000-8000-00000000c11a',
      type: 'catalog.artworks.reserve',
      version: 99,
      source: 'cli-test',
      occurredAt: new Date().toISOString(),
      subject: 'shipment-cli-1',
      correlationId: 'shipment-cli-1',
      causationId: null,
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      payload: { shipmentId: 'shipment-cli-1' },
    };
    const producer = await context.broker().producer();
    context.onCleanup(() => producer.disconnect());
    const topic = `${context.topicPrefix}artbridge.catalog.commands`;
    await producer.send([{ topic, key: poisoned.subject, value: JSON.stringify(poisoned) }]);

    const listed = async (): Promise<DeadLetter[]> => {
      const run = await artbridge(['dlq', 'list', '--service', 'catalog', '--json'], 'admin');
      expect(run).toMatchObject({ code: 0, stderr: '' });
      return JSON.parse(run.stdout) as DeadLetter[];
    };
    const [letter] = await waitFor('the dead letter in the catalog', async () => {
      const letters = await listed();
      return letters.length > 0 && letters;
    });
    expect(letter).toMatchObject({
      service: 'catalog',
      status: 'PENDING',
      topic,
      reason: 'unknown-version',
      messageId: poisoned.id,
    });

    // all four services: catalog's and payments' answer, customs and logistics are down
    const all = await artbridge(['dlq', 'list'], 'admin');
    expect(all.code).toBe(1);
    const [header, ...rows] = all.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^SERVICE\s+ID\s+STATUS\s+DEAD-LETTERED \(UTC\)\s+REASON/);
    expect(rows).toEqual([
      expect.stringMatching(new RegExp(`^catalog\\s+${letter.id}\\s+pending\\s`)),
    ]);
    expect(all.stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(/^artbridge: customs is not reachable/),
      expect.stringMatching(/^artbridge: logistics is not reachable/),
    ]);
    const paymentsOnly = await artbridge(['dlq', 'list', '--service', 'payments'], 'admin');
    expect(paymentsOnly).toMatchObject({ code: 0, stdout: 'No dead letters (payments).\n' });

    // administrators only
    expectOneLine(
      await artbridge(['dlq', 'list'], 'exporter1'),
      /^artbridge: exporter1 may not do this \(403\): .*ADMIN.*$/,
    );

    // redrive: once; the message goes back to its topic, fails again (still version 99) and
    // becomes a new dead letter, which --all redrives
    const redrive = await artbridge(['dlq', 'redrive', 'catalog', letter.id], 'admin');
    expect(redrive).toMatchObject({ code: 0, stderr: '' });
    expect(redrive.stdout).toBe(
      `redriven ${letter.id} (catalog): catalog.artworks.reserve back to ${topic}\n`,
    );
    expectOneLine(
      await artbridge(['dlq', 'redrive', 'catalog', letter.id], 'admin'),
      new RegExp(`^artbridge: dead letter ${letter.id} was redriven already, at .+ \\(409\\)$`),
    );
    const second = await waitFor('the redriven message dead-lettered again', async () => {
      const letters = await listed();
      return letters.length === 2 && letters.find((l) => l.id !== letter.id);
    });
    expect(second).toMatchObject({ status: 'PENDING', messageId: poisoned.id });
    // a message that is not JSON: no consumer could read it again, so it is not redriven
    await producer.send([{ topic, key: 'shipment-cli-2', value: '{"not json' }]);
    const unreadable = await waitFor('the unreadable message dead-lettered', async () => {
      const letters = await listed();
      return letters.find((l) => l.reason === 'invalid-envelope');
    });
    const everything = await artbridge(
      ['dlq', 'redrive', '--all', '--service', 'catalog'],
      'admin',
    );
    expect(everything.code).toBe(1);
    expect(everything.stdout).toContain(`redriven ${second.id} (catalog)`);
    expect(everything.stdout).toContain('catalog: 1 dead letter redriven, 1 not\n');
    expect(everything.stderr).toMatch(
      new RegExp(
        `^artbridge: catalog: dead letter ${unreadable.id} cannot be redriven: its message is not an envelope a consumer can read \\(not JSON: .+\\) \\(409\\) \\(${unreadable.id}\\)\n$`,
      ),
    );
    const after = await listed();
    expect(after.find((l) => l.id === second.id)?.status).toBe('REDRIVEN');
    expect(after.find((l) => l.id === unreadable.id)?.status).toBe('PENDING');
  });

  it('redrives with --json: the dead letters redriven, as dlq list --json shows them', async () => {
    const poisoned = {
      id: '0190a1b2-0000-7000-8000-00000000c11b',
      type: 'catalog.artworks.reserve',
      version: 99,
      source: 'cli-test',
      occurredAt: new Date().toISOString(),
      subject: 'shipment-cli-3',
      correlationId: 'shipment-cli-3',
      causationId: null,
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      payload: { shipmentId: 'shipment-cli-3' },
    };
    const producer = await context.broker().producer();
    context.onCleanup(() => producer.disconnect());
    const topic = `${context.topicPrefix}artbridge.catalog.commands`;
    await producer.send([{ topic, key: poisoned.subject, value: JSON.stringify(poisoned) }]);
    const pending = async (): Promise<DeadLetter[]> => {
      const run = await artbridge(
        ['dlq', 'list', '--service', 'catalog', '--pending', '--json'],
        'admin',
      );
      expect(run).toMatchObject({ code: 0, stderr: '' });
      return jsonOf<DeadLetter[]>(run);
    };
    const letter = await waitFor('the dead letter in the catalog', async () =>
      (await pending()).find((l) => l.messageId === poisoned.id),
    );

    const one = await artbridge(['dlq', 'redrive', 'catalog', letter.id, '--json'], 'admin');
    expect(one).toMatchObject({ code: 0, stderr: '' });
    const redriven = jsonOf<DeadLetter>(one);
    expect(redriven).toEqual({
      ...letter,
      status: 'REDRIVEN',
      redrivenAt: expect.any(String),
    });
    // a second time is refused as without --json: one line, exit code 1
    expectOneLine(
      await artbridge(['dlq', 'redrive', 'catalog', letter.id, '--json'], 'admin'),
      new RegExp(`^artbridge: dead letter ${letter.id} was redriven already, at .+ \\(409\\)$`),
    );

    // --all: the message fails again (still version 99) and is redriven with whatever else is
    // pending; the unreadable message of the test before is refused on stderr, exit code 1
    const again = await waitFor('the redriven message dead-lettered again', async () =>
      (await pending()).find((l) => l.messageId === poisoned.id),
    );
    const [unreadable] = (await pending()).filter((l) => l.reason === 'invalid-envelope');
    expect(unreadable).toBeDefined();
    const all = await artbridge(
      ['dlq', 'redrive', '--all', '--service', 'catalog', '--json'],
      'admin',
    );
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(
      new RegExp(`^artbridge: catalog: dead letter ${unreadable.id} cannot be redriven: .+\\n$`),
    );
    const redrivenAll = jsonOf<DeadLetter[]>(all);
    expect(redrivenAll).toContainEqual({
      ...again,
      status: 'REDRIVEN',
      redrivenAt: expect.any(String),
    });
    for (const each of redrivenAll)
      expect(each).toMatchObject({ service: 'catalog', status: 'REDRIVEN' });
    expect(redrivenAll.map((each) => each.id)).not.toContain(unreadable.id);
  });
});
