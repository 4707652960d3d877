import { ApiInteger } from '@artbridge/platform-service';
import { DamageV1 } from '@artbridge/contracts';
import type { ShipmentStatus } from '../shipments/domain/shipment-status';
import type { ConditionStage, DamageFinding, DamageSeverity } from './domain/condition-report';
import type { ClaimStatus } from './shipment-claim.entity';

/** A damage as a condition report recorded it; at destination, with what was judged of it. */
export class ConditionReportDamageResponse extends DamageV1 {
  /**
   * Destination reports only: KNOWN (an earlier report had it, at least as severe), NEW or
   * WORSENED (both new damage, suffered in transit). Absent on origin reports.
   */
  finding?: DamageFinding;

  /** WORSENED only: how severe it was before. */
  previously?: DamageSeverity;
}

/** A condition report, as GET /shipments/:id/condition-reports lists it. */
export class ConditionReportResponse {
  id!: string;

  shipmentId!: string;

  /** ORIGIN: before the works leave; DESTINATION: after delivery. */
  stage!: ConditionStage;

  inspector!: string;

  /** When the inspection took place (ISO 8601 date-time). */
  at!: string;

  /** Absent when the inspector gave none. */
  notes?: string;

  /** References to the photographs (storage keys or URLs), in the inspector's order. */
  photoRefs!: string[];

  /** None: the works were found in perfect condition. */
  damages!: ConditionReportDamageResponse[];

  /** How many of `damages` are new damage (NEW or WORSENED); always 0 at origin. */
  @ApiInteger()
  newDamages!: number;

  /** The user who recorded the report. */
  recordedBy!: string;

  /** When it was recorded (ISO 8601 date-time). */
  recordedAt!: string;
}

/** POST /shipments/:id/condition-reports: the report recorded, and what it did to the shipment. */
export class RecordedConditionReportResponse extends ConditionReportResponse {
  /** The shipment's status after the report (DISPUTED when it opened a claim). */
  shipmentStatus!: ShipmentStatus;

  /** The claim the new damage opened or joined; absent when there was no new damage. */
  claimId?: string;
}

/** GET /shipments/:id/condition-reports: every report of the shipment, oldest first. */
export class ConditionReportListResponse {
  items!: ConditionReportResponse[];
}

/** New damage a claim is about: always judged (NEW or WORSENED). */
export class ClaimDamageResponse extends DamageV1 {
  /** NEW or WORSENED. */
  finding!: DamageFinding;

  /** WORSENED only: how severe it was before. */
  previously?: DamageSeverity;
}

/** A claim for damage suffered in transit, opened by a destination report that found new damage. */
export class ClaimResponse {
  id!: string;

  status!: ClaimStatus;

  /** ISO 8601 date-time. */
  openedAt!: string;

  /** The user who recorded the report that opened it. */
  openedBy!: string;

  reason!: string;

  /** The new damage it is about, from every report that joined it. */
  damages!: ClaimDamageResponse[];

  /** The destination reports that found it. */
  reportIds!: string[];

  /** Escrow is held until the claim is settled. */
  escrowHeld!: boolean;
}
