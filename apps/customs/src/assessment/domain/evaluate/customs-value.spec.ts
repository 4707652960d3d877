import { parseMoney, type Money } from '@artbridge/money';
import type { ComputedDutyLine, DutyLine } from '../model';
import { anArtwork, aRequest, eur } from '../../testing/artwork-builder';
import { assessWithFixtures } from '../../testing/assessment-queries';
import { customsValuesOf } from './customs-value';

const jpy = (amount: string): Money => parseMoney(amount, 'JPY');
const usd = (amount: string): Money => parseMoney(amount, 'USD');

function computed(line: DutyLine | undefined): ComputedDutyLine {
  if (line?.status !== 'COMPUTED') throw new Error(`line not computed: ${JSON.stringify(line)}`);
  return line;
}

describe('customs value: a sale at its price (transaction value), else the appraised value', () => {
  it('splits the price over the items in proportion to their values, exactly', () => {
    const values = customsValuesOf({
      purpose: 'SALE',
      price: eur('100.00'),
      items: [anArtwork({ value: eur('1.00') }), anArtwork({ value: eur('2.00') })],
    });
    // 33.333… and 66.666…: the cent left over goes to the larger remainder
    expect(values).toEqual({ basis: 'PRICE', values: [eur('33.33'), eur('66.67')] });
  });

  it('gives a single item the whole price, whatever the currency of its value', () => {
    expect(
      customsValuesOf({
        purpose: 'SALE',
        price: jpy('777777'),
        items: [anArtwork({ value: eur('5000.00') })],
      }),
    ).toEqual({ basis: 'PRICE', values: [jpy('777777')] });
  });

  it('shares the price equally between works all valued at zero', () => {
    expect(
      customsValuesOf({
        purpose: 'SALE',
        price: eur('0.03'),
        items: [anArtwork({ value: eur('0.00') }), anArtwork({ value: eur('0.00') })],
      }).values,
    ).toEqual([eur('0.02'), eur('0.01')]);
  });

  it('keeps the appraised values, and says so, when the items are valued in several currencies', () => {
    const values = customsValuesOf({
      purpose: 'SALE',
      price: eur('9000.00'),
      items: [anArtwork({ value: eur('5000.00') }), anArtwork({ value: usd('5000.00') })],
    });
    expect(values.basis).toBe('APPRAISED');
    expect(values.values).toEqual([eur('5000.00'), usd('5000.00')]);
    expect(values.finding).toMatchObject({
      ruleId: 'CUSTOMS-VALUE-SPLIT',
      effect: 'INFO',
      message: expect.stringContaining('EUR, USD'),
    });
  });

  it.each([
    ['a loan', { purpose: 'TEMPORARY_EXHIBITION' as const, price: eur('9000.00') }],
    ['a return', { purpose: 'RETURN' as const, price: eur('9000.00') }],
    ['a sale without its price', { purpose: 'SALE' as const }],
  ])('keeps the appraised values for %s', (_, request) => {
    expect(customsValuesOf({ ...request, items: [anArtwork({ value: eur('5000.00') })] })).toEqual({
      basis: 'APPRAISED',
      values: [eur('5000.00')],
    });
  });
});

describe('duty and VAT of a sale on its price', () => {
  it('taxes a work valued EUR 5000.00 sold for JPY 777777 into FR on the price: VAT 5.5 % of EUR 4164.80', () => {
    const { duties } = assessWithFixtures(
      aRequest({
        importCountry: 'FR',
        price: jpy('777777'),
        items: [anArtwork({ value: eur('5000.00') })],
      }),
    );
    const line = computed(duties!.lines[0]);
    // JPY 186.75 per EUR on 2026-04-13: 777777 / 186.75 = 4164.8032… → EUR 4164.80
    expect(line.customsValue).toEqual(eur('4164.80'));
    expect(line.valueBasis).toBe('PRICE');
    expect(line.conversion?.from).toEqual(jpy('777777'));
    expect(line.vat).toEqual(eur('229.06')); // 5.5 % of 4164.80 = 229.064
    expect(duties!.vat).toEqual(eur('229.06'));
  });

  it('splits the price over two works in proportion to their values', () => {
    const { duties } = assessWithFixtures(
      aRequest({
        importCountry: 'FR',
        price: eur('6000.00'),
        items: [anArtwork({ value: eur('1000.00') }), anArtwork({ value: eur('2000.00') })],
      }),
    );
    expect(duties!.lines.map((line) => computed(line).customsValue)).toEqual([
      eur('2000.00'),
      eur('4000.00'),
    ]);
    expect(duties!.customsValue).toEqual(eur('6000.00'));
    expect(duties!.vat).toEqual(eur('330.00'));
  });

  it('keeps the appraised values of items in several currencies, with an INFO on each', () => {
    const { duties, items, outcome } = assessWithFixtures(
      aRequest({
        exportCountry: 'US',
        importCountry: 'FR',
        price: eur('1.00'),
        items: [
          anArtwork({ originCountry: 'US', value: eur('1000.00') }),
          anArtwork({ originCountry: 'US', value: usd('1168.40') }),
        ],
      }),
    );
    expect(duties!.lines.map((line) => computed(line).customsValue)).toEqual([
      eur('1000.00'),
      eur('1000.00'),
    ]);
    expect(duties!.lines.map((line) => computed(line).valueBasis)).toEqual([
      'APPRAISED',
      'APPRAISED',
    ]);
    for (const item of items)
      expect(item.findings.map((finding) => finding.ruleId)).toContain('CUSTOMS-VALUE-SPLIT');
    expect(outcome).toBe('CLEAR');
  });

  it('leaves a loan on the appraised value, a price notwithstanding', () => {
    const { duties } = assessWithFixtures(
      aRequest({
        purpose: 'TEMPORARY_EXHIBITION',
        importCountry: 'FR',
        price: jpy('777777'),
        items: [anArtwork({ value: eur('5000.00') })],
      }),
    );
    const line = computed(duties!.lines[0]);
    expect(line.customsValue).toEqual(eur('5000.00'));
    expect(line.valueBasis).toBe('APPRAISED');
  });

  it('refuses a negative price or an unknown currency', () => {
    expect(() => assessWithFixtures(aRequest({ price: { minor: -1n, currency: 'XXQ' } }))).toThrow(
      /price\.currency 'XXQ'.*price\.amount must be a non-negative amount/,
    );
  });
});
