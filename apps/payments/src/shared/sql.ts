import type { EntityManager } from 'typeorm';

/** Rows per INSERT: one array parameter per column, so the size is bounded by memory only. */
export const ROWS_PER_INSERT = 1_000;

/** A value as a bulk insert takes it; bigints and Dates are sent exactly (as text). */
export type BulkValue = string | number | bigint | boolean | Date | null | undefined;

/** One column of a bulk insert: its name, its PostgreSQL type and its value in a row. */
export interface BulkColumn<R> {
  readonly name: string;
  /** the element type, e.g. `uuid`, `bigint`, `timestamptz` */
  readonly type: string;
  readonly value: (row: R) => BulkValue;
  /**
   * What is inserted, in terms of `u.<name>`, when the value needs converting: e.g. a text[]
   * column given as each row's array literal, since unnest cannot take arrays of arrays of
   * unequal length.
   */
  readonly select?: string;
}

/**
 * A PostgreSQL array literal of the values, as node-postgres writes an array parameter: strings
 * quoted with `"` and `\` escaped, NULL unquoted; numbers, bigints, booleans and Dates (ISO 8601)
 * need no quotes. Built here rather than by the driver so that it can be built while the
 * database runs the statement before.
 */
export function arrayLiteral(values: readonly BulkValue[]): string {
  // joined once, not grown piece by piece: a flat string from the start, where a growing one
  // would be a rope of thousands of pieces kept alive (and copied by the GC) until sent
  const parts = new Array<string>(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined) {
      parts[index] = 'NULL';
      continue;
    }
    if (typeof value !== 'string') {
      // digits, signs, a dot, true/false or an ISO timestamp: nothing to quote
      parts[index] = value instanceof Date ? value.toISOString() : String(value);
    } else {
      parts[index] = NEEDS_ESCAPE.test(value)
        ? `"${value.replace(BACKSLASH, '\\\\').replace(QUOTE, '\\"')}"`
        : `"${value}"`;
    }
  }
  return `{${parts.join(',')}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const BACKSLASH = /\\/g;
const QUOTE = /"/g;

/**
 * The INSERT for rows given column by column: each column travels as one array parameter and
 * `unnest` turns them back into rows, so PostgreSQL parses a short statement with a few
 * parameters instead of VALUES lists with tens of thousands. Parameters are numbered from
 * `first`, so that the INSERT can be one part (a CTE) of a larger statement.
 */
export function insertStatement<R>(
  table: string,
  columns: readonly BulkColumn<R>[],
  suffix: string,
  first = 1,
): string {
  const names = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${first + index}::${column.type}[]`);
  return (
    `INSERT INTO ${table} (${names}) ` +
    `SELECT ${columns.map((column) => column.select ?? `u.${column.name}`).join(', ')} ` +
    `FROM unnest(${arrays.join(', ')}) ` +
    `AS u (${names}) ${suffix}`.trimEnd()
  );
}

/** The array parameters of insertStatement for the rows, in column order. */
export function columnArrays<R>(columns: readonly BulkColumn<R>[], rows: readonly R[]): string[] {
  return columns.map((column) => arrayLiteral(rows.map(column.value)));
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Statements of one transaction sent one after the other, in the order queued, without the
 * caller waiting for each: the caller computes the next rows while the database stores the last
 * ones. The driver sends a statement only when the one before has finished and the event loop
 * is free, so the rows of a queued insert are turned into parameters a statement at a time with
 * a turn of the event loop in between, and callers compute in small slices (`ready()` between
 * two). After a failure the statements behind it are not sent (the transaction is lost anyway)
 * and every later result rejects with that failure.
 *
 * The caller must `settle()` before its transaction ends, including when it throws, so that no
 * statement runs after the transaction's COMMIT or ROLLBACK; and must not use the manager
 * directly while statements are queued here (`drain()` first).
 */
export class StatementPipeline {
  /** the last statement sent or waiting to be sent */
  private tail: Promise<unknown> = Promise.resolve();
  /** the last insert being turned into statements */
  private queueing: Promise<void> = Promise.resolve();
  private readonly pending: Promise<unknown>[] = [];

  constructor(
    private readonly manager: EntityManager,
    /** statements queued and not yet seen finished, beyond which `ready()` makes the caller wait */
    private readonly depth = 3,
  ) {}

  private send<T>(sql: string, parameters: unknown[]): Promise<T> {
    const result = this.tail.then(() => this.manager.query(sql, parameters) as Promise<T>);
    // observed here so that a failure is never "unhandled"; callers and drain() see it too
    result.catch(() => undefined);
    this.tail = result;
    this.pending.push(result);
    return result;
  }

  /**
   * Queues the rows, ROWS_PER_INSERT to a statement, behind everything queued before; resolves
   * to the rows the statements return (`suffix` may add ON CONFLICT and RETURNING), in order.
   * A caller that only stores rows need not wait for it: `drain()` reports any failure.
   */
  insert<R, T = never>(
    table: string,
    columns: readonly BulkColumn<R>[],
    rows: readonly R[],
    suffix = '',
  ): Promise<T[]> {
    const sql = insertStatement(table, columns, suffix);
    const results: Promise<T[] | undefined>[] = [];
    const queued = this.queueing.then(async () => {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const batch = rows.slice(start, start + ROWS_PER_INSERT);
        results.push(this.send(sql, columnArrays(columns, batch)));
        // the statement before may have finished meanwhile: let the driver send the next one
        await nextTurn();
      }
    });
    this.queueing = queued;
    const all = queued
      .then(() => Promise.all(results))
      .then((returned) =>
        returned.flatMap((rowsOfOne) => (Array.isArray(rowsOfOne) ? rowsOfOne : [])),
      );
    // never "unhandled": drain() and settle() see a failure too
    all.catch(() => undefined);
    return all;
  }

  /**
   * Between two slices of the caller's work: waits until what was queued is turned into
   * statements and no more than `depth` of them wait, so that memory stays bounded and the
   * database always has the next statement at hand.
   */
  async ready(): Promise<void> {
    await this.queueing;
    while (this.pending.length > this.depth) {
      await this.pending.shift();
    }
    await nextTurn();
  }

  /**
   * A turn of the event loop, for a caller in the middle of a long computation: a statement
   * that finished meanwhile is followed by the next one at once, not when the computation ends.
   */
  async breathe(): Promise<void> {
    await nextTurn();
  }

  /** Waits for every queued statement; throws the first failure. */
  async drain(): Promise<void> {
    await this.queueing;
    const all = this.pending.splice(0);
    for (const statement of all) await statement;
  }

  /** Waits until nothing is queued any more, ignoring failures (for the caller's finally). */
  async settle(): Promise<void> {
    await this.queueing.catch(() => undefined);
    await this.tail.catch(() => undefined);
    this.pending.length = 0;
  }
}
