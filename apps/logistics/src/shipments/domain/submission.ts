import type { Money } from '@artbridge/money';
import { CargoInsurance, incotermViolations } from './incoterms';
import { RuleViolation, TransportMode } from './rule-violation';

export const SUBMISSION_RULE_IDS = {
  salePrice: 'LOG-SALE-PRICE',
  ftzBonded: 'LOG-FTZ-BONDED',
} as const;

/** Countries with a free-trade zone whose bonded storage the rules know (CN-FTZ-BONDED). */
export const FTZ_BONDED_COUNTRIES: readonly string[] = ['CN'];

export interface SubmissionTerms {
  readonly purpose: string;
  readonly incoterm: { readonly rule: string; readonly place: string };
  readonly transportMode: TransportMode;
  readonly price?: Money;
  readonly insurance?: CargoInsurance;
  readonly destinationCountry?: string;
  /** Declared for a free-trade zone's bonded storage in the destination. */
  readonly ftzBonded?: boolean;
}

/**
 * The rules a shipment must meet when submitted, beyond the shape of each field: a sale needs
 * its price (customs values it, payments invoices it), the Incoterms rules of RULES.md
 * section 7 (mode of transport, insurance cover), and bonded storage only where a zone's rules
 * apply (CN-FTZ-BONDED: into CN). Packaging (ISPM 15) is checked at dispatch,
 * when the crates are built.
 */
export function submissionViolations(terms: SubmissionTerms): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (terms.purpose === 'SALE' && !terms.price) {
    violations.push({
      ruleId: SUBMISSION_RULE_IDS.salePrice,
      field: 'price',
      reason:
        'a SALE needs its price: customs values the works with it and the buyer is invoiced it',
    });
  }
  const incoterm = incotermViolations({
    rule: terms.incoterm.rule,
    place: terms.incoterm.place,
    transportMode: terms.transportMode,
    price: terms.price,
    insurance: terms.insurance,
  });
  // The missing price is already reported above, once.
  violations.push(
    ...incoterm.filter(
      (v) => !(v.field === 'price' && violations.some((w) => w.field === 'price')),
    ),
  );
  if (terms.ftzBonded && !FTZ_BONDED_COUNTRIES.includes(terms.destinationCountry ?? '')) {
    violations.push({
      ruleId: SUBMISSION_RULE_IDS.ftzBonded,
      field: 'ftzBonded',
      reason: `bonded storage in a free-trade zone (CN-FTZ-BONDED) is for a destination in ${FTZ_BONDED_COUNTRIES.join(', ')}; the destination is ${terms.destinationCountry ?? 'not given'}`,
    });
  }
  return violations;
}

/** "insurance.insuredValue: CIP requires ... (LOG-INCOTERM-CIP-COVER)": the field first. */
export function describeViolation(violation: RuleViolation): string {
  return `${violation.field}: ${violation.reason} (${violation.ruleId})`;
}
