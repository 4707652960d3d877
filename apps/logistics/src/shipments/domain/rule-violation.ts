/**
 * A logistics rule a shipment breaks: the rule id (RULES.md section 7, reported to the user),
 * the request field to fix, and why.
 */
export interface RuleViolation {
  readonly ruleId: string;
  readonly field: string;
  readonly reason: string;
}

// The four transport modes of a shipment are part of the shared language (libs/contracts).
export { TRANSPORT_MODES, type TransportMode } from '@artbridge/contracts';
