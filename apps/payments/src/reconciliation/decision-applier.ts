import {
  EscrowUnfunded,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
  InvoicePartiallyPaid,
  MoneyDto,
} from '@artbridge/contracts';
import { v7 as uuidv7 } from 'uuid';
import { InvoiceState, applyPayment, openAmount, reversePayment } from '../invoices/domain/invoice';
import { announceEscrowFunded } from '../invoices/escrow-funded';
import { InvoiceEntity } from '../invoices/invoice.entity';
import { invoiceStateOf, withState } from '../invoices/invoice-state';
import { Posting, RecordedPosting } from '../ledger/domain/posting';
import { postingsForDecision } from '../ledger/domain/postings';
import { Announcement, announce } from '../shared/announcements';
import { ESCROW_SETTINGS, today } from '../shared/settings';
import { IncomingPayment, ReconciliationDecision } from './domain/reconciliation.types';

/**
 * Turns reconciliation decisions into what must be written: postings, new invoice states and the
 * events announcing them. Collects everything in memory so that the caller writes it in bulk in
 * its one transaction. The invoices it is given must be locked by that transaction.
 */
export class DecisionApplier {
  private readonly states = new Map<string, InvoiceState>();
  readonly postings: RecordedPosting[] = [];
  readonly announcements: Announcement[] = [];

  constructor(
    private readonly invoices: ReadonlyMap<string, InvoiceEntity>,
    private readonly at = new Date(),
  ) {}

  /**
   * MATCHED or PARTIALLY_PAID: the money is booked to the invoice (by default as the decision
   * says; a manual match first takes it out of suspense); fully paid funds escrow (EscrowFunded),
   * else the invoice is announced as partially paid with what it has received so far. An
   * import-duty invoice holds no escrow: it is announced paid or partially paid on its own
   * event types, which the shipment saga does not take for its shipment's invoice.
   */
  applyToInvoice(
    decision: ReconciliationDecision,
    payment: Pick<IncomingPayment, 'amount' | 'creditDebit'>,
    moneyPostings: readonly Posting[] = postingsForDecision(decision, payment),
  ): void {
    const invoice = decision.invoiceId ? this.invoices.get(decision.invoiceId) : undefined;
    if (!invoice)
      throw new Error(`invoice ${decision.invoiceId} was not locked for ${decision.entryId}`);
    const state = this.states.get(invoice.id) ?? invoiceStateOf(invoice);
    const outcome = applyPayment(state, decision, today(this.at), ESCROW_SETTINGS);
    this.states.set(invoice.id, outcome.state);
    this.record([...moneyPostings, ...outcome.postings]);
    const ids = { invoiceId: invoice.id, shipmentId: invoice.shipmentId };
    if (invoice.kind === 'IMPORT_DUTY') {
      this.announcements.push(
        announce(
          outcome.state.status === 'PAID' ? ImportDutyInvoicePaid : ImportDutyInvoicePartiallyPaid,
          {
            ...ids,
            declarationId: invoice.declarationId!,
            paid: MoneyDto.from(outcome.state.paid),
          },
          invoice.id,
          invoice.correlationId,
        ),
      );
      return;
    }
    this.announcements.push(
      outcome.funded
        ? announceEscrowFunded(invoice, outcome.state)
        : announce(
            InvoicePartiallyPaid,
            { ...ids, amount: MoneyDto.from(outcome.state.paid) },
            invoice.id,
            invoice.correlationId,
          ),
    );
  }

  /**
   * REC-REVERSAL: the bank took back a payment matched to the invoice. Its postings (and the
   * escrow funding) are reversed, the invoice's paid amount goes down; escrow that was funded is
   * no longer, announced with EscrowUnfunded. An import-duty invoice, without escrow, is
   * announced with ImportDutyInvoicePaymentReversed instead: logistics' timeline said it was
   * paid. `stored` are the invoice's postings in the database; those this applier recorded are
   * added to them.
   */
  applyReversal(decision: ReconciliationDecision, stored: readonly RecordedPosting[]): void {
    const invoice = decision.invoiceId ? this.invoices.get(decision.invoiceId) : undefined;
    if (!invoice)
      throw new Error(`invoice ${decision.invoiceId} was not locked for ${decision.entryId}`);
    const state = this.states.get(invoice.id) ?? invoiceStateOf(invoice);
    const outcome = reversePayment(
      state,
      decision,
      [...stored, ...this.postings.filter((posting) => posting.invoiceId === invoice.id)],
      today(this.at),
      ESCROW_SETTINGS,
    );
    this.states.set(invoice.id, outcome.state);
    this.record(outcome.postings);
    if (invoice.kind === 'IMPORT_DUTY') {
      const { paid, status } = outcome.state;
      // reversePayment leaves an invoice expecting money again, never anything else
      if (status !== 'OPEN' && status !== 'PARTIALLY_PAID')
        throw new Error(`invoice ${invoice.id} is ${status} after a reversal`);
      this.announcements.push(
        announce(
          ImportDutyInvoicePaymentReversed,
          {
            invoiceId: invoice.id,
            shipmentId: invoice.shipmentId,
            declarationId: invoice.declarationId!,
            reversed: MoneyDto.from({
              minor: state.paid.minor - paid.minor,
              currency: paid.currency,
            }),
            paid: MoneyDto.from(paid),
            open: MoneyDto.from(openAmount(outcome.state)),
            status,
          },
          invoice.id,
          invoice.correlationId,
        ),
      );
    }
    if (outcome.unfunded) {
      this.announcements.push(
        announce(
          EscrowUnfunded,
          {
            invoiceId: invoice.id,
            shipmentId: invoice.shipmentId,
            amount: MoneyDto.from(outcome.unfunded),
            reason: `REC-REVERSAL: ${decision.explanation}`,
          },
          invoice.id,
          invoice.correlationId,
        ),
      );
    }
  }

  /**
   * REC-PAYOUT: finance paid out what the invoice owed on one payable account (released escrow, a
   * refund, an over-payment's credit), so that payable is cleared. The invoice's state does not
   * change, and nothing is announced: escrow was released or refunded before.
   */
  applyPayout(
    decision: ReconciliationDecision,
    payment: Pick<IncomingPayment, 'amount' | 'creditDebit'>,
  ): void {
    if (!decision.invoiceId || !this.invoices.has(decision.invoiceId))
      throw new Error(`invoice ${decision.invoiceId} was not locked for ${decision.entryId}`);
    this.record(postingsForDecision(decision, payment));
  }

  /** Anything else: the money arrived (or left) but belongs to no invoice yet, so it waits in suspense. */
  suspend(
    decision: ReconciliationDecision,
    payment: Pick<IncomingPayment, 'amount' | 'creditDebit'>,
  ): string | null {
    if (payment.amount.minor === 0n) return null;
    const [posting] = this.record(postingsForDecision(decision, payment));
    return posting.id;
  }

  /** The invoices whose state changed, with the new state copied onto them. */
  changedInvoices(): InvoiceEntity[] {
    return [...this.states.entries()].map(([id, state]) =>
      withState(this.invoices.get(id)!, state, this.at),
    );
  }

  private record(postings: readonly Posting[]): RecordedPosting[] {
    const recorded = postings.map((posting) => ({ ...posting, id: uuidv7() }));
    this.postings.push(...recorded);
    return recorded;
  }
}
