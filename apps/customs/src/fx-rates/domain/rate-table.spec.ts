import { assess, CUSTOMS_RULE_BOOK } from '../../assessment/domain';
import { anArtwork, aRequest } from '../../assessment/testing/artwork-builder';
import { parseMoney } from '@artbridge/money';
import { latestPerCurrency, rateTable } from './rate-table';

describe('rateTable', () => {
  const table = rateTable([
    { date: '2026-04-10', currency: 'CNY', rate: '7.9967' },
    { date: '2026-04-13', currency: 'CNY', rate: '7.9827' },
    { date: '2026-04-13', currency: 'USD', rate: '1.1684' },
  ]);

  it('answers the exact day only, with the date of the rate', () => {
    expect(table('CNY', '2026-04-13')).toEqual({ rate: '7.9827', date: '2026-04-13' });
    expect(table('CNY', '2026-04-12')).toBeUndefined();
    expect(table('GBP', '2026-04-13')).toBeUndefined();
  });

  it('lets the engine walk back to the previous business day', () => {
    // a Sunday declaration takes Friday's rate: CNY 1,200,000 / 7.9967 = EUR 150,061.89
    const assessment = assess(
      aRequest({
        exportCountry: 'FR',
        importCountry: 'CH',
        date: '2026-04-12',
        items: [anArtwork({ creationYear: 1950, value: parseMoney('1200000.00', 'CNY') })],
      }),
      { rules: CUSTOMS_RULE_BOOK, fx: table },
    );
    const licence = assessment.items[0].findings.find((f) => f.ruleId === 'EU-EXP-PAINTING');
    expect(licence?.effect).toBe('LICENCE_REQUIRED');
    expect(licence?.message).toContain('CNY 7.9967 per EUR of 2026-04-10');
  });
});

describe('latestPerCurrency', () => {
  it('keeps one rate per currency, the last one listed', () => {
    expect(
      latestPerCurrency([
        { currency: 'USD', rate: '1.1' },
        { currency: 'CNY', rate: '7.9' },
        { currency: 'USD', rate: '1.2' },
      ]),
    ).toEqual([
      { currency: 'USD', rate: '1.2' },
      { currency: 'CNY', rate: '7.9' },
    ]);
  });
});
