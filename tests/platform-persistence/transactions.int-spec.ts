import { openDataSource, sendWithCommit } from '@artbridge/platform-persistence';
import { TestContext } from '@artbridge/platform-testing';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

class KeptTable1732400009998 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE kept (
      id int PRIMARY KEY, label text, tags text[], at timestamptz, doc jsonb, flag boolean, big bigint)`);
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE kept`);
  }
}

/**
 * The services' pg client sends a transaction's BEGIN with its first statement, that
 * statement's parameters written in as literals. It must change nothing a transaction means.
 */
describe('transactions through the services’ pg client (real PostgreSQL)', () => {
  const context = new TestContext();
  let db: DataSource;
  /** One connection, so that what one transaction prepared the next one finds. */
  let single: DataSource;
  const SINGLE = 'persistence-single-connection';

  beforeAll(async () => {
    db = await openDataSource({
      url: await context.database('persistence'),
      entities: [],
      migrations: [KeptTable1732400009998],
    });
    context.onCleanup(() => db.destroy());
    single = await openDataSource({
      url: await context.database('persistence'),
      entities: [],
      migrations: [KeptTable1732400009998],
      poolSize: 1,
      applicationName: SINGLE,
    });
    context.onCleanup(() => single.destroy());
  });
  afterAll(() => context.cleanup());

  /** The text PostgreSQL last received from the session of `application` (seen from another). */
  const lastSentBy = async (application: string): Promise<string> =>
    (
      await db.query(`SELECT query FROM pg_stat_activity WHERE application_name = $1`, [
        application,
      ])
    )[0].query;

  const kept = async (id: number) =>
    (await db.query(`SELECT label, tags, at, doc, flag, big FROM kept WHERE id = $1`, [id]))[0];

  it('writes awkward values as they are, prepared the first time and EXECUTEd with BEGIN after', async () => {
    const values = {
      label: `O'Brien \\ "quoted" — 北京 $1 ;COMMIT; --`,
      tags: ['a,b', 'c"d', "e'f", 'g\\h', 'NULL', ''],
      at: new Date('2026-12-06T12:34:56.789Z'),
      doc: { name: "Galerie Lumière's", n: 1.5, nested: ['x'] },
      flag: false,
      big: 9007199254740993n,
    };
    for (const id of [1, 6]) {
      await single.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO kept (id, label, tags, at, doc, flag, big) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, values.label, values.tags, values.at, values.doc, values.flag, values.big],
        );
        if (id === 6) {
          // still open: what its session last sent is the BEGIN and the statement, in one
          expect(await lastSentBy(SINGLE)).toMatch(
            /^START TRANSACTION;\s*SET LOCAL plan_cache_mode = force_generic_plan;\s*EXECUTE "ab_[^"]+"\('6', /,
          );
        }
      });
    }
    expect(await kept(1)).toEqual({ ...values, big: '9007199254740993' });
    expect(await kept(6)).toEqual({ ...values, big: '9007199254740993' });
  });

  it('keeps the first statement inside the transaction: a later failure undoes it', async () => {
    await expect(
      db.transaction(async (manager) => {
        await manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [2, 'first']);
        await manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [2, 'duplicate']);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await kept(2)).toBeUndefined();
  });

  it('a failing first statement fails the transaction, and the connection serves the next one', async () => {
    await db.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [3, 'there']);
    await expect(
      db.transaction((manager) =>
        manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [3, 'again']),
      ),
    ).rejects.toThrow(/duplicate key/);
    for (let i = 0; i < 20; i++) {
      await db.transaction((manager) =>
        manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [100 + i, `n${i}`]),
      );
    }
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM kept WHERE id >= 100`);
    expect(count).toBe(20);
  });

  it('rolls back what it wrote when the work throws, and an empty transaction is fine', async () => {
    await expect(
      db.transaction(async (manager) => {
        await manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [4, 'gone']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await kept(4)).toBeUndefined();
    await expect(db.transaction(async () => 'nothing')).resolves.toBe('nothing');
  });

  it('sees its own first write, and holds its locks until the end', async () => {
    await db.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [5, 'before']);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = db.transaction(async (manager) => {
      await manager.query(`UPDATE kept SET label = $2 WHERE id = $1`, [5, 'first']);
      expect((await manager.query(`SELECT label FROM kept WHERE id = $1`, [5]))[0].label).toBe(
        'first',
      );
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = db.transaction((manager) =>
      manager.query(`UPDATE kept SET label = label || $2 WHERE id = $1`, [5, '+second']),
    );
    release();
    await Promise.all([first, second]);
    expect((await kept(5)).label).toBe('first+second');
  });

  describe('a write sent with the COMMIT', () => {
    const insert = `INSERT INTO kept (id, label, tags) VALUES ($1, $2, $3::text[])`;

    // prepared on the one connection of `single` before each case, as a service's would be
    beforeAll(() => single.query(insert, [9, 'prepares it', []]));

    it('runs on its own the first time on a connection, which prepares it there', async () => {
      const upsert = `INSERT INTO kept (id, label) VALUES ($1, $2)
        ON CONFLICT (id) DO UPDATE SET label = excluded.label`;
      await single.transaction(async (manager) => {
        expect(sendWithCommit(manager, upsert, [20, 'on its own'])).toBe(false);
        await manager.query(upsert, [20, 'on its own']);
        expect(sendWithCommit(manager, upsert, [20, 'with the commit'])).toBe(true);
      });
      expect((await kept(20)).label).toBe('with the commit');
    });

    it('commits with the rest, also as the only statement of its transaction', async () => {
      await single.transaction(async (manager) => {
        await manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [10, 'before']);
        expect(sendWithCommit(manager, insert, [11, "with the commit's", ['x', 'y']])).toBe(true);
      });
      expect(await lastSentBy(SINGLE)).toMatch(/^EXECUTE "ab_[^"]+"\('11', .*\);\s*COMMIT$/s);
      await single.transaction(async (manager) => {
        expect(sendWithCommit(manager, insert, [12, 'alone', []])).toBe(true);
      });
      expect((await kept(10)).label).toBe('before');
      expect(await kept(11)).toMatchObject({ label: "with the commit's", tags: ['x', 'y'] });
      expect((await kept(12)).label).toBe('alone');
    });

    it('fails the commit when it fails, and nothing of the transaction stays', async () => {
      await db.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [13, 'taken']);
      await expect(
        single.transaction(async (manager) => {
          await manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [14, 'undone']);
          expect(sendWithCommit(manager, insert, [13, 'clash', []])).toBe(true);
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await kept(14)).toBeUndefined();
      expect((await kept(13)).label).toBe('taken');
      await single.transaction((manager) =>
        manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [15, 'next']),
      );
      expect((await kept(15)).label).toBe('next');
    });

    it('is never sent when the transaction rolls back, nor outside one', async () => {
      await expect(
        single.transaction(async (manager) => {
          expect(sendWithCommit(manager, insert, [16, 'never', []])).toBe(true);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await db.transaction((manager) =>
        manager.query(`INSERT INTO kept (id, label) VALUES ($1, $2)`, [17, 'later']),
      );
      expect(await kept(16)).toBeUndefined();
      expect(sendWithCommit(db.manager, insert, [18, 'no transaction', []])).toBe(false);
    });
  });

  it('plans statements once per connection in a transaction (generic plans), for the values at hand outside', async () => {
    const mode = `SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`;
    const outside = await single.query(mode, [1]);
    expect(outside[0].mode).toBe('auto');
    // the first statement goes with the BEGIN (an EXECUTE once prepared), or after it alone
    for (const n of [2, 3]) {
      await single.transaction(async (manager) => {
        expect((await manager.query(mode, [n]))[0]).toEqual({ mode: 'force_generic_plan', n });
        expect((await manager.query(mode, [n + 10]))[0].mode).toBe('force_generic_plan');
      });
    }
    await single.transaction(async (manager) => {
      expect(
        (await manager.query(`SELECT current_setting('plan_cache_mode') AS mode`))[0].mode,
      ).toBe('force_generic_plan');
    });
    expect((await single.query(mode, [4]))[0].mode).toBe('auto');
  });
});
