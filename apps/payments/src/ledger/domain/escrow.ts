import { Money, compareMoney } from '@artbridge/money';
import { addDays, isIsoDate } from '../../shared/domain/iso-date';

/**
 * Escrow of one invoice (RULES.md section 8), as a pure state machine:
 *
 *   AWAITING_FUNDS --invoice fully paid--> FUNDED --delivered--> DELIVERED
 *   DELIVERED --buyer accepts, or inspection period over without dispute--> RELEASED
 *   FUNDED | DELIVERED --dispute--> DISPUTED --resolved--> RELEASED | REFUNDED
 *   AWAITING_FUNDS --cancelled--> CANCELLED (nothing held, nothing to refund)
 *   FUNDED | DISPUTED --cancelled--> REFUNDED
 *   FUNDED --the bank reversed a payment--> AWAITING_FUNDS (REC-REVERSAL: nothing held any more)
 *
 * An invoice of duties and taxes only (an import-duty invoice) has no escrow: NONE, in which
 * every event is refused; its payment goes straight to what is owed to the authorities.
 *
 * Anything else is refused with a reason and leaves the state as it was. A transition that moves
 * money names its effect (FUND, RELEASE, REFUND); the caller books the matching posting in the
 * same transaction as the new state.
 */

export type EscrowState =
  | { readonly status: 'NONE' }
  | { readonly status: 'AWAITING_FUNDS' }
  | { readonly status: 'FUNDED'; readonly fundedOn: string }
  | {
      readonly status: 'DELIVERED';
      readonly deliveredOn: string;
      readonly inspectionEndsOn: string;
    }
  | {
      readonly status: 'DISPUTED';
      readonly disputedOn: string;
      /** where the dispute was opened from: a dispute before delivery holds no inspection period */
      readonly heldFrom: 'FUNDED' | 'DELIVERED';
    }
  | {
      readonly status: 'RELEASED';
      readonly releasedOn: string;
      readonly reason: 'ACCEPTED' | 'INSPECTION_PERIOD_ENDED' | 'DISPUTE_RESOLVED';
    }
  | {
      readonly status: 'REFUNDED';
      readonly refundedOn: string;
      readonly reason: 'CANCELLED' | 'DISPUTE_RESOLVED';
    }
  | { readonly status: 'CANCELLED'; readonly cancelledOn: string };

export type EscrowStatus = EscrowState['status'];

export type EscrowEvent =
  /** a payment was applied; `paid` is the total applied so far (fees written off count as paid) */
  | {
      readonly type: 'PAYMENT_APPLIED';
      readonly on: string;
      readonly paid: Money;
      readonly due: Money;
    }
  /** the bank reversed a payment applied to the invoice (REC-REVERSAL) */
  | { readonly type: 'PAYMENT_REVERSED'; readonly on: string }
  | { readonly type: 'DELIVERED'; readonly on: string }
  | { readonly type: 'BUYER_ACCEPTED'; readonly on: string }
  /** a daily check: releases if the inspection period is over */
  | { readonly type: 'INSPECTION_CHECK'; readonly on: string }
  | { readonly type: 'DISPUTE_OPENED'; readonly on: string }
  | {
      readonly type: 'DISPUTE_RESOLVED';
      readonly on: string;
      readonly outcome: 'RELEASE' | 'REFUND';
    }
  | { readonly type: 'CANCELLED'; readonly on: string };

export type EscrowEffect = 'FUND' | 'UNFUND' | 'RELEASE' | 'REFUND';

export interface EscrowTransition {
  readonly state: EscrowState;
  readonly effect?: EscrowEffect;
  /** set when the event is not allowed now; the state is then unchanged */
  readonly refusal?: string;
}

export interface EscrowSettings {
  /** days after delivery the buyer has to inspect and dispute, 1 to 30 */
  readonly inspectionPeriodDays: number;
}

export const INITIAL_ESCROW_STATE: EscrowState = { status: 'AWAITING_FUNDS' };

/** The escrow of an invoice that holds nothing for anyone (duties and taxes only). */
export const NO_ESCROW: EscrowState = { status: 'NONE' };

export function escrowTransition(
  state: EscrowState,
  event: EscrowEvent,
  settings: EscrowSettings,
): EscrowTransition {
  validateSettings(settings);
  if (!isIsoDate(event.on))
    throw new RangeError(`escrow event date '${event.on}' is not a calendar date`);
  const refuse = (reason: string): EscrowTransition => ({
    state,
    refusal: `${event.type} refused in ${state.status}: ${reason}`,
  });

  if (state.status === 'NONE') return refuse('the invoice has no escrow (duties and taxes only)');

  switch (event.type) {
    case 'PAYMENT_APPLIED':
      if (state.status !== 'AWAITING_FUNDS') return refuse('escrow is no longer awaiting funds');
      // compareMoney also refuses a payment total in another currency than the invoice
      if (compareMoney(event.paid, event.due) < 0) return refuse('the invoice is not fully paid');
      return { state: { status: 'FUNDED', fundedOn: event.on }, effect: 'FUND' };

    case 'PAYMENT_REVERSED':
      // a partial payment reversed: still nothing held
      if (state.status === 'AWAITING_FUNDS') return { state };
      if (state.status !== 'FUNDED') {
        return refuse(
          'the money no longer waits in escrow for the shipment; finance must recover it',
        );
      }
      return { state: INITIAL_ESCROW_STATE, effect: 'UNFUND' };

    case 'DELIVERED':
      if (state.status !== 'FUNDED') return refuse('only funded escrow awaits delivery');
      return {
        state: {
          status: 'DELIVERED',
          deliveredOn: event.on,
          inspectionEndsOn: addDays(event.on, settings.inspectionPeriodDays),
        },
      };

    case 'BUYER_ACCEPTED':
      if (state.status !== 'DELIVERED') return refuse('acceptance counts only after delivery');
      return {
        state: { status: 'RELEASED', releasedOn: event.on, reason: 'ACCEPTED' },
        effect: 'RELEASE',
      };

    case 'INSPECTION_CHECK':
      if (state.status !== 'DELIVERED') return refuse('no inspection period is running');
      if (event.on < state.inspectionEndsOn)
        return refuse(`the inspection period runs until ${state.inspectionEndsOn}`);
      return {
        state: { status: 'RELEASED', releasedOn: event.on, reason: 'INSPECTION_PERIOD_ENDED' },
        effect: 'RELEASE',
      };

    case 'DISPUTE_OPENED':
      if (state.status !== 'FUNDED' && state.status !== 'DELIVERED')
        return refuse('there is no held escrow to dispute');
      return { state: { status: 'DISPUTED', disputedOn: event.on, heldFrom: state.status } };

    case 'DISPUTE_RESOLVED':
      if (state.status !== 'DISPUTED') return refuse('there is no open dispute');
      return event.outcome === 'RELEASE'
        ? {
            state: { status: 'RELEASED', releasedOn: event.on, reason: 'DISPUTE_RESOLVED' },
            effect: 'RELEASE',
          }
        : {
            state: { status: 'REFUNDED', refundedOn: event.on, reason: 'DISPUTE_RESOLVED' },
            effect: 'REFUND',
          };

    case 'CANCELLED':
      if (state.status === 'AWAITING_FUNDS')
        return { state: { status: 'CANCELLED', cancelledOn: event.on } };
      if (state.status === 'FUNDED' || state.status === 'DISPUTED') {
        return {
          state: { status: 'REFUNDED', refundedOn: event.on, reason: 'CANCELLED' },
          effect: 'REFUND',
        };
      }
      return refuse(
        state.status === 'DELIVERED'
          ? 'the shipment is delivered; the buyer must open a dispute'
          : 'escrow is closed',
      );
  }
}

function validateSettings(settings: EscrowSettings): void {
  const days = settings.inspectionPeriodDays;
  if (!Number.isInteger(days) || days < 1 || days > 30) {
    throw new RangeError(`inspection period must be 1 to 30 days, not ${days}`);
  }
}
