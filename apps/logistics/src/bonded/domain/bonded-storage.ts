import type { ShipmentStatus } from '../../shipments/domain/shipment-status';

/**
 * Bonded storage in a free-trade zone: the works enter the zone's bonded warehouse on arrival
 * without an import declaration ("enter first, declare later") and wait there, duty suspended,
 * at a storage location. They leave bond one of two ways:
 *
 * - RELEASED to the domestic market of the zone's country: an import declaration is filed and
 *   import duty and VAT become due; then they can be delivered to the consignee.
 * - RE_EXPORTED to another country: they leave without import duty.
 *
 * While IN_BOND they cannot be delivered: nothing leaves a bonded warehouse unless released or
 * re-exported.
 */
export const BONDED_STATES = ['IN_BOND', 'RELEASED', 'RE_EXPORTED'] as const;
export type BondedState = (typeof BONDED_STATES)[number];

export type BondedExit = 'RELEASE' | 'RE_EXPORT';

export type BondedProblem =
  | { readonly kind: 'conflict'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Clocks of warehouse systems drift a little. */
export const BONDED_CLOCK_SKEW_MS = 5 * 60_000;

function timeProblem(
  at: Date,
  now: Date,
  notBefore?: Date,
  what = 'the entry',
): string | undefined {
  if (at.getTime() > now.getTime() + BONDED_CLOCK_SKEW_MS) {
    return `at must not be in the future (it is ${now.toISOString()} now)`;
  }
  if (notBefore && at.getTime() < notBefore.getTime() - BONDED_CLOCK_SKEW_MS) {
    return `at must not be before ${what} (${notBefore.toISOString()})`;
  }
  return undefined;
}

/** The works enter bond on arrival, while the shipment is IN_TRANSIT, once. */
export function entryProblem(input: {
  readonly status: ShipmentStatus;
  readonly current?: BondedState;
  readonly at: Date;
  readonly now: Date;
  readonly dispatchedAt?: Date;
}): BondedProblem | undefined {
  if (input.current !== undefined) {
    return {
      kind: 'conflict',
      reason: `the works have already entered bonded storage (${input.current})`,
    };
  }
  if (input.status !== 'IN_TRANSIT') {
    return {
      kind: 'conflict',
      reason: `works enter bonded storage on arrival, while the shipment is IN_TRANSIT; it is ${input.status}`,
    };
  }
  const time = timeProblem(input.at, input.now, input.dispatchedAt, 'the dispatch');
  return time ? { kind: 'invalid', reason: time } : undefined;
}

/** They leave bond once, released or re-exported; a re-export leaves the zone's country. */
export function exitProblem(input: {
  readonly exit: BondedExit;
  readonly current?: BondedState;
  readonly at: Date;
  readonly now: Date;
  readonly enteredAt?: Date;
  readonly zoneCountry?: string;
  readonly reExportCountry?: string;
}): BondedProblem | undefined {
  const action = input.exit === 'RELEASE' ? 'released' : 're-exported';
  if (input.current === undefined) {
    return {
      kind: 'conflict',
      reason: `the works are not in bonded storage: nothing to be ${action}`,
    };
  }
  if (input.current !== 'IN_BOND') {
    return {
      kind: 'conflict',
      reason: `the works have already left bonded storage (${input.current})`,
    };
  }
  if (
    input.exit === 'RE_EXPORT' &&
    input.reExportCountry !== undefined &&
    input.reExportCountry === input.zoneCountry
  ) {
    return {
      kind: 'invalid',
      reason: `destination.country: a re-export leaves ${input.zoneCountry}; to stay there, release the works to the domestic market`,
    };
  }
  const time = timeProblem(input.at, input.now, input.enteredAt);
  return time ? { kind: 'invalid', reason: time } : undefined;
}

/** The shipment's stay in bond, as far as its delivery is concerned. */
export interface BondedStay {
  readonly state: BondedState;
  readonly zone?: string;
}

/**
 * Why a delivery is refused: works in bond are not delivered; nor the works of a shipment
 * declared for bonded storage (its duty deferred under CN-FTZ-BONDED) that never entered bond:
 * only a release from bond, with its import declaration, settles that duty. Works re-exported
 * from bond are delivered where they were re-exported to (the timeline says so): refusing that
 * delivery would leave the journey in transit for good, escrow held, with nothing to end it.
 */
export function deliveryProblem(
  stay: BondedStay | undefined,
  declaredBonded = false,
): string | undefined {
  const where = stay?.zone ? ` (${stay.zone})` : '';
  if (stay?.state === 'IN_BOND') {
    return `the works are in bonded storage${where}: release them to the domestic market or re-export them before delivery`;
  }
  if (declaredBonded && stay === undefined) {
    return 'the shipment was declared for FTZ bonded storage (ftzBonded), its import duty and VAT deferred (CN-FTZ-BONDED): the works enter bond on arrival and are delivered once released from it';
  }
  return undefined;
}

/** What entering bond means for duty, by what the exporter declared at submission. */
export function bondedEntryNote(declaredBonded: boolean): string {
  return declaredBonded
    ? 'no import declaration until the works leave bond'
    : 'not declared for bonded storage at submission: the import duty and VAT assessed on the export declaration were charged at clearance, and are not charged again when the works leave bond';
}
