import { parseMoney } from '@artbridge/money';
import { itemsSummary, itemsSummaryOf, openInfoRequestView } from './declaration.view';

const item = (position: number, title: string, amount: string, currency: string) => ({
  position,
  title,
  artistName: `artist of ${title}`,
  value: parseMoney(amount, currency),
});

describe('a queue row’s items', () => {
  it('counts them, names the first, and totals their declared value', () => {
    expect(
      itemsSummaryOf([
        item(1, 'Second', '0.50', 'EUR'),
        item(0, 'First', '25000.00', 'EUR'),
        item(2, 'Third', '1000000.01', 'EUR'),
      ]),
    ).toEqual({
      itemCount: 3,
      firstItem: { title: 'First', artistName: 'artist of First' },
      totalDeclaredValue: { amount: '1025000.51', currency: 'EUR' },
      declaredValues: [{ amount: '1025000.51', currency: 'EUR' }],
    });
  });

  it('gives no single total for mixed currencies, but the sum in each', () => {
    const summary = itemsSummaryOf([
      item(0, 'Shrimps', '3000000.00', 'CNY'),
      item(1, 'Harbour', '25000.00', 'EUR'),
      item(2, 'Woodblock', '150000', 'JPY'),
      item(3, 'Harbour II', '5000.00', 'EUR'),
    ]);
    expect(summary.totalDeclaredValue).toBeNull();
    expect(summary.declaredValues).toEqual([
      { amount: '3000000.00', currency: 'CNY' },
      { amount: '30000.00', currency: 'EUR' },
      { amount: '150000', currency: 'JPY' },
    ]);
    expect(summary.itemCount).toBe(4);
  });

  it('adds sums beyond what a float holds exactly', () => {
    const summary = itemsSummary(
      [{ currency: 'USD', count: 2, totalMinor: 9_007_199_254_740_993n }],
      { title: 'A', artistName: 'B' },
    );
    expect(summary.totalDeclaredValue).toEqual({
      amount: '90071992547409.93',
      currency: 'USD',
    });
  });

  it('is empty without items', () => {
    expect(itemsSummaryOf([])).toEqual({
      itemCount: 0,
      firstItem: null,
      totalDeclaredValue: null,
      declaredValues: [],
    });
  });
});

describe('the open information request', () => {
  const asked = {
    actor: 'officer1',
    at: new Date('2026-12-06T09:30:00Z'),
    reason: 'send the valuation report',
  };

  it('is the officer’s question and when, while the exporter is to answer', () => {
    expect(openInfoRequestView({ status: 'INFO_REQUESTED' }, asked)).toEqual({
      question: 'send the valuation report',
      askedBy: 'officer1',
      askedAt: '2026-12-06T09:30:00.000Z',
    });
  });

  it('is none once answered or decided', () => {
    expect(openInfoRequestView({ status: 'PENDING_REVIEW' }, asked)).toBeNull();
    expect(openInfoRequestView({ status: 'CLEARED' }, asked)).toBeNull();
    expect(openInfoRequestView({ status: 'INFO_REQUESTED' }, null)).toBeNull();
  });
});
