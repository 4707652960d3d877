import { createHash } from 'node:crypto';
import * as pg from 'pg';
import type { EntityManager, QueryRunner } from 'typeorm';

/** Statement texts prepared at most; past this, new texts run unnamed as before. */
const MAX_PREPARED = 2000;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `ab_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

type AnyQuery = (this: pg.Client, ...args: unknown[]) => unknown;
const unnamedQuery = pg.Client.prototype.query as unknown as AnyQuery;

/** Longest literals of a statement sent with its BEGIN or COMMIT. */
const MAX_INLINED = 16 * 1024;
const BEGIN = /^\s*(?:START TRANSACTION|BEGIN)\s*;?\s*$/i;
const END = /^\s*(?:COMMIT|ROLLBACK)\s*;?\s*$/i;
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/**
 * How a transaction begins here. Its statements are planned once per connection: with the
 * default plan cache PostgreSQL kept planning most of them on every execution, because for
 * `id = ANY($1)` a generic plan guesses more rows than the custom plan of the actual ids and
 * never looks cheaper (16% of the backends' CPU in the saga bench). Transactions are the
 * services' commands and message chunks, which find rows by key; a generic plan serves them as
 * well. Reads outside a transaction (lists filtered by a status, say, where a rare value wants
 * an index and a common one a scan) keep the default, planned for the values at hand. A partial
 * index whose predicate only a parameter decides is out of a generic plan's reach: write such
 * predicates as literals in statements that run in transactions.
 */
const START = 'START TRANSACTION;\nSET LOCAL plan_cache_mode = force_generic_plan;\n';

/**
 * The statement as one of several in a simple query (sent with a BEGIN or a COMMIT), or
 * undefined when it must run on its own. A statement with parameters is prepared like any
 * other: the first time on a connection it runs on its own, which prepares it; after that it
 * goes as an EXECUTE of the prepared statement with the values as literals (`quoted`), which
 * PostgreSQL neither parses nor plans again. Never with binary values.
 */
function inSimpleQuery(
  client: pg.Client,
  text: string,
  values: readonly unknown[],
): string | undefined {
  if (values.length === 0) {
    return text.includes("'") || text.includes('$$') ? undefined : text;
  }
  const name = nameOf(text);
  if (name === undefined || !preparedOn(client, name, text)) return undefined;
  const literals: string[] = [];
  let length = 0;
  for (const value of values) {
    const prepared = prepareValue(value);
    if (Buffer.isBuffer(prepared)) return undefined;
    const literal = prepared === null || prepared === undefined ? 'NULL' : quoted(String(prepared));
    // a big statement (a chunk's worth of rows) gains little from saving one round trip, and
    // costs more to escape than to send as a parameter
    length += literal.length;
    if (length > MAX_INLINED) return undefined;
    literals.push(literal);
  }
  return `EXECUTE "${name}"(${literals.join(', ')})`;
}

/**
 * A string literal as pg's escapeLiteral writes it (quotes doubled; with backslashes, an E''
 * literal with them doubled too), by native replaces instead of its loop over every character:
 * the held writes of a chunk are kilobytes of JSON.
 */
export function quoted(text: string): string {
  const inner = text.replace(/'/g, "''");
  return text.includes('\\') ? ` E'${inner.replace(/\\/g, '\\\\')}'` : `'${inner}'`;
}

/**
 * Values written into a statement's text as a literal list (`'A', 'B'`), for a predicate a
 * generic plan must see to use a partial index (see START). For constants of the code only.
 */
export const literalList = (values: readonly string[]): string => values.map(quoted).join(', ');

/** Whether this connection has `text` prepared as `name`, as pg keeps track (false if it does not say). */
const preparedOn = (client: pg.Client, name: string, text: string): boolean =>
  (client as unknown as { connection?: { parsedStatements?: Record<string, string> } }).connection
    ?.parsedStatements?.[name] === text;

const nothingSent = (command: string) => ({ command, rowCount: null, rows: [], fields: [] });

/**
 * A pg client that prepares each statement with parameters once per connection (a named
 * statement, by the hash of its text) instead of having PostgreSQL parse and plan it on every
 * execution: the services run the same few hundred statements over and over. Statements
 * without parameters (BEGIN, COMMIT, DDL, several statements in one text) run as before.
 * PostgreSQL refuses a prepared statement whose result columns changed under it (a `SELECT *`
 * after a migration added a column) for the life of the connection: name the columns.
 *
 * It also sends a transaction's BEGIN together with its first statement, in one round trip
 * (an EXECUTE of it once it is prepared here, see inSimpleQuery): each round trip costs a socket write
 * and a wake-up on both sides, more than BEGIN itself. A transaction that ends before any
 * statement sends nothing at all. Likewise `sendWithCommit` sends a last write with the COMMIT.
 */
class PreparingClient extends pg.Client {
  beginHeld = false;
  /** Statements (EXECUTEs with literals) to send with this transaction's COMMIT. */
  readonly withCommit: string[] = [];
}

/**
 * Sends a write of the transaction of `manager` together with its COMMIT, in one round trip,
 * when nothing in the transaction needs its result: an outbox insert, say. If it fails, the
 * COMMIT fails with its error and the transaction rolls back, as if it had failed on its own.
 * Returns false, holding nothing, when that cannot be done here: then run it now.
 */
export function sendWithCommit(
  manager: EntityManager,
  text: string,
  values: readonly unknown[],
): boolean {
  const runner = manager.queryRunner as
    (QueryRunner & { databaseConnection?: unknown; transactionDepth?: number }) | undefined;
  const client = runner?.databaseConnection;
  if (!(client instanceof PreparingClient) || !runner?.isTransactionActive) return false;
  if (runner.transactionDepth !== 1) return false; // a savepoint's release is no COMMIT
  const statement = inSimpleQuery(client, text, values);
  if (statement === undefined) return false;
  client.withCommit.push(statement);
  return true;
}
(PreparingClient.prototype as unknown as { query: AnyQuery }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const self = this as PreparingClient;
  const [text, values, ...rest] = args;
  const plain = typeof text === 'string' && rest.length === 0;
  const noValues = values === undefined || (Array.isArray(values) && values.length === 0);
  if (plain && noValues && BEGIN.test(text) && !self.beginHeld) {
    self.beginHeld = true;
    self.withCommit.length = 0;
    return Promise.resolve(nothingSent('BEGIN'));
  }
  if (plain && noValues && END.test(text) && self.withCommit.length > 0) {
    const statements = self.withCommit.splice(0);
    if (/^\s*COMMIT/i.test(text)) {
      const begin = self.beginHeld ? START : '';
      self.beginHeld = false;
      return (
        unnamedQuery.call(self, `${begin}${statements.join(';\n')};\nCOMMIT`) as Promise<
          pg.QueryResult[]
        >
      ).then((results) => results[results.length - 1]);
    }
  }
  if (self.beginHeld) {
    self.beginHeld = false;
    if (plain && noValues && END.test(text)) return Promise.resolve(nothingSent(text.trim()));
    const first =
      plain && (noValues || Array.isArray(values))
        ? inSimpleQuery(this, text, (values as unknown[] | undefined) ?? [])
        : undefined;
    if (first !== undefined) {
      return (unnamedQuery.call(this, `${START}${first}`) as Promise<pg.QueryResult[]>).then(
        (results) => results[2],
      );
    }
    // queued before the statement, so sent first: as without this
    (unnamedQuery.call(this, START) as Promise<unknown>).catch(() => undefined);
  }
  const name =
    typeof text === 'string' && Array.isArray(values) && values.length > 0
      ? nameOf(text)
      : undefined;
  return name
    ? unnamedQuery.call(this, { name, text }, values, ...rest)
    : unnamedQuery.apply(this, args);
};

class PreparingPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super({ ...config, Client: PreparingClient });
  }
}

/** The pg module for TypeORM's `driver` option: pg itself, with statements prepared once. */
export const preparingPg: typeof pg = Object.create(pg, {
  Pool: { value: PreparingPool, enumerable: true },
  Client: { value: PreparingClient, enumerable: true },
});
