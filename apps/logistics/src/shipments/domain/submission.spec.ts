import { Money } from '@artbridge/money';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INCOTERM_RULE_IDS } from './incoterms';
import { ISPM15_RULE_ID } from './packaging';
import {
  SUBMISSION_RULE_IDS,
  SubmissionTerms,
  describeViolation,
  submissionViolations,
} from './submission';

const eur = (minor: bigint): Money => ({ minor, currency: 'EUR' });

function terms(overrides: Partial<SubmissionTerms>): SubmissionTerms {
  return {
    purpose: 'SALE',
    incoterm: { rule: 'DAP', place: 'Paris' },
    transportMode: 'AIR',
    price: eur(15_000_000n),
    ...overrides,
  };
}

const fields = (given: SubmissionTerms) => submissionViolations(given).map((v) => v.field);

describe('submissionViolations', () => {
  it('accepts a sale with its price, and a loan without one', () => {
    expect(submissionViolations(terms({}))).toEqual([]);
    expect(
      submissionViolations(terms({ purpose: 'TEMPORARY_EXHIBITION', price: undefined })),
    ).toEqual([]);
  });

  it('needs the price of a sale', () => {
    expect(submissionViolations(terms({ price: undefined }))).toEqual([
      {
        ruleId: 'LOG-SALE-PRICE',
        field: 'price',
        reason:
          'a SALE needs its price: customs values the works with it and the buyer is invoiced it',
      },
    ]);
  });

  it('reports a missing price once, even when CIP needs it too', () => {
    expect(
      fields(
        terms({
          price: undefined,
          incoterm: { rule: 'CIP', place: 'Paris' },
          insurance: { insuredValue: eur(1n), clauses: 'A' },
        }),
      ),
    ).toEqual(['price']);
  });

  it('applies the Incoterms rules: mode and cover', () => {
    expect(fields(terms({ incoterm: { rule: 'FOB', place: 'Shanghai' } }))).toEqual([
      'transportMode',
    ]);
    expect(fields(terms({ incoterm: { rule: 'CIP', place: 'Paris' } }))).toEqual(['insurance']);
    expect(
      fields(
        terms({
          incoterm: { rule: 'CIP', place: 'Paris' },
          insurance: { insuredValue: eur(16_500_000n), clauses: 'A' },
        }),
      ),
    ).toEqual([]);
  });

  it('takes FTZ bonded storage (ftzBonded) for a destination in CN only, naming the field', () => {
    expect(fields(terms({ ftzBonded: true, destinationCountry: 'CN' }))).toEqual([]);
    expect(fields(terms({ ftzBonded: false, destinationCountry: 'FR' }))).toEqual([]);
    const [violation] = submissionViolations(terms({ ftzBonded: true, destinationCountry: 'FR' }));
    expect(describeViolation(violation)).toBe(
      'ftzBonded: bonded storage in a free-trade zone (CN-FTZ-BONDED) is for a destination in CN; the destination is FR (LOG-FTZ-BONDED)',
    );
    expect(fields(terms({ ftzBonded: true }))).toEqual(['ftzBonded']);
  });

  it('names the field first in the message', () => {
    const [violation] = submissionViolations(terms({ incoterm: { rule: 'FOB', place: 'X' } }));
    expect(describeViolation(violation)).toBe(
      'transportMode: FOB is for sea and inland waterway transport only, not AIR; use FCA instead (LOG-INCOTERM-MODE)',
    );
  });
});

describe('the rule ids logistics refuses with', () => {
  it('are each documented in RULES.md, one line each', () => {
    const rules = readFileSync(resolve(__dirname, '../../../../../docs/RULES.md'), 'utf8');
    const ids = [
      ...Object.values(SUBMISSION_RULE_IDS),
      ...Object.values(INCOTERM_RULE_IDS),
      ISPM15_RULE_ID,
    ];
    expect(ids.filter((id) => !new RegExp(`^- ${id}: `, 'm').test(rules))).toEqual([]);
  });
});
