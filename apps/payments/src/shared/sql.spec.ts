import type { EntityManager } from 'typeorm';
import {
  BulkColumn,
  ROWS_PER_INSERT,
  StatementPipeline,
  arrayLiteral,
  columnArrays,
  insertStatement,
} from './sql';

/** A manager that records each statement and answers after a tick, like a slow database. */
function recordingManager(fail?: (sql: string, index: number) => boolean) {
  const statements: { sql: string; parameters: unknown[] }[] = [];
  let running = 0;
  let overlapping = false;
  const manager = {
    query: async (sql: string, parameters: unknown[]) => {
      const index = statements.length;
      statements.push({ sql, parameters });
      running++;
      if (running > 1) overlapping = true;
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
      if (fail?.(sql, index)) throw new Error(`statement ${index} failed`);
      return sql.includes('RETURNING')
        ? (parameters[0] as string)
            .slice(1, -1)
            .split(',')
            .map((id) => ({ id }))
        : [];
    },
  };
  return {
    manager: manager as unknown as EntityManager,
    statements,
    overlapped: () => overlapping,
  };
}

interface Row {
  id: number;
  name: string | null;
}

const COLUMNS: readonly BulkColumn<Row>[] = [
  { name: 'id', type: 'int', value: (row) => row.id },
  { name: 'name', type: 'text', value: (row) => row.name },
];

const rows = (count: number, from = 1): Row[] =>
  Array.from({ length: count }, (_, index) => ({ id: from + index, name: `n${from + index}` }));

describe('arrayLiteral', () => {
  it('writes an array parameter as node-postgres does: strings quoted and escaped, NULL bare', () => {
    expect(arrayLiteral(['a', 'b c', null, undefined, ''])).toBe('{"a","b c",NULL,NULL,""}');
    expect(arrayLiteral(['say "hi"', 'C:\\dir', '{,}'])).toBe('{"say \\"hi\\"","C:\\\\dir","{,}"}');
    expect(arrayLiteral(['NULL'])).toBe('{"NULL"}');
    expect(arrayLiteral([1, -2, 12345678901234567890n, true, false])).toBe(
      '{1,-2,12345678901234567890,true,false}',
    );
    expect(arrayLiteral([new Date('2026-04-13T10:00:00.000Z')])).toBe('{2026-04-13T10:00:00.000Z}');
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral([JSON.stringify({ a: 'x"y\\z' })])).toBe(
      '{"{\\"a\\":\\"x\\\\\\"y\\\\\\\\z\\"}"}',
    );
  });
});

describe('insertStatement', () => {
  it('numbers its parameters from `first`, to be one CTE of a larger statement', () => {
    expect(insertStatement('thing', COLUMNS, 'WHERE EXISTS (SELECT FROM parent)', 7)).toBe(
      'INSERT INTO thing (id, name) SELECT u.id, u.name FROM unnest($7::int[], $8::text[]) AS u (id, name) WHERE EXISTS (SELECT FROM parent)',
    );
    expect(columnArrays(COLUMNS, rows(2))).toEqual(['{1,2}', '{"n1","n2"}']);
  });
});

describe('StatementPipeline', () => {
  it('cuts rows into statements of ROWS_PER_INSERT, the last one partial, and returns their rows in order', async () => {
    const { manager, statements } = recordingManager();
    const count = 2 * ROWS_PER_INSERT + 1;
    const pipeline = new StatementPipeline(manager);
    const inserted = pipeline.insert<Row, { id: string }>(
      'thing',
      COLUMNS,
      rows(count),
      'RETURNING id',
    );
    await pipeline.drain();
    const returned = await inserted;
    expect(statements).toHaveLength(3);
    expect(statements[0].sql).toBe(
      'INSERT INTO thing (id, name) SELECT u.id, u.name FROM unnest($1::int[], $2::text[]) AS u (id, name) RETURNING id',
    );
    const ids = (parameters: unknown[]) => (parameters[0] as string).slice(1, -1).split(',');
    expect(statements.map((statement) => ids(statement.parameters).length)).toEqual([
      ROWS_PER_INSERT,
      ROWS_PER_INSERT,
      1,
    ]);
    expect(ids(statements[2].parameters)).toEqual([String(count)]);
    expect(statements[2].parameters[1]).toBe(`{"n${count}"}`);
    expect(returned.map((row) => Number(row.id))).toEqual(rows(count).map((row) => row.id));
  });

  it('sends what is queued in the order queued, one statement at a time', async () => {
    const { manager, statements, overlapped } = recordingManager();
    const pipeline = new StatementPipeline(manager);
    void pipeline.insert('parent', COLUMNS, rows(ROWS_PER_INSERT + 5));
    void pipeline.insert('child', COLUMNS, rows(3));
    await pipeline.ready();
    void pipeline.insert('grandchild', COLUMNS, rows(2));
    await pipeline.drain();
    expect(statements.map((statement) => statement.sql.split(' ')[2])).toEqual([
      'parent',
      'parent',
      'child',
      'grandchild',
    ]);
    expect(overlapped()).toBe(false);
  });

  it('sends nothing after a failure, and reports it', async () => {
    const { manager, statements } = recordingManager((_sql, index) => index === 1);
    const pipeline = new StatementPipeline(manager);
    const parent = pipeline.insert('parent', COLUMNS, rows(2 * ROWS_PER_INSERT));
    void pipeline.insert('child', COLUMNS, rows(3));
    await expect(pipeline.drain()).rejects.toThrow('statement 1 failed');
    await expect(parent).rejects.toThrow('statement 1 failed');
    await pipeline.settle();
    expect(statements).toHaveLength(2);
  });

  it('settles only when the last queued statement is done, so none runs after the transaction', async () => {
    const { manager, statements } = recordingManager();
    const pipeline = new StatementPipeline(manager);
    void pipeline.insert('thing', COLUMNS, rows(3 * ROWS_PER_INSERT));
    await pipeline.settle();
    expect(statements).toHaveLength(3);
  });
});
