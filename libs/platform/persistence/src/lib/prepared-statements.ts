import { createHash } from 'node:crypto';
import * as pg from 'pg';

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

/**
 * A pg client that prepares each statement with parameters once per connection (a named
 * statement, by the hash of its text) instead of having PostgreSQL parse and plan it on every
 * execution: the services run the same few hundred statements over and over. Statements
 * without parameters (BEGIN, COMMIT, DDL, several statements in one text) run as before.
 * PostgreSQL refuses a prepared statement whose result columns changed under it (a `SELECT *`
 * after a migration added a column) for the life of the connection: name the columns.
 */
class PreparingClient extends pg.Client {}
(PreparingClient.prototype as unknown as { query: AnyQuery }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const [text, values, ...rest] = args;
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
