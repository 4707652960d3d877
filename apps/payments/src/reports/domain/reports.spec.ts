import {
  ReportRangeError,
  ageBucket,
  escrowHeld,
  escrowHeldSeries,
  matchRate,
  openInvoicesByAge,
} from '.';

describe('open invoices by age', () => {
  it('puts days past the date into 0-30, 31-60, 61-90 and >90, not yet due in the first', () => {
    expect([-5, 0, 30, 31, 60, 61, 90, 91, 400].map(ageBucket)).toEqual([
      '0-30',
      '0-30',
      '0-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '>90',
      '>90',
    ]);
  });

  it('sums counts and open amounts per currency and bucket, exactly, every bucket present', () => {
    const report = openInvoicesByAge(
      [
        { currency: 'EUR', date: '2026-05-10', count: 2, openMinor: 10_050n }, // 5 days
        { currency: 'EUR', date: '2026-04-15', count: 1, openMinor: 1n }, // 30 days
        { currency: 'EUR', date: '2026-01-01', count: 3, openMinor: 900_000_000_000_000_001n },
        { currency: 'JPY', date: '2026-03-16', count: 1, openMinor: 150_000n }, // 60 days
        { currency: 'KWD', date: '2026-06-01', count: 1, openMinor: 1_234n }, // not yet due
      ],
      '2026-05-15',
      'due',
    );
    expect(report.asOf).toBe('2026-05-15');
    expect(report.buckets).toEqual(['0-30', '31-60', '61-90', '>90']);
    expect(report.currencies.map((c) => c.currency)).toEqual(['EUR', 'JPY', 'KWD']);
    const [eur, jpy, kwd] = report.currencies;
    expect(eur).toEqual({
      currency: 'EUR',
      count: 6,
      open: '9000000000000100.52',
      buckets: [
        { bucket: '0-30', count: 3, open: '100.51' },
        { bucket: '31-60', count: 0, open: '0.00' },
        { bucket: '61-90', count: 0, open: '0.00' },
        { bucket: '>90', count: 3, open: '9000000000000000.01' },
      ],
    });
    expect(jpy.buckets[1]).toEqual({ bucket: '31-60', count: 1, open: '150000' });
    expect(kwd.buckets[0]).toEqual({ bucket: '0-30', count: 1, open: '1.234' });
  });

  it('has no currencies when nothing is open', () => {
    expect(openInvoicesByAge([], '2026-05-15', 'issue').currencies).toEqual([]);
  });
});

describe('escrow held', () => {
  it('formats each currency in its own exponent, sorted', () => {
    expect(
      escrowHeld([
        { currency: 'JPY', heldMinor: 5000n },
        { currency: 'EUR', heldMinor: 115_000n },
      ]),
    ).toEqual({
      currencies: [
        { currency: 'EUR', held: '1150.00' },
        { currency: 'JPY', held: '5000' },
      ],
    });
  });

  it('a daily series: opening balance from earlier days, running sum, later days ignored', () => {
    const series = escrowHeldSeries(
      [
        { date: '2026-05-01', currency: 'EUR', netMinor: 100_00n },
        { date: '2026-05-03', currency: 'EUR', netMinor: 50_00n },
        { date: '2026-05-03', currency: 'EUR', netMinor: -30_00n },
        { date: '2026-05-05', currency: 'EUR', netMinor: -120_00n },
        { date: '2026-05-09', currency: 'EUR', netMinor: 999_00n },
        { date: '2026-05-04', currency: 'CHF', netMinor: 7_05n },
      ],
      '2026-05-02',
      '2026-05-05',
    );
    expect(series).toEqual({
      from: '2026-05-02',
      to: '2026-05-05',
      currencies: [
        {
          currency: 'CHF',
          days: [
            { date: '2026-05-02', held: '0.00' },
            { date: '2026-05-03', held: '0.00' },
            { date: '2026-05-04', held: '7.05' },
            { date: '2026-05-05', held: '7.05' },
          ],
        },
        {
          currency: 'EUR',
          days: [
            { date: '2026-05-02', held: '100.00' },
            { date: '2026-05-03', held: '120.00' },
            { date: '2026-05-04', held: '120.00' },
            { date: '2026-05-05', held: '0.00' },
          ],
        },
      ],
    });
  });

  it('refuses a reversed, impossible or too long range', () => {
    expect(() => escrowHeldSeries([], '2026-05-05', '2026-05-01')).toThrow(ReportRangeError);
    expect(() => escrowHeldSeries([], '2026-02-30', '2026-03-01')).toThrow(ReportRangeError);
    expect(() => escrowHeldSeries([], '2025-01-01', '2026-05-01')).toThrow(/at most 366/);
    expect(escrowHeldSeries([], '2026-05-01', '2026-05-01').currencies).toEqual([]);
  });
});

describe('match rate', () => {
  it('counts the cascade by rule and status in cascade order, and the share matched automatically', () => {
    const report = matchRate([
      { action: 'AUTOMATIC', rule: 'REC-EXACT', status: 'MATCHED', count: 6 },
      { action: 'AUTOMATIC', rule: 'REC-PARTIAL', status: 'PARTIALLY_PAID', count: 1 },
      { action: 'AUTOMATIC', rule: 'REC-FUZZY', status: 'SUGGESTED', count: 1 },
      { action: 'AUTOMATIC', rule: 'REC-NONE', status: 'EXCEPTION', count: 2 },
      { action: 'MANUAL_MATCH', rule: 'REC-NONE', status: 'MATCHED', count: 1 },
      { action: 'DISMISSED', rule: 'REC-NONE', status: 'DISMISSED', count: 1 },
    ]);
    expect(report.rules.map((r) => r.rule)).toEqual([
      'REC-EXACT',
      'REC-FEE',
      'REC-PARTIAL',
      'REC-OVER',
      'REC-FUZZY',
      'REC-FX',
      'REC-REVERSAL',
      'REC-PAYOUT',
      'REC-NONE',
    ]);
    expect(report.rules[0]).toEqual({
      rule: 'REC-EXACT',
      total: 6,
      statuses: { MATCHED: 6, PARTIALLY_PAID: 0, SUGGESTED: 0, EXCEPTION: 0, DISMISSED: 0 },
    });
    expect(report.rules[1].total).toBe(0);
    expect(report.automatic).toEqual({ decisions: 10, matched: 7, share: 0.7 });
    expect(report.manual).toEqual([
      { action: 'DISMISSED', rule: 'REC-NONE', count: 1 },
      { action: 'MANUAL_MATCH', rule: 'REC-NONE', count: 1 },
    ]);
  });

  it('has no share before the first decision, and rounds it to four places', () => {
    expect(matchRate([]).automatic).toEqual({ decisions: 0, matched: 0, share: null });
    expect(
      matchRate([
        { action: 'AUTOMATIC', rule: 'REC-EXACT', status: 'MATCHED', count: 1 },
        { action: 'AUTOMATIC', rule: 'REC-NONE', status: 'EXCEPTION', count: 2 },
      ]).automatic.share,
    ).toBe(0.3333);
  });

  it('lists bank reversals under their rule but leaves them out of the share: no money stayed applied', () => {
    const report = matchRate([
      { action: 'AUTOMATIC', rule: 'REC-EXACT', status: 'MATCHED', count: 1 },
      { action: 'AUTOMATIC', rule: 'REC-REVERSAL', status: 'MATCHED', count: 1 },
      { action: 'AUTOMATIC', rule: 'REC-NONE', status: 'EXCEPTION', count: 1 },
    ]);
    expect(report.automatic).toEqual({ decisions: 2, matched: 1, share: 0.5 });
    expect(report.rules.find((r) => r.rule === 'REC-REVERSAL')).toMatchObject({
      total: 1,
      statuses: { MATCHED: 1 },
    });
  });
});
