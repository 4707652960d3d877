import { Money } from '@artbridge/money';
import {
  CargoClauses,
  INCOTERMS_2020,
  IncotermTerms,
  incotermViolations,
  minimumCover,
} from './incoterms';
import { TRANSPORT_MODES, TransportMode } from './rule-violation';

const eur = (minor: bigint): Money => ({ minor, currency: 'EUR' });
const price = eur(15_000_000n); // EUR 150,000.00
const cover = (minor: bigint, clauses: CargoClauses = 'A') => ({
  insuredValue: eur(minor),
  clauses,
});

function terms(overrides: Partial<IncotermTerms>): IncotermTerms {
  return { rule: 'DAP', place: 'Paris', transportMode: 'AIR', price, ...overrides };
}

const ruleIds = (given: IncotermTerms) => incotermViolations(given).map((v) => v.ruleId);

describe('Incoterms 2020 and the mode of transport', () => {
  const anyMode = ['EXW', 'FCA', 'CPT', 'DAP', 'DPU', 'DDP'] as const;
  const seaOnly = ['FAS', 'FOB', 'CFR'] as const;

  it('has the 11 rules', () => {
    expect(INCOTERMS_2020).toHaveLength(11);
  });

  it.each(anyMode.flatMap((rule) => TRANSPORT_MODES.map((mode) => [rule, mode] as const)))(
    '%s is fine by %s',
    (rule, transportMode) => {
      expect(incotermViolations(terms({ rule, transportMode }))).toEqual([]);
    },
  );

  it.each(seaOnly.map((rule) => [rule] as const))('%s is fine by SEA', (rule) => {
    expect(incotermViolations(terms({ rule, transportMode: 'SEA' }))).toEqual([]);
  });

  it.each<[string, TransportMode, string]>([
    ['FAS', 'AIR', 'FCA'],
    ['FOB', 'AIR', 'FCA'],
    ['FOB', 'ROAD', 'FCA'],
    ['CFR', 'RAIL', 'CPT'],
    ['CIF', 'AIR', 'CIP'],
    ['CIF', 'ROAD', 'CIP'],
  ])('%s by %s is refused, suggesting %s', (rule, transportMode, suggestion) => {
    const violations = incotermViolations(
      terms({ rule, transportMode, insurance: cover(16_500_000n, 'C') }),
    );
    expect(violations).toEqual([
      {
        ruleId: 'LOG-INCOTERM-MODE',
        field: 'transportMode',
        reason: `${rule} is for sea and inland waterway transport only, not ${transportMode}; use ${suggestion} instead`,
      },
    ]);
  });

  it('refuses an unknown rule and a rule without a named place', () => {
    expect(incotermViolations(terms({ rule: 'CNF' }))).toEqual([
      expect.objectContaining({ ruleId: 'LOG-INCOTERM-RULE', field: 'incoterm.rule' }),
    ]);
    expect(incotermViolations(terms({ rule: 'fob', transportMode: 'SEA' }))[0]?.ruleId).toBe(
      'LOG-INCOTERM-RULE',
    );
    expect(incotermViolations(terms({ place: '  ' }))).toEqual([
      expect.objectContaining({ ruleId: 'LOG-INCOTERM-PLACE', field: 'incoterm.place' }),
    ]);
  });
});

describe('insurance under CIP and CIF', () => {
  it.each<[string, string, Partial<IncotermTerms>, Array<{ ruleId: string; field: string }>]>([
    ['CIP, 110 % exactly, Clauses A', 'CIP', { insurance: cover(16_500_000n) }, []],
    ['CIP, above 110 %', 'CIP', { insurance: cover(20_000_000n) }, []],
    [
      'CIP, one cent short of 110 %',
      'CIP',
      { insurance: cover(16_499_999n) },
      [{ ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance.insuredValue' }],
    ],
    [
      'CIP with Clauses C',
      'CIP',
      { insurance: cover(16_500_000n, 'C') },
      [{ ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance.clauses' }],
    ],
    [
      'CIP with Clauses B, too little',
      'CIP',
      { insurance: cover(15_000_000n, 'B') },
      [
        { ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance.clauses' },
        { ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance.insuredValue' },
      ],
    ],
    [
      'CIP without insurance',
      'CIP',
      {},
      [{ ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance' }],
    ],
    [
      'CIP without a price',
      'CIP',
      { price: undefined, insurance: cover(16_500_000n) },
      [{ ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'price' }],
    ],
    [
      'CIP insured in another currency',
      'CIP',
      { insurance: { insuredValue: { minor: 20_000_000n, currency: 'USD' }, clauses: 'A' } },
      [{ ruleId: 'LOG-INCOTERM-CIP-COVER', field: 'insurance.insuredValue.currency' }],
    ],
    [
      'CIF, 110 %, Clauses C',
      'CIF',
      { transportMode: 'SEA', insurance: cover(16_500_000n, 'C') },
      [],
    ],
    [
      'CIF, 110 %, Clauses A',
      'CIF',
      { transportMode: 'SEA', insurance: cover(16_500_000n, 'A') },
      [],
    ],
    [
      'CIF, 100 %',
      'CIF',
      { transportMode: 'SEA', insurance: cover(15_000_000n, 'C') },
      [{ ruleId: 'LOG-INCOTERM-CIF-COVER', field: 'insurance.insuredValue' }],
    ],
    [
      'CIF without insurance',
      'CIF',
      { transportMode: 'SEA' },
      [{ ruleId: 'LOG-INCOTERM-CIF-COVER', field: 'insurance' }],
    ],
    [
      'CIF by air, under-insured: both problems',
      'CIF',
      { transportMode: 'AIR', insurance: cover(1n, 'C') },
      [
        { ruleId: 'LOG-INCOTERM-MODE', field: 'transportMode' },
        { ruleId: 'LOG-INCOTERM-CIF-COVER', field: 'insurance.insuredValue' },
      ],
    ],
    ['DAP needs no insurance', 'DAP', {}, []],
  ])('%s', (_, rule, overrides, expected) => {
    expect(
      incotermViolations(terms({ rule, ...overrides })).map(({ ruleId, field }) => ({
        ruleId,
        field,
      })),
    ).toEqual(expected);
  });

  it('says how much cover is needed, exactly', () => {
    const [violation] = incotermViolations(terms({ rule: 'CIP', insurance: cover(15_000_000n) }));
    expect(violation?.reason).toBe(
      'CIP requires cover of at least 110 % of the price: 165000.00 EUR, not 150000.00 EUR',
    );
  });

  it.each<[Money, Money]>([
    [eur(15_000_000n), eur(16_500_000n)],
    [eur(1n), eur(2n)], // 1.1 cents rounds up: less would be under 110 %
    [eur(10n), eur(11n)],
    [
      { minor: 999n, currency: 'JPY' },
      { minor: 1099n, currency: 'JPY' },
    ], // 1098.9 up
    [
      { minor: 123_456_789_012_345_678_901n, currency: 'KWD' },
      { minor: 135_802_467_913_580_246_792n, currency: 'KWD' },
    ],
  ])('minimumCover(%o) = %o, with no float anywhere', (given, expected) => {
    expect(minimumCover(given)).toEqual(expected);
  });

  it('accepts the exact minimum cover and refuses one minor unit less, even for huge amounts', () => {
    const hugePrice: Money = { minor: 123_456_789_012_345_678_901n, currency: 'EUR' };
    const minimum = minimumCover(hugePrice);
    expect(
      ruleIds(
        terms({
          rule: 'CIP',
          price: hugePrice,
          insurance: { insuredValue: minimum, clauses: 'A' },
        }),
      ),
    ).toEqual([]);
    expect(
      ruleIds(
        terms({
          rule: 'CIP',
          price: hugePrice,
          insurance: { insuredValue: { ...minimum, minor: minimum.minor - 1n }, clauses: 'A' },
        }),
      ),
    ).toEqual(['LOG-INCOTERM-CIP-COVER']);
  });
});
