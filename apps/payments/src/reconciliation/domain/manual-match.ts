import { Posting, RecordedPosting } from '../../ledger/domain/posting';
import { postingFor, postingsForDecision } from '../../ledger/domain/postings';
import { reconcile } from './reconcile';
import {
  DEFAULT_RECONCILIATION_SETTINGS,
  IncomingPayment,
  OpenInvoice,
  ReconciliationDecision,
  ReconciliationSettings,
} from './reconciliation.types';

export type ManualMatch =
  { readonly decision: ReconciliationDecision } | { readonly refusal: string };

/**
 * A person matches a payment the cascade left in suspense (an exception, or a suggestion being
 * confirmed) to an invoice of their choice. The person vouches for the invoice, not for the
 * amount: the cascade then runs as if the payment had carried that invoice's reference, so a
 * short, over or fee-reduced payment is treated exactly as REC-PARTIAL, REC-OVER or REC-FEE
 * would treat it, and another currency is still refused (REC-FX is never automatic, and a
 * manual match converts nothing either).
 */
export function manualMatch(
  payment: IncomingPayment,
  invoice: OpenInvoice,
  settings: ReconciliationSettings = DEFAULT_RECONCILIATION_SETTINGS,
): ManualMatch {
  if (payment.creditDebit === 'DBIT' || payment.reversal) {
    return { refusal: 'a debit or a reversal is money leaving the account, not a payment' };
  }
  const decision = reconcile(
    // the person decided: a batch the cascade could not split is matched as they say
    {
      ...payment,
      references: [invoice.reference],
      remittanceText: undefined,
      unsplitBatch: undefined,
    },
    [invoice],
    settings,
  );
  if (decision.rule === 'REC-FX') {
    return {
      refusal: `the payment is in ${payment.amount.currency} but invoice ${invoice.id} is in ${invoice.openAmount.currency}; convert it outside and book it in the invoice currency`,
    };
  }
  if (decision.status !== 'MATCHED' && decision.status !== 'PARTIALLY_PAID') {
    return { refusal: decision.explanation };
  }
  return { decision };
}

/**
 * The postings of a manual match: the money left suspense (its SUSPENSE_BOOKED posting is
 * reversed, never edited) and is booked as the decision says, as if it had just arrived.
 */
export function postingsForManualMatch(
  decision: ReconciliationDecision,
  payment: Pick<IncomingPayment, 'amount' | 'creditDebit'>,
  suspense: RecordedPosting | undefined,
  reason: string,
): Posting[] {
  return [
    ...(suspense ? [postingFor('REVERSAL', { original: suspense, reason })] : []),
    ...postingsForDecision(decision, payment),
  ];
}
