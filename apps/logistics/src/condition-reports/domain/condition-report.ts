import {
  CONDITION_STAGES,
  ConditionStage,
  DAMAGE_SEVERITIES,
  DamageSeverity,
} from '@artbridge/contracts';
import { recordedTime } from '../../shipments/domain/reported-time';
import type { ShipmentStatus } from '../../shipments/domain/shipment-status';

/**
 * Condition reports (RULES.md section 7): taken at origin before packing and at destination
 * after unpacking, with photographs; new damage opens a claim and holds escrow.
 *
 * - A damage is matched to earlier ones by where it is (the location, compared without case,
 *   punctuation or extra spaces): inspectors at both ends describe the same crack in their own
 *   words, but they name where it is.
 * - A damage is known when an earlier report of the shipment (the origin report, or an earlier
 *   destination report) has one at the same place at least as severe. One at a new place is
 *   NEW; one at a known place but worse than before is WORSENED: both are new damage, which the
 *   works suffered in transit.
 * - Without an origin report every damage found at destination is new: nothing shows it was
 *   there before the works left.
 */

export { CONDITION_STAGES, DAMAGE_SEVERITIES, type ConditionStage, type DamageSeverity };

export interface Damage {
  readonly location: string;
  readonly description: string;
  readonly severity: DamageSeverity;
}

export type DamageFinding = 'KNOWN' | 'NEW' | 'WORSENED';

export interface AssessedDamage extends Damage {
  readonly finding: DamageFinding;
  /** For WORSENED: how severe it was before. */
  readonly previously?: DamageSeverity;
}

const rank = (severity: DamageSeverity) => DAMAGE_SEVERITIES.indexOf(severity);

/** "Lower-left corner, frame" and "lower left corner frame" are the same place. */
export function placeKey(location: string): string {
  return location
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each damage found, judged against the damage already on record for the shipment. */
export function assessDamages(
  found: readonly Damage[],
  known: readonly Damage[],
): AssessedDamage[] {
  const worstKnown = new Map<string, DamageSeverity>();
  for (const damage of known) {
    const key = placeKey(damage.location);
    const before = worstKnown.get(key);
    if (before === undefined || rank(damage.severity) > rank(before)) {
      worstKnown.set(key, damage.severity);
    }
  }
  return found.map((damage) => {
    const before = worstKnown.get(placeKey(damage.location));
    if (before === undefined) return { ...damage, finding: 'NEW' };
    if (rank(damage.severity) > rank(before)) {
      return { ...damage, finding: 'WORSENED', previously: before };
    }
    return { ...damage, finding: 'KNOWN' };
  });
}

/** The damage found that no earlier report had: what a claim is about. */
export function newDamages(found: readonly Damage[], known: readonly Damage[]): AssessedDamage[] {
  return assessDamages(found, known).filter((damage) => damage.finding !== 'KNOWN');
}

/** "lower left corner: 3 cm tear in the canvas (MODERATE, was MINOR)". */
export function describeDamage(damage: Damage | AssessedDamage): string {
  const was = 'previously' in damage && damage.previously ? `, was ${damage.previously}` : '';
  return `${damage.location}: ${damage.description} (${damage.severity}${was})`;
}

/** Why the claim is opened, for the timeline and the claim itself. */
export function claimReason(
  damages: readonly AssessedDamage[],
  inspector: string,
  originReported: boolean,
): string {
  const count = damages.length;
  const what = `${count} new damage${count === 1 ? '' : 's'} found at destination by ${inspector}`;
  const baseline = originReported ? '' : ' (no origin report: every damage counts as new)';
  return `${what}${baseline}: ${damages.map(describeDamage).join('; ')}`;
}

export type ReportProblem =
  | { readonly kind: 'conflict'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly reason: string };

/** A report taken at origin: the works have not left yet (nor been cancelled). */
const ORIGIN_STATUSES: readonly ShipmentStatus[] = [
  'SUBMITTED',
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
];
/** A report taken at destination: delivered, and not yet accepted (or already in dispute). */
const DESTINATION_STATUSES: readonly ShipmentStatus[] = ['DELIVERED', 'DISPUTED'];

/** Carriers' and inspectors' clocks drift a little. */
export const REPORT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Whether a report of `stage` can be taken now: at origin before the works leave, at destination
 * after delivery and before acceptance (a conflict with the shipment's state, 409); and whether
 * its time can be true (invalid input, 400): not in the future, an origin report not before the
 * shipment was submitted, and a destination report not before the delivery.
 */
export function reportProblem(input: {
  readonly stage: ConditionStage;
  readonly status: ShipmentStatus;
  readonly at: Date;
  readonly now: Date;
  readonly submittedAt?: Date;
  readonly deliveredAt?: Date;
}): ReportProblem | undefined {
  const { stage, status, at, now, submittedAt, deliveredAt } = input;
  if (stage === 'ORIGIN' && !ORIGIN_STATUSES.includes(status)) {
    return {
      kind: 'conflict',
      reason: `an ORIGIN condition report is taken before the works leave; the shipment is ${status}`,
    };
  }
  if (stage === 'DESTINATION' && !DESTINATION_STATUSES.includes(status)) {
    return {
      kind: 'conflict',
      reason: `a DESTINATION condition report is taken after delivery and before acceptance (DELIVERED or DISPUTED); the shipment is ${status}`,
    };
  }
  if (at.getTime() > now.getTime() + REPORT_CLOCK_SKEW_MS) {
    return {
      kind: 'invalid',
      reason: `at must not be in the future (it is ${now.toISOString()} now)`,
    };
  }
  if (
    stage === 'ORIGIN' &&
    submittedAt &&
    at.getTime() < submittedAt.getTime() - REPORT_CLOCK_SKEW_MS
  ) {
    return {
      kind: 'invalid',
      reason: `at must not be before the shipment was submitted (${submittedAt.toISOString()}): an origin report is taken for the shipment`,
    };
  }
  if (
    stage === 'DESTINATION' &&
    deliveredAt &&
    at.getTime() < deliveredAt.getTime() - REPORT_CLOCK_SKEW_MS
  ) {
    return {
      kind: 'invalid',
      reason: `at must not be before the delivery (${deliveredAt.toISOString()}): a destination report is taken after unpacking`,
    };
  }
  return undefined;
}

/**
 * When a believable report goes on record (the report, the timeline, the event): the
 * inspector's time kept within [the submission (ORIGIN) or the delivery (DESTINATION), now].
 * Within the skew allowed above an inspector's clock may be a few minutes ahead of now or before
 * that; taken as it is, the report would sort before the step it follows, or after the ones
 * logistics takes next.
 */
export function recordedReportTime(input: {
  readonly stage: ConditionStage;
  readonly at: Date;
  readonly now: Date;
  readonly submittedAt?: Date;
  readonly deliveredAt?: Date;
}): Date {
  const { stage, at, now } = input;
  return recordedTime(at, now, stage === 'ORIGIN' ? input.submittedAt : input.deliveredAt);
}
