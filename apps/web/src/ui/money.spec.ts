import { formatMoney } from './money';

describe('formatMoney', () => {
  it('groups the whole part and keeps every decimal the amount has', () => {
    expect(formatMoney({ amount: '48000.00', currency: 'EUR' })).toBe('€48,000.00');
    expect(formatMoney({ amount: '1234567', currency: 'JPY' })).toBe('¥1,234,567');
    expect(formatMoney({ amount: '-5.10', currency: 'GBP' })).toBe('-£5.10');
  });

  it('never rounds through a float', () => {
    expect(formatMoney({ amount: '90071992547409.93', currency: 'USD' })).toBe(
      '$90,071,992,547,409.93',
    );
  });

  it('shows a dash for no money and the raw text for an unknown currency', () => {
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney({ amount: '1.00', currency: 'XX' })).toBe('1.00 XX');
  });
});
