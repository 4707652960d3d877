import { INCOTERM_RULES, IncotermRule } from '@artbridge/contracts';
import { Money, formatAmount } from '@artbridge/money';
import { RuleViolation, TransportMode } from './rule-violation';

/**
 * Incoterms 2020 (ICC), the 11 rules. Seven fit any mode of transport; FAS, FOB, CFR and CIF are
 * for sea and inland waterway only (RULES.md section 7), so they are refused for AIR, ROAD and
 * RAIL. Under CIP the seller insures with all-risks cover (Institute Cargo Clauses A); under
 * CIF with at least Clauses C. Either way for at least 110 % of the contract price and in the
 * currency of the contract (Incoterms 2020, A5).
 */
// The rule list is part of the shared language (libs/contracts); the rules about it live here.
export const INCOTERMS_2020 = INCOTERM_RULES;
export type Incoterm = IncotermRule;

export const SEA_ONLY_INCOTERMS: readonly Incoterm[] = ['FAS', 'FOB', 'CFR', 'CIF'];
/** Modes a sea-only rule accepts. API.md has no inland-waterway mode; SEA stands for both. */
const SEA_MODES: readonly TransportMode[] = ['SEA'];

/** Institute Cargo Clauses: A all risks, B and C named perils, C the narrowest. */
export type CargoClauses = 'A' | 'B' | 'C';

export const INCOTERM_RULE_IDS = {
  unknownRule: 'LOG-INCOTERM-RULE',
  namedPlace: 'LOG-INCOTERM-PLACE',
  mode: 'LOG-INCOTERM-MODE',
  cipCover: 'LOG-INCOTERM-CIP-COVER',
  cifCover: 'LOG-INCOTERM-CIF-COVER',
} as const;

/** Minimum insured value, percent of the contract price (Incoterms 2020, A5 of CIP and CIF). */
export const MINIMUM_COVER_PERCENT = 110n;

/** The clauses each insuring rule requires, and the rule id it reports under. */
const COVER_REQUIREMENTS: Readonly<
  Partial<Record<Incoterm, { accepted: readonly CargoClauses[]; ruleId: string; wording: string }>>
> = {
  CIP: {
    accepted: ['A'],
    ruleId: INCOTERM_RULE_IDS.cipCover,
    wording: 'all-risks cover (Institute Cargo Clauses A)',
  },
  CIF: {
    accepted: ['A', 'B', 'C'],
    ruleId: INCOTERM_RULE_IDS.cifCover,
    wording: 'at least Institute Cargo Clauses C',
  },
};

export interface CargoInsurance {
  readonly insuredValue: Money;
  readonly clauses: CargoClauses;
}

export interface IncotermTerms {
  /** As the client sent it; validated here. */
  readonly rule: string;
  /** The named place ("CIP Paris"); every rule needs one. */
  readonly place?: string;
  readonly transportMode: TransportMode;
  /** The contract price; required to check the cover of CIP and CIF. */
  readonly price?: Money;
  readonly insurance?: CargoInsurance;
}

export function isIncoterm(rule: string): rule is Incoterm {
  return (INCOTERMS_2020 as readonly string[]).includes(rule);
}

/** Every Incoterms violation of the terms; empty when they hold. Field names follow API.md. */
export function incotermViolations(terms: IncotermTerms): RuleViolation[] {
  if (!isIncoterm(terms.rule)) {
    return [
      {
        ruleId: INCOTERM_RULE_IDS.unknownRule,
        field: 'incoterm.rule',
        reason: `'${terms.rule}' is not an Incoterms 2020 rule (${INCOTERMS_2020.join(', ')})`,
      },
    ];
  }
  const violations: RuleViolation[] = [];
  const rule = terms.rule;
  if (!terms.place || terms.place.trim() === '') {
    violations.push({
      ruleId: INCOTERM_RULE_IDS.namedPlace,
      field: 'incoterm.place',
      reason: `${rule} needs a named place (e.g. "${rule} Paris")`,
    });
  }
  if (SEA_ONLY_INCOTERMS.includes(rule) && !SEA_MODES.includes(terms.transportMode)) {
    violations.push({
      ruleId: INCOTERM_RULE_IDS.mode,
      field: 'transportMode',
      reason: `${rule} is for sea and inland waterway transport only, not ${terms.transportMode}; use ${
        rule === 'CIF' ? 'CIP' : rule === 'CFR' ? 'CPT' : 'FCA'
      } instead`,
    });
  }
  const requirement = COVER_REQUIREMENTS[rule];
  if (requirement) violations.push(...coverViolations(rule, requirement, terms));
  return violations;
}

function coverViolations(
  rule: Incoterm,
  requirement: { accepted: readonly CargoClauses[]; ruleId: string; wording: string },
  terms: IncotermTerms,
): RuleViolation[] {
  const { ruleId } = requirement;
  const { price, insurance } = terms;
  const violations: RuleViolation[] = [];
  if (!insurance) {
    return [
      {
        ruleId,
        field: 'insurance',
        reason: `${rule} requires the seller to insure the goods: ${requirement.wording} for at least ${MINIMUM_COVER_PERCENT} % of the price`,
      },
    ];
  }
  if (!requirement.accepted.includes(insurance.clauses)) {
    violations.push({
      ruleId,
      field: 'insurance.clauses',
      reason: `${rule} requires ${requirement.wording}, not Clauses ${insurance.clauses}`,
    });
  }
  if (!price) {
    violations.push({
      ruleId,
      field: 'price',
      reason: `${rule} needs the contract price to check the insured value`,
    });
  } else if (insurance.insuredValue.currency !== price.currency) {
    violations.push({
      ruleId,
      field: 'insurance.insuredValue.currency',
      reason: `insurance must be in the currency of the contract (${price.currency}), not ${insurance.insuredValue.currency}`,
    });
  } else if (insurance.insuredValue.minor * 100n < price.minor * MINIMUM_COVER_PERCENT) {
    violations.push({
      ruleId,
      field: 'insurance.insuredValue',
      reason: `${rule} requires cover of at least ${MINIMUM_COVER_PERCENT} % of the price: ${formatAmount(
        minimumCover(price),
      )} ${price.currency}, not ${formatAmount(insurance.insuredValue)} ${price.currency}`,
    });
  }
  return violations;
}

/** 110 % of the price, rounded up to the minor unit: the least insured value that complies. */
export function minimumCover(price: Money): Money {
  const scaled = price.minor * MINIMUM_COVER_PERCENT;
  const quotient = scaled / 100n;
  return { minor: scaled % 100n === 0n ? quotient : quotient + 1n, currency: price.currency };
}
