import { MAX_AMOUNT_MINOR } from '@artbridge/money';
import { fixtureFx, fixtureFxAtOrBefore, noFx } from '../../testing/fx-fixture';
import { decimal } from './exact-decimal';
import { createFxConverter, type FxRateLookup } from './fx';

const policy = { maxLookBackDays: 7 };
const eur = (minor: bigint) => ({ minor, currency: 'EUR' });
const usd = (minor: bigint) => ({ minor, currency: 'USD' });

describe('FX conversion at ECB reference rates', () => {
  it('does not convert a currency into itself', () => {
    const fx = createFxConverter(noFx, '2026-04-13', policy);
    expect(fx.convert(usd(100n), 'USD')).toEqual({ value: { numerator: 100n, denominator: 100n } });
  });

  it('converts exactly: USD 175,260.00 at 1.1684 is EUR 150,000 exactly', () => {
    const fx = createFxConverter(fixtureFx, '2026-04-13', policy);
    const result = fx.convert(usd(17_526_000n), 'EUR');
    if (result.missing) throw new Error(result.reason);
    expect(result.value.numerator * 1n).toBe(result.value.denominator * 150_000n);
    expect(result.conversion?.rates).toEqual([
      { currency: 'USD', rate: '1.1684', date: '2026-04-13' },
    ]);
  });

  it('crosses two currencies through EUR', () => {
    const fx = createFxConverter(fixtureFx, '2026-04-13', policy);
    const result = fx.convert({ minor: 87_058n, currency: 'GBP' }, 'CNY');
    if (result.missing) throw new Error(result.reason);
    // GBP 870.58 = EUR 1,000 = CNY 7,982.70
    expect(result.value.numerator).toBe((result.value.denominator * 7_98270n) / 100n);
    expect(result.conversion?.rates.map((rate) => rate.currency)).toEqual(['GBP', 'CNY']);
  });

  it.each([
    ['the declaration day', '2026-04-13', '2026-04-13'],
    ['the previous business day over a weekend (exact-day store)', '2026-04-12', '2026-04-10'],
    ['the previous business day two days back', '2026-04-11', '2026-04-10'],
  ])('takes the rate of %s', (_what, date, rateDate) => {
    for (const lookup of [fixtureFx, fixtureFxAtOrBefore]) {
      const rate = createFxConverter(lookup, date, policy).rateOf('USD');
      expect('missing' in rate ? rate.reason : rate.published.date).toBe(rateDate);
    }
  });

  it('says there is no rate rather than guessing', () => {
    const none = createFxConverter(fixtureFx, '2026-03-31', policy).rateOf('USD');
    expect(none).toEqual({
      missing: true,
      currency: 'USD',
      reason: 'no ECB reference rate for USD on 2026-03-31 or in the 7 days before',
    });
    expect(createFxConverter(fixtureFx, '2026-04-13', policy).rateOf('XYZ')).toHaveProperty(
      'missing',
      true,
    );
  });

  it('accepts a rate up to the look-back window back, refuses an older one and one dated after the declaration', () => {
    expect(
      createFxConverter(fixtureFxAtOrBefore, '2026-04-08', { maxLookBackDays: 7 }).rateOf('USD'),
    ).toHaveProperty('published.date', '2026-04-01');
    expect(
      createFxConverter(fixtureFxAtOrBefore, '2026-04-08', { maxLookBackDays: 7 }).rateOf('DKK'),
    ).toHaveProperty('missing', true);
    expect(
      createFxConverter(fixtureFxAtOrBefore, '2026-04-08', { maxLookBackDays: 3 }).rateOf('USD'),
    ).toHaveProperty('missing', true);
    const future: FxRateLookup = () => ({ rate: '1.2', date: '2026-05-01' });
    expect(createFxConverter(future, '2026-04-13', policy).rateOf('USD')).toHaveProperty(
      'missing',
      true,
    );
  });

  it('treats a published "N/A" or zero as no rate', () => {
    const na: FxRateLookup = (_currency, date) => ({ rate: 'N/A', date });
    expect(createFxConverter(na, '2026-04-13', policy).convert(usd(1n), 'EUR')).toHaveProperty(
      'missing',
      true,
    );
    const zero: FxRateLookup = (_currency, date) => ({ rate: '0', date });
    expect(createFxConverter(zero, '2026-04-13', policy).rateOf('USD')).toHaveProperty(
      'missing',
      true,
    );
  });

  it('treats a conversion beyond the most an amount may be as no rate (it failed the insert)', () => {
    // USD at 1e-300 per EUR: USD 1,000.00 would be EUR 10^303
    const tiny: FxRateLookup = (_currency, date) => ({ rate: `0.${'0'.repeat(299)}1`, date });
    const huge = createFxConverter(tiny, '2026-04-13', policy).convert(usd(100_000n), 'EUR');
    expect(huge).toMatchObject({ missing: true, currency: 'USD' });
    expect(huge.missing && huge.reason).toMatch(
      /^USD 1000\.00 at the ECB reference rate USD 0\.0+1 per EUR of 2026-04-13 comes to more than EUR 92233720368547758\.07 \(the most an amount may be\), which no real rate gives$/,
    );
    // a real rate, a value at the bound: one cent of EUR is more than one of USD
    const atBound = createFxConverter(fixtureFx, '2026-04-13', policy);
    expect(atBound.convert(eur(MAX_AMOUNT_MINOR), 'USD')).toMatchObject({ missing: true });
    expect(atBound.convert(usd(MAX_AMOUNT_MINOR), 'EUR')).not.toHaveProperty('missing');
  });

  it('treats a conversion of something to nothing as no rate (a work cleared at 0.00)', () => {
    // a 400-digit rate: USD 1,000.00 would be EUR 10^-397, 0.00 once rounded
    const vast: FxRateLookup = (_currency, date) => ({ rate: `1${'0'.repeat(399)}`, date });
    const fx = createFxConverter(vast, '2026-04-13', policy);
    const nothing = fx.convert(usd(100_000n), 'EUR');
    expect(nothing).toMatchObject({ missing: true, currency: 'USD' });
    expect(nothing.missing && nothing.reason).toContain(
      'comes to EUR 0.00 (less than half its minor unit), which no real rate gives',
    );
    // nothing is still nothing; at a real rate the smallest amount comes to something
    expect(fx.convert(usd(0n), 'EUR')).toMatchObject({ value: { numerator: 0n } });
    const real = createFxConverter(fixtureFx, '2026-04-13', policy);
    // JPY 1 at 186.75 is EUR 0.0054, rounded half up to 0.01
    expect(real.convert({ minor: 1n, currency: 'JPY' }, 'EUR')).not.toHaveProperty('missing');
  });

  it('looks a currency up once per assessment', () => {
    const lookup = jest.fn(fixtureFx);
    const fx = createFxConverter(lookup, '2026-04-12', policy);
    fx.convert(usd(1n), 'EUR');
    fx.convert(usd(2n), 'EUR');
    fx.convert(eur(2n), 'USD');
    expect(lookup.mock.calls.map(([currency]) => currency)).toEqual(['USD', 'USD', 'USD']); // 12th, 11th, 10th once
    expect(decimal('1')).toBeDefined();
  });
});
