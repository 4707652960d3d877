import fc from 'fast-check';
import { MAX_AMOUNT_MINOR, parseMoney, type Money } from '@artbridge/money';
import type { FxRateLookup } from '../support/fx';
import type { ArtworkAttributes, AssessmentRequest, ComputedDutyLine, DutyLine } from '../model';
import { anArtwork, aRequest } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';
import { fixtureFx, noFx } from '../../testing/fx-fixture';

const cny = (amount: string): Money => parseMoney(amount, 'CNY');

function importInto(
  importCountry: string,
  items: Partial<ArtworkAttributes>[],
  request: Partial<AssessmentRequest> = {},
) {
  return assessWithFixtures(
    aRequest({
      exportCountry: 'US',
      importCountry,
      items: items.map((item) => anArtwork({ originCountry: 'US', ...item })),
      ...request,
    }),
  );
}

function computed(line: DutyLine | undefined): ComputedDutyLine {
  if (line?.status !== 'COMPUTED') throw new Error(`line not computed: ${JSON.stringify(line)}`);
  return line;
}

const minor = (value: Money) => value.minor;

describe('China import duty and VAT (RULES.md section 3)', () => {
  it('CN-DUTY-ART and CN-VAT: 1 % duty, 13 % VAT on value plus duty, in CNY', () => {
    const { duties } = importInto('CN', [{ value: cny('100000.00') }]);
    expect(duties).toMatchObject({ currency: 'CNY', complete: true });
    expect([duties!.customsValue, duties!.duty, duties!.vat, duties!.total].map(minor)).toEqual([
      10_000_000n,
      100_000n,
      1_313_000n,
      1_413_000n,
    ]);
    expect(computed(duties!.lines[0])).toMatchObject({
      dutyRate: { ruleId: 'CN-DUTY-ART', percent: '1' },
      vatRate: { ruleId: 'CN-VAT', percent: '13' },
    });
  });

  it.each([
    // value, duty, VAT: rounding half up per line to the fen
    ['123.45', 123n, 1621n], // duty 1.2345 → 1.23; VAT 13 % of 124.68 = 16.2084 → 16.21
    ['50.00', 50n, 657n], // duty 0.50; VAT 13 % of 50.50 = 6.565 → 6.57 (half up)
    ['0.49', 0n, 6n], // duty 0.0049 → 0.00; VAT 0.0637 → 0.06
    ['0.00', 0n, 0n],
  ])('CNY %s pays duty %p fen and VAT %p fen', (value, duty, vat) => {
    const line = computed(importInto('CN', [{ value: cny(value) }]).duties!.lines[0]);
    expect([line.duty.minor, line.vat.minor]).toEqual([duty, vat]);
    expect(line.total.minor).toBe(duty + vat);
  });

  it('converts the customs value to CNY at the ECB cross rate of the declaration date', () => {
    // GBP 870.58 at 0.87058 per EUR is EUR 1,000.00, at 7.9827 CNY per EUR is CNY 7,982.70
    const { duties } = importInto('CN', [{ value: parseMoney('870.58', 'GBP') }]);
    const line = computed(duties!.lines[0]);
    expect(line.customsValue).toEqual(cny('7982.70'));
    expect(line.conversion?.rates).toEqual([
      { currency: 'GBP', rate: '0.87058', date: '2026-04-13' },
      { currency: 'CNY', rate: '7.9827', date: '2026-04-13' },
    ]);
  });

  it('applies 1 % to prints and sculpture too, but the MFN rate to a thangka (to be confirmed)', () => {
    const assessment = importInto('CN', [
      { category: 'PRINT', value: cny('1000.00') },
      { category: 'SCULPTURE', value: cny('1000.00') },
      { technique: 'THANGKA', title: 'Green Tara', value: cny('1000.00') },
    ]);
    const rates = assessment.duties!.lines.map((line) => computed(line).dutyRate);
    expect(rates.map((rate) => `${rate.ruleId} ${rate.percent}`)).toEqual([
      'CN-DUTY-ART 1',
      'CN-DUTY-ART 1',
      'CN-DUTY-ART-MFN 6',
    ]);
    expect(findingsOf(assessment, 'CN-DUTY-ART-MFN', 2)[0].message).toContain(
      'to be confirmed: MFN rate 6 %',
    );
    expect(effectOf(assessment, 'CN-DUTY-ART-MFN', 0)).toBe('NONE');
  });

  it('CN-TEMP-ADMISSION: no duty or VAT while the clock runs, the suspended amounts shown', () => {
    const assessment = importInto('CN', [{ value: cny('100000.00') }], {
      purpose: 'TEMPORARY_EXHIBITION',
    });
    const line = computed(assessment.duties!.lines[0]);
    expect([line.duty, line.vat, assessment.duties!.total].map(minor)).toEqual([0n, 0n, 0n]);
    expect(line.relief).toMatchObject({
      kind: 'TEMPORARY_ADMISSION',
      ruleId: 'CN-TEMP-ADMISSION',
      suspendedDuty: cny('1000.00'),
      suspendedVat: cny('13130.00'),
    });
    const [finding] = findingsOf(assessment, 'CN-TEMP-ADMISSION');
    expect(finding.effect).toBe('INFO');
    expect(finding.message).toContain('re-export within 6 months, at most 3 extensions');
    expect(effectOf(importInto('CN', [{}]), 'CN-TEMP-ADMISSION')).toBe('NONE');
  });

  it('CN-FTZ-BONDED: duty deferred for goods entering the bonded art warehouse', () => {
    const assessment = importInto('CN', [{ value: cny('100000.00') }], { ftzBonded: true });
    expect(computed(assessment.duties!.lines[0]).relief?.kind).toBe('FTZ_BONDED');
    expect(effectOf(assessment, 'CN-FTZ-BONDED')).toBe('INFO');
    expect(assessment.duties!.total.minor).toBe(0n);
  });

  it('does not guess a duty for headings outside the table (antiques into China)', () => {
    const assessment = importInto('CN', [
      { category: 'ANTIQUE', creationYear: 1800, value: cny('1000.00') },
      { value: cny('1000.00') },
    ]);
    expect(assessment.duties!.lines[0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'TARIFF-NOT-IN-TABLE',
      hsCode: '9706.90',
    });
    expect(assessment.duties!.complete).toBe(false);
    expect(assessment.duties!.customsValue).toEqual(cny('1000.00'));
  });

  it('does not clear an assessment whose duties are incomplete: REVIEW, saying why (CN-VAT is due on any import)', () => {
    const antique = importInto('CN', [
      { category: 'ANTIQUE', creationYear: 1800, value: cny('1000.00') },
      { value: cny('1000.00') },
    ]);
    expect(antique.duties!.complete).toBe(false);
    expect(effectOf(antique, 'TARIFF-NOT-IN-TABLE', 0)).toBe('REVIEW');
    expect(findingsOf(antique, 'TARIFF-NOT-IN-TABLE', 0)[0].message).toMatch(
      /^duty and import tax not computed: no duty rate for HS 9706\.90 into CN .*the duties are incomplete, so an officer assesses them/,
    );
    expect(antique.items.map((item) => item.outcome)).toEqual(['REVIEW', 'CLEAR']);
    expect(antique.outcome).toBe('REVIEW');
    // complete duties: cleared as before
    const painting = importInto('CN', [{ value: cny('1000.00') }]);
    expect(painting.duties!.complete).toBe(true);
    expect(painting.outcome).toBe('CLEAR');
  });

  it("leaves a heading the destination's table does not cover to its customs: INFO, not REVIEW (a reproduction into France)", () => {
    const reproduction = importInto('FR', [
      { category: 'PAINTING', handExecuted: false, creationYear: 2024, value: cny('1000.00') },
    ]);
    expect(reproduction.duties!.lines[0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'TARIFF-NOT-IN-TABLE',
      hsCode: '4911.91',
    });
    expect(effectOf(reproduction, 'TARIFF-NOT-IN-TABLE', 0)).toBe('INFO');
    expect(reproduction.outcome).toBe('CLEAR');
  });

  it('says when the customs value cannot be converted', () => {
    const assessment = assessWithFixtures(
      aRequest({
        exportCountry: 'US',
        importCountry: 'CN',
        items: [anArtwork({ value: parseMoney('5.00', 'USD') })],
      }),
      noFx,
    );
    expect(assessment.duties!.lines[0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'FX-RATE',
    });
    expect(findingsOf(assessment, 'FX-RATE')[0].message).toContain('no ECB reference rate for USD');
    expect(effectOf(assessment, 'FX-RATE')).toBe('REVIEW');
    expect(assessment.outcome).toBe('REVIEW');
  });

  it('duty and VAT are exact in minor units: any GBP value, converted and taxed per line', () => {
    // Independent computation: GBP minor m → CNY minor = m × 7.9827 / 0.87058 = m × 798270 / 87058, half up.
    const halfUp = (numerator: bigint, denominator: bigint) =>
      (2n * numerator + denominator) / (2n * denominator);
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { minLength: 1, maxLength: 6 }),
        (values) => {
          const { duties } = importInto(
            'CN',
            values.map((value) => ({ value: { minor: value, currency: 'GBP' } })),
          );
          let totalDuty = 0n;
          let totalVat = 0n;
          values.forEach((value, index) => {
            const customsValue = halfUp(value * 798_270n, 87_058n);
            const duty = halfUp(customsValue, 100n);
            const vat = halfUp((customsValue + duty) * 13n, 100n);
            const line = computed(duties!.lines[index]);
            expect([line.customsValue.minor, line.duty.minor, line.vat.minor]).toEqual([
              customsValue,
              duty,
              vat,
            ]);
            totalDuty += duty;
            totalVat += vat;
          });
          expect([duties!.duty.minor, duties!.vat.minor, duties!.total.minor]).toEqual([
            totalDuty,
            totalVat,
            totalDuty + totalVat,
          ]);
        },
      ),
    );
  });
});

describe('tariff table for other destinations', () => {
  it.each([
    ['FR', 'EUR', '0', '5.5', 'EU-IMPORT-VAT'],
    ['DE', 'EUR', '0', '7', 'EU-IMPORT-VAT'],
    ['DK', 'DKK', '0', '5', 'EU-IMPORT-VAT'],
    ['GB', 'GBP', '0', '5', 'GB-IMPORT-VAT'],
    ['US', 'USD', '0', '0', 'US-IMPORT-TAX'],
    ['JP', 'JPY', '0', '10', 'JP-IMPORT-CT'],
    ['SG', 'SGD', '0', '9', 'SG-IMPORT-GST'],
    ['CH', 'CHF', '0', '8.1', 'CH-IMPORT-VAT'],
  ])(
    '%s: duty and tax in %s, duty %s %%, tax %s %% (%s)',
    (country, currency, dutyPercent, vatPercent, vatRuleId) => {
      const { duties } = assessWithFixtures(
        aRequest({
          exportCountry: 'CN',
          importCountry: country,
          items: [anArtwork({ creationYear: 1990 })],
        }),
      );
      const line = computed(duties!.lines[0]);
      expect(duties!.currency).toBe(currency);
      expect(line.dutyRate.percent).toBe(dutyPercent);
      expect(line.vatRate).toMatchObject({ ruleId: vatRuleId, percent: vatPercent });
    },
  );

  it.each([
    ['DE', 'ANTIQUE', 1800, '9706.90', '19', '1900.00'],
    ['DE', 'PAINTING', 1900, '9701.21', '7', '700.00'],
    ['DE', 'COLLECTORS_PIECE', 1900, '9705.10', '7', '700.00'],
    ['FR', 'ANTIQUE', 1800, '9706.90', '5.5', '550.00'],
  ] as const)(
    '%s: %s of %i (HS %s) pays %s %% import VAT (Germany’s 7 %% is for works of art and collectors’ pieces, not antiques)',
    (country, category, creationYear, hsCode, percent, vat) => {
      const assessment = importInto(country, [
        { category, creationYear, technique: 'OIL', value: parseMoney('10000.00', 'EUR') },
      ]);
      expect(assessment.items[0].hsCode).toBe(hsCode);
      expect(computed(assessment.duties!.lines[0])).toMatchObject({
        vatRate: { ruleId: 'EU-IMPORT-VAT', ruleVersion: 1, percent },
        vat: parseMoney(vat, 'EUR'),
      });
    },
  );

  it('JPY has no minor unit: EUR 10,000 at 186.75 is JPY 1,867,500 and 10 % tax JPY 186,750', () => {
    const line = computed(
      importInto('JP', [{ value: parseMoney('10000.00', 'EUR') }]).duties!.lines[0],
    );
    expect([line.customsValue, line.vat]).toEqual([
      parseMoney('1867500', 'JPY'),
      parseMoney('186750', 'JPY'),
    ]);
  });

  it('takes the rate version in force on the declaration date', () => {
    const sgd = parseMoney('1000.00', 'SGD');
    const in2023 = computed(
      importInto('SG', [{ value: sgd }], { date: '2023-06-01' }).duties!.lines[0],
    );
    const in2024 = computed(
      importInto('SG', [{ value: sgd }], { date: '2024-01-01' }).duties!.lines[0],
    );
    expect([in2023.vatRate, in2024.vatRate]).toEqual([
      { ruleId: 'SG-IMPORT-GST', ruleVersion: 2, percent: '8' },
      { ruleId: 'SG-IMPORT-GST', ruleVersion: 3, percent: '9' },
    ]);
    expect([in2023.vat, in2024.vat]).toEqual([
      parseMoney('80.00', 'SGD'),
      parseMoney('90.00', 'SGD'),
    ]);
  });

  it('marks uncertain rates as to be confirmed, and computes nothing where the table has no rate', () => {
    const italy = importInto('IT', [{ value: parseMoney('1000.00', 'EUR') }]);
    expect(findingsOf(italy, 'EU-IMPORT-VAT')[0].message).toContain(
      'to be confirmed: the rate for IT',
    );
    expect(effectOf(importInto('FR', [{}]), 'EU-IMPORT-VAT')).toBe('NONE');
    const hungary = importInto('HU', [{}]);
    expect(hungary.duties).toMatchObject({ currency: 'HUF', complete: false });
    expect(hungary.duties!.lines[0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'TARIFF-NOT-IN-TABLE',
    });
  });

  it('unknown destination: an INFO finding and no duties, not a guess', () => {
    const assessment = importInto('AU', [{}, {}]);
    expect(assessment.duties).toBeNull();
    expect(effectOf(assessment, 'TARIFF-UNKNOWN-DESTINATION', 1)).toBe('INFO');
    expect(assessment.outcome).toBe('CLEAR');
  });

  it('TEMP-ADMISSION-ATA and RETURNED-GOODS relieve duty and tax, and say what to confirm', () => {
    const loan = importInto('GB', [{ value: parseMoney('1000.00', 'GBP') }], {
      purpose: 'TEMPORARY_EXHIBITION',
    });
    expect(computed(loan.duties!.lines[0]).relief).toMatchObject({
      kind: 'TEMPORARY_ADMISSION',
      ruleId: 'TEMP-ADMISSION-ATA',
      suspendedVat: parseMoney('50.00', 'GBP'),
    });
    const back = importInto('FR', [{ value: parseMoney('1000.00', 'EUR') }], { purpose: 'RETURN' });
    expect(computed(back.duties!.lines[0]).relief?.kind).toBe('RETURNED_GOODS');
    expect(findingsOf(back, 'RETURNED-GOODS')[0].message).toContain('to be confirmed');
    expect(effectOf(importInto('FR', [{}]), 'RETURNED-GOODS')).toBe('NONE');
  });

  it('CH duty-free only from the abolition of industrial tariffs (1 January 2024)', () => {
    expect(
      importInto('CH', [{ value: parseMoney('1000.00', 'CHF') }], { date: '2023-12-31' }).duties!
        .lines[0].status,
    ).toBe('NOT_COMPUTED');
    expect(
      importInto('CH', [{ value: parseMoney('1000.00', 'CHF') }], { date: '2024-01-01' }).duties!
        .lines[0].status,
    ).toBe('COMPUTED');
  });
});

describe('amounts within the most an amount may be (MAX_AMOUNT_MINOR, what is stored)', () => {
  /** The fixture's rates, with one currency's replaced by a figure no real rate has. */
  const withRate =
    (currency: string, rate: string): FxRateLookup =>
    (asked, date) =>
      asked === currency ? { rate, date } : fixtureFx(asked, date);
  const usdAt1e300 = withRate('USD', `0.${'0'.repeat(299)}1`);
  const usdWith400Digits = withRate('USD', `1${'0'.repeat(399)}`);
  const usdWork = (amount: string) =>
    aRequest({
      exportCountry: 'US',
      importCountry: 'FR',
      items: [anArtwork({ originCountry: 'US', value: parseMoney(amount, 'USD') })],
    });

  it.each([
    [
      'beyond the bound (USD at 1e-300 per EUR: EUR 10^303)',
      usdAt1e300,
      'more than EUR 92233720368547758.07',
    ],
    ['to nothing (a 400-digit rate: EUR 0.00)', usdWith400Digits, 'comes to EUR 0.00'],
  ])('a conversion %s is a missing rate: FX-RATE REVIEW, never CLEAR', (_, fx, says) => {
    const assessment = assessWithFixtures(usdWork('1000.00'), fx);
    expect(assessment.outcome).toBe('REVIEW');
    expect(effectOf(assessment, 'FX-RATE')).toBe('REVIEW');
    expect(findingsOf(assessment, 'FX-RATE')[0].message).toContain(says);
    expect(assessment.duties).toMatchObject({
      complete: false,
      customsValue: { minor: 0n, currency: 'EUR' },
      total: { minor: 0n, currency: 'EUR' },
      lines: [{ status: 'NOT_COMPUTED', ruleId: 'FX-RATE' }],
    });
  });

  it('a value threshold the conversion cannot decide is a review too (EU export licence)', () => {
    // a 1950 painting leaving France worth USD 1,000,000: EUR 0.00 at such a rate, below EUR 150,000
    const assessment = assessWithFixtures(
      aRequest({
        exportCountry: 'FR',
        importCountry: 'US',
        items: [
          anArtwork({
            originCountry: 'FR',
            creationYear: 1950,
            technique: 'OIL',
            value: parseMoney('1000000.00', 'USD'),
          }),
        ],
      }),
      usdWith400Digits,
    );
    expect(effectOf(assessment, 'EU-VALUE')).toBe('REVIEW');
    expect(assessment.outcome).toBe('REVIEW');
  });

  it('a line that would take the totals beyond the bound is not computed: AMOUNT-LIMIT REVIEW', () => {
    // two works of CNY 50,000,000,000,000,000.00 each: together beyond CNY 92,233,720,368,547,758.07
    const { duties, items, outcome } = importInto('CN', [
      { value: cny('50000000000000000.00') },
      { value: cny('50000000000000000.00') },
      { value: cny('1000.00') },
    ]);
    expect(duties!.lines.map((line) => line.status)).toEqual([
      'COMPUTED',
      'NOT_COMPUTED',
      'COMPUTED',
    ]);
    expect(duties!.lines[1]).toMatchObject({ ruleId: 'AMOUNT-LIMIT', itemIndex: 1 });
    expect(items[1].findings.map((finding) => [finding.ruleId, finding.effect])).toEqual([
      ['AMOUNT-LIMIT', 'REVIEW'],
      ['HS-9701', 'INFO'],
    ]);
    expect(items[1].findings[0].message).toBe(
      'duty and import tax not computed: with this line the customs value, duty or import VAT would come to more than CNY 92233720368547758.07, the most an amount may be; the duties are incomplete, so an officer assesses them before the goods are cleared',
    );
    expect(items.map((item) => item.outcome)).toEqual(['CLEAR', 'REVIEW', 'CLEAR']);
    expect(outcome).toBe('REVIEW');
    expect(duties!.complete).toBe(false);
    for (const total of [duties!.customsValue, duties!.duty, duties!.vat, duties!.total])
      expect(total.minor).toBeLessThanOrEqual(MAX_AMOUNT_MINOR);
    expect(duties!.customsValue).toEqual(cny('50000000000001000.00'));
  });
});
