import {
  formatDeadLetters,
  formatFxSummary,
  formatImportSummary,
  formatStatementSummary,
  formatTable,
  ImportJobView,
  truncate,
} from './format';

const job = (overrides: Partial<ImportJobView> = {}): ImportJobView => ({
  id: '0190a1b2-0000-7000-8000-000000000001',
  status: 'COMPLETED',
  total: 5,
  imported: 3,
  unchanged: 1,
  rejected: 1,
  createdAt: '2026-11-24T09:00:00.000Z',
  errors: [{ line: 4, message: 'not JSON: Unexpected token h in JSON at position 0' }],
  errorsOmitted: 0,
  ...overrides,
});

describe('output', () => {
  it('pads table columns to the widest cell', () => {
    expect(
      formatTable(
        ['A', 'LONGER'],
        [
          ['xyz', '1'],
          ['q', '22'],
        ],
      ),
    ).toBe('A    LONGER\nxyz  1\nq    22\n');
  });

  it('truncates on one line with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a  long\nmessage here', 10)).toBe('a long me…');
  });

  it('summarises an artwork import with its rejected lines', () => {
    expect(formatImportSummary('works.jsonl', job())).toBe(
      'works.jsonl: import 0190a1b2-0000-7000-8000-000000000001 completed: 5 lines read\n' +
        '  imported   3\n' +
        '  unchanged  1 (imported before)\n' +
        '  rejected   1\n' +
        'rejected lines:\n' +
        '  line 4: not JSON: Unexpected token h in JSON at position 0\n',
    );
  });

  it('shows the first rejected lines only, and says how many more', () => {
    const errors = Array.from({ length: 30 }, (_, i) => ({ line: i + 1, message: `bad ${i + 1}` }));
    const text = formatImportSummary(
      'big.jsonl',
      job({ total: 40, imported: 10, unchanged: 0, rejected: 30, errors }),
      2,
    );
    expect(text).toContain('rejected lines (the first 2):\n  line 1: bad 1\n  line 2: bad 2\n');
    expect(text).toContain('  ... and 28 more rejected lines\n');
  });

  it('says why a failed import stopped', () => {
    const text = formatImportSummary(
      'works.jsonl',
      job({
        status: 'FAILED',
        total: 900,
        imported: 500,
        unchanged: 0,
        rejected: 0,
        errors: [],
        failure: 'interrupted',
      }),
    );
    expect(text).toContain(
      'import 0190a1b2-0000-7000-8000-000000000001 failed: 500 lines read of 900\n',
    );
    expect(text).toContain('the import stopped: interrupted\n');
  });

  it('summarises a statement import', () => {
    expect(
      formatStatementSummary('may.xml', {
        statementId: 'S-1',
        format: 'camt.053',
        version: '001.04',
        entries: 12,
        duplicates: 2,
        payments: 10,
        matched: 6,
        partiallyPaid: 1,
        reversed: 1,
        suggested: 1,
        exceptions: 3,
        balanceCheck: { status: 'BALANCED', statements: [] },
      }),
    ).toBe(
      'may.xml: statement import S-1 (camt.053 001.04)\n' +
        '  entries     12\n' +
        '  duplicates  2 (imported before, not booked again)\n' +
        '  matched     6 (1 partially paid)\n' +
        '  reversed    1 (payments the bank took back)\n' +
        '  suggested   1 (to confirm)\n' +
        '  exceptions  3 (for finance)\n' +
        '  balance     balanced\n',
    );
  });

  it('summarises an FX rates import', () => {
    expect(
      formatFxSummary('rates.csv', {
        days: 2,
        currencies: ['GBP', 'JPY', 'USD'],
        rates: 6,
        published: 2,
        from: '2026-04-13',
        to: '2026-04-14',
      }),
    ).toBe(
      'rates.csv: ECB reference rates imported\n' +
        '  days        2 (2026-04-13 to 2026-04-14)\n' +
        '  currencies  3 (GBP, JPY, USD)\n' +
        '  rates       6\n' +
        '  published   2 days new or changed\n',
    );
  });

  it('lists dead letters in a table, errors cut short unless wide', () => {
    const letter = {
      service: 'catalog',
      id: '0190a1b2-0000-7000-8000-0000000000aa',
      consumer: 'catalog',
      status: 'PENDING' as const,
      topic: 'artbridge.catalog.commands',
      partition: 2,
      offset: '41',
      key: 'k',
      messageType: 'catalog.artworks.reserve',
      messageId: 'm',
      reason: 'handler-failed',
      error: 'x'.repeat(100),
      attempts: 5,
      deadLetteredAt: '2026-11-24T09:15:02.123Z',
      redrivenAt: null,
      envelope: null,
    };
    const [header, row] = formatDeadLetters([letter]).split('\n');
    expect(header.split(/\s{2,}/)).toEqual([
      'SERVICE',
      'ID',
      'STATUS',
      'DEAD-LETTERED (UTC)',
      'REASON',
      'TYPE',
      'FROM',
      'TRIES',
      'ERROR',
    ]);
    expect(row.split(/\s{2,}/)).toEqual([
      'catalog',
      letter.id,
      'pending',
      '2026-11-24 09:15:02',
      'handler-failed',
      'catalog.artworks.reserve',
      'artbridge.catalog.commands[2]@41',
      '5',
      `${'x'.repeat(59)}…`,
    ]);
    expect(formatDeadLetters([letter], { wide: true })).toContain('x'.repeat(100));
  });
});
