/**
 * A logistics rule a shipment breaks: the rule id (RULES.md section 7, reported to the user),
 * the request field to fix, and why.
 */
export interface RuleViolation {
  readonly ruleId: string;
  readonly field: string;
  readonly reason: string;
}

/** The four transport modes of a shipment (API.md). */
export const TRANSPORT_MODES = ['AIR', 'SEA', 'ROAD', 'RAIL'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
