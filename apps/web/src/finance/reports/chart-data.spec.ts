import type { MatchRateReport, OpenInvoicesByAgeReport } from '../finance.types';
import {
  ageRows,
  escrowCurrencies,
  escrowSeries,
  lastDays,
  matchRateRows,
  pickCurrency,
  plotValue,
} from './chart-data';

describe('escrow held over time', () => {
  const report = {
    currencies: [
      { currency: 'EUR', held: '120.00' },
      { currency: 'JPY', held: '5000' },
    ],
    series: {
      from: '2026-05-02',
      to: '2026-05-04',
      currencies: [
        {
          currency: 'CHF',
          days: [
            { date: '2026-05-02', held: '0.00' },
            { date: '2026-05-03', held: '7.05' },
            { date: '2026-05-04', held: '0.00' },
          ],
        },
        {
          currency: 'EUR',
          days: [
            { date: '2026-05-02', held: '100.00' },
            { date: '2026-05-03', held: '90071992547409.93' },
            { date: '2026-05-04', held: '120.00' },
          ],
        },
      ],
    },
  };

  it('is one point a day in the chosen currency, keeping the exact amount for people', () => {
    expect(escrowSeries(report, 'EUR', '2026-05-04')).toEqual([
      { date: '2026-05-02', amount: '100.00', value: 100 },
      { date: '2026-05-03', amount: '90071992547409.93', value: expect.any(Number) },
      { date: '2026-05-04', amount: '120.00', value: 120 },
    ]);
    expect(escrowSeries(report, 'GBP', '2026-05-04')).toEqual([]);
  });

  it('is today’s balance alone when the service answered no series', () => {
    expect(escrowSeries({ currencies: report.currencies }, 'JPY', '2026-05-04')).toEqual([
      { date: '2026-05-04', amount: '5000', value: 5000 },
    ]);
    expect(escrowSeries(undefined, 'EUR', '2026-05-04')).toEqual([]);
  });

  it('knows every currency held now or moved in the range, sorted', () => {
    expect(escrowCurrencies(report)).toEqual(['CHF', 'EUR', 'JPY']);
    expect(escrowCurrencies(undefined)).toEqual([]);
    expect(pickCurrency(['CHF', 'EUR'], 'EUR')).toBe('EUR');
    expect(pickCurrency(['CHF', 'EUR'], 'GBP')).toBe('CHF');
    expect(pickCurrency([], undefined)).toBe('');
  });

  it('asks for the last 30 days, both ends included, across a month end', () => {
    expect(lastDays('2026-03-01', 30)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(lastDays('2026-05-04', 1)).toEqual({ from: '2026-05-04', to: '2026-05-04' });
  });
});

describe('match rate by rule', () => {
  const none = { MATCHED: 0, PARTIALLY_PAID: 0, SUGGESTED: 0, EXCEPTION: 0, DISMISSED: 0 };
  const report: MatchRateReport = {
    rules: [
      { rule: 'REC-EXACT', total: 6, statuses: { ...none, MATCHED: 6 } },
      { rule: 'REC-FEE', total: 0, statuses: none },
      { rule: 'REC-PARTIAL', total: 2, statuses: { ...none, PARTIALLY_PAID: 1, EXCEPTION: 1 } },
      { rule: 'REC-FUZZY', total: 3, statuses: { ...none, SUGGESTED: 3 } },
    ],
    automatic: { decisions: 11, matched: 7, share: 0.6364 },
    manual: [],
  };

  it('is a row per rule in cascade order with its statuses and its rate', () => {
    expect(matchRateRows(report)).toEqual([
      {
        rule: 'REC-EXACT',
        MATCHED: 6,
        PARTIALLY_PAID: 0,
        SUGGESTED: 0,
        EXCEPTION: 0,
        total: 6,
        rate: 1,
      },
      {
        rule: 'REC-FEE',
        MATCHED: 0,
        PARTIALLY_PAID: 0,
        SUGGESTED: 0,
        EXCEPTION: 0,
        total: 0,
        rate: null,
      },
      {
        rule: 'REC-PARTIAL',
        MATCHED: 0,
        PARTIALLY_PAID: 1,
        SUGGESTED: 0,
        EXCEPTION: 1,
        total: 2,
        rate: 0.5,
      },
      {
        rule: 'REC-FUZZY',
        MATCHED: 0,
        PARTIALLY_PAID: 0,
        SUGGESTED: 3,
        EXCEPTION: 0,
        total: 3,
        rate: 0,
      },
    ]);
    expect(matchRateRows(undefined)).toEqual([]);
  });
});

describe('open invoices by age', () => {
  const report: OpenInvoicesByAgeReport = {
    asOf: '2026-05-15',
    basis: 'due',
    buckets: ['0-30', '31-60', '61-90', '>90'],
    currencies: [
      {
        currency: 'EUR',
        count: 6,
        open: '9000000000000100.52',
        buckets: [
          { bucket: '0-30', count: 3, open: '100.51' },
          { bucket: '>90', count: 3, open: '9000000000000000.01' },
        ],
      },
      {
        currency: 'JPY',
        count: 1,
        open: '150000',
        buckets: [{ bucket: '31-60', count: 1, open: '150000' }],
      },
    ],
  };

  it('has every bucket in age order, empty ones at zero in the currency’s decimals', () => {
    expect(ageRows(report, 'EUR')).toEqual([
      { bucket: '0-30', count: 3, amount: '100.51', value: 100.51 },
      { bucket: '31-60', count: 0, amount: '0.00', value: 0 },
      { bucket: '61-90', count: 0, amount: '0.00', value: 0 },
      { bucket: '>90', count: 3, amount: '9000000000000000.01', value: 9000000000000000 },
    ]);
    expect(ageRows(report, 'JPY').map((row) => row.amount)).toEqual(['0', '150000', '0', '0']);
    expect(ageRows(report, 'GBP')).toEqual([]);
  });

  it('plots what cannot be read as zero', () => {
    expect(plotValue('12.50')).toBe(12.5);
    expect(plotValue('n/a')).toBe(0);
  });
});
