import type { IncotermRule, Purpose, TransportMode } from '@artbridge/contracts';
import type { RuleViolation } from '../../shipments/domain/rule-violation';

/**
 * The return leg of a temporary exhibition (ARCHITECTURE.md: "the return leg is its own
 * shipment linked to the first"): the works go back from where they were shown to where they
 * came from. Unless told otherwise it travels by the same mode under the same Incoterms rule,
 * named at the place it returns to, to the lender (the exporter) there.
 */
export interface LegTerms {
  readonly consignee: { name: string; country: string; address: string };
  readonly origin: { country: string; place: string };
  readonly destination: { country: string; place: string };
  readonly purpose: Purpose;
  readonly incoterm: { rule: IncotermRule; place: string };
  readonly transportMode: TransportMode;
}

export type ReturnLegChoices = Partial<Pick<LegTerms, 'consignee' | 'incoterm' | 'transportMode'>>;

export function returnLegTerms(
  lender: string,
  outbound: LegTerms,
  choices: ReturnLegChoices = {},
): LegTerms {
  const origin = { ...outbound.destination };
  const destination = { ...outbound.origin };
  return {
    consignee: choices.consignee ?? {
      name: lender,
      country: destination.country,
      address: destination.place,
    },
    origin,
    destination,
    purpose: 'RETURN',
    incoterm: choices.incoterm ?? { rule: outbound.incoterm.rule, place: destination.place },
    transportMode: choices.transportMode ?? outbound.transportMode,
  };
}

/**
 * A return leg has no price (nothing is sold, nothing invoiced for the works), so a rule whose
 * insurance is checked against the price (CIP, CIF) cannot be kept: say so on the incoterm,
 * which the caller can change, rather than on a price it cannot give.
 */
export function returnLegViolations(
  violations: readonly RuleViolation[],
  rule: string,
): RuleViolation[] {
  return violations.map((violation) =>
    violation.field === 'price'
      ? {
          ...violation,
          field: 'incoterm',
          reason: `${rule} checks the insurance against the price and a return leg has none: give another incoterm, e.g. DAP or CPT`,
        }
      : violation,
  );
}
