import fc from 'fast-check';
import { Money } from '@artbridge/money';
import { createCreditorReference } from '../../invoices/domain/creditor-reference';
import { reconcile } from '../../reconciliation/domain/reconcile';
import { IncomingPayment, OpenInvoice } from '../../reconciliation/domain/reconciliation.types';
import { addDays } from '../../shared/domain/iso-date';
import {
  EscrowEffect,
  EscrowEvent,
  EscrowState,
  INITIAL_ESCROW_STATE,
  escrowTransition,
} from './escrow';
import { accountBalances, trialBalance } from './ledger-balances';
import { Posting, RecordedPosting, isBalanced } from './posting';
import { postingFor, postingsForDecision } from './postings';

/**
 * Any sequence of invoice, payment, delivery, acceptance, inspection, dispute, cancellation
 * (refund) and release operations, run through the real reconciliation, escrow state machine
 * and posting builders, must leave:
 * - every posting, and every currency's total, with debits equal to credits;
 * - no invoice with escrow released (or refunded from escrow) that was never funded, and no
 *   escrow account of an invoice below zero.
 */

const CURRENCIES = ['EUR', 'JPY', 'KWD', 'CLF'] as const;
const SETTINGS = { inspectionPeriodDays: 7 };

type Operation =
  | {
      kind: 'ISSUE';
      currency: (typeof CURRENCIES)[number];
      goods: bigint;
      duties: bigint;
      vat: bigint;
    }
  | {
      kind: 'PAY';
      invoice: number;
      how: 'EXACT' | 'FEE' | 'HALF' | 'OVER' | 'ANY' | 'OTHER_CURRENCY' | 'NO_REFERENCE';
      any: bigint;
    }
  | { kind: 'DELIVER' | 'ACCEPT' | 'DISPUTE' | 'CANCEL'; invoice: number }
  | { kind: 'INSPECTION_CHECK'; invoice: number; daysAfterDelivery: number }
  | { kind: 'RESOLVE'; invoice: number; outcome: 'RELEASE' | 'REFUND' };

// few invoices, so that operations keep meeting the same ones and reach release and refund
const invoiceNumber = fc.nat({ max: 2 });
const eventOn = (kind: 'DELIVER' | 'ACCEPT' | 'DISPUTE' | 'CANCEL'): fc.Arbitrary<Operation> =>
  fc.record({ kind: fc.constant(kind), invoice: invoiceNumber });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('ISSUE' as const),
      currency: fc.constantFrom(...CURRENCIES),
      goods: fc.bigInt({ min: 1n, max: 10n ** 9n }),
      duties: fc.bigInt({ min: 0n, max: 10n ** 6n }),
      vat: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('PAY' as const),
      invoice: invoiceNumber,
      how: fc.constantFrom('EXACT', 'FEE', 'HALF', 'OVER', 'ANY', 'OTHER_CURRENCY', 'NO_REFERENCE'),
      any: fc.bigInt({ min: 1n, max: 10n ** 9n }),
    }),
  },
  { weight: 2, arbitrary: eventOn('DELIVER') },
  { weight: 2, arbitrary: eventOn('ACCEPT') },
  { weight: 1, arbitrary: eventOn('DISPUTE') },
  { weight: 1, arbitrary: eventOn('CANCEL') },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('INSPECTION_CHECK' as const),
      invoice: invoiceNumber,
      daysAfterDelivery: fc.nat({ max: 10 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('RESOLVE' as const),
      invoice: invoiceNumber,
      outcome: fc.constantFrom('RELEASE' as const, 'REFUND' as const),
    }),
  },
);

interface SimulatedInvoice {
  readonly id: string;
  readonly reference: string;
  readonly currency: string;
  readonly goods: bigint;
  readonly duties: bigint;
  readonly vat: bigint;
  readonly total: bigint;
  readonly issuedPosting: RecordedPosting;
  /** applied payments and fees written off */
  settled: bigint;
  escrow: EscrowState;
  deliveredOn?: string;
  cancelledBeforeFunding: boolean;
}

class Simulation {
  readonly postings: RecordedPosting[] = [];
  readonly invoices: SimulatedInvoice[] = [];
  private day = 0;

  private today(): string {
    return addDays('2026-01-01', this.day);
  }

  private book(posting: Posting): RecordedPosting {
    const recorded = { ...posting, id: `P-${this.postings.length + 1}` };
    this.postings.push(recorded);
    return recorded;
  }

  run(op: Operation): void {
    this.day += 1;
    if (op.kind === 'ISSUE') return this.issue(op);
    const invoice = this.invoices[op.invoice % Math.max(this.invoices.length, 1)];
    if (!invoice) return;
    switch (op.kind) {
      case 'PAY':
        return this.pay(invoice, op);
      case 'DELIVER':
        invoice.deliveredOn = this.today();
        return this.event(invoice, { type: 'DELIVERED', on: this.today() });
      case 'ACCEPT':
        return this.event(invoice, { type: 'BUYER_ACCEPTED', on: this.today() });
      case 'DISPUTE':
        return this.event(invoice, { type: 'DISPUTE_OPENED', on: this.today() });
      case 'INSPECTION_CHECK':
        return this.event(invoice, {
          type: 'INSPECTION_CHECK',
          on: invoice.deliveredOn
            ? addDays(invoice.deliveredOn, op.daysAfterDelivery)
            : this.today(),
        });
      case 'RESOLVE':
        return this.event(invoice, {
          type: 'DISPUTE_RESOLVED',
          on: this.today(),
          outcome: op.outcome,
        });
      case 'CANCEL':
        return this.event(invoice, { type: 'CANCELLED', on: this.today() });
    }
  }

  private money(invoice: SimulatedInvoice, minor: bigint): Money {
    return { minor, currency: invoice.currency };
  }

  private issue(op: Extract<Operation, { kind: 'ISSUE' }>): void {
    const id = `INV-${this.invoices.length + 1}`;
    const money = (minor: bigint): Money | undefined =>
      minor > 0n ? { minor, currency: op.currency } : undefined;
    const issued = this.book(
      postingFor('INVOICE_ISSUED', {
        invoiceId: id,
        goods: { minor: op.goods, currency: op.currency },
        duties: money(op.duties),
        vat: money(op.vat),
      }),
    );
    this.invoices.push({
      id,
      reference: createCreditorReference(id.replace('-', '')),
      currency: op.currency,
      goods: op.goods,
      duties: op.duties,
      vat: op.vat,
      total: op.goods + op.duties + op.vat,
      issuedPosting: issued,
      settled: 0n,
      escrow: INITIAL_ESCROW_STATE,
      cancelledBeforeFunding: false,
    });
  }

  private openInvoices(): OpenInvoice[] {
    return this.invoices
      .filter(
        (invoice) => invoice.escrow.status === 'AWAITING_FUNDS' && invoice.settled < invoice.total,
      )
      .map((invoice) => ({
        id: invoice.id,
        reference: invoice.reference,
        openAmount: this.money(invoice, invoice.total - invoice.settled),
        dueDate: this.today(),
        buyerName: `Buyer of ${invoice.id}`,
      }));
  }

  private pay(invoice: SimulatedInvoice, op: Extract<Operation, { kind: 'PAY' }>): void {
    const open = invoice.total - invoice.settled;
    const base = open > 0n ? open : invoice.total;
    const amounts: Record<typeof op.how, bigint> = {
      EXACT: base,
      FEE: base - (base / 1000n > 0n ? base / 1000n : 0n),
      HALF: base / 2n > 0n ? base / 2n : 1n,
      OVER: base + op.any,
      ANY: op.any,
      OTHER_CURRENCY: base,
      NO_REFERENCE: base,
    };
    const currency =
      op.how === 'OTHER_CURRENCY' ? (invoice.currency === 'EUR' ? 'JPY' : 'EUR') : invoice.currency;
    const payment: IncomingPayment = {
      entryId: `E-${this.day}`,
      amount: { minor: amounts[op.how] > 0n ? amounts[op.how] : 1n, currency },
      creditDebit: 'CRDT',
      bookingDate: this.today(),
      references: op.how === 'NO_REFERENCE' ? [] : [invoice.reference],
      payerName: `Buyer of ${invoice.id}`,
    };
    const decision = reconcile(payment, this.openInvoices());
    // a suggestion is not applied until a person confirms it; its money waits in suspense
    for (const posting of postingsForDecision(decision, payment)) this.book(posting);
    if (
      (decision.status === 'MATCHED' || decision.status === 'PARTIALLY_PAID') &&
      decision.invoiceId
    ) {
      const target = this.invoices.find((candidate) => candidate.id === decision.invoiceId)!;
      target.settled += (decision.applied?.minor ?? 0n) + (decision.fee?.minor ?? 0n);
      this.event(target, {
        type: 'PAYMENT_APPLIED',
        on: this.today(),
        paid: this.money(target, target.settled),
        due: this.money(target, target.total),
      });
    }
  }

  private event(invoice: SimulatedInvoice, event: EscrowEvent): void {
    const before = invoice.escrow;
    const transition = escrowTransition(before, event, SETTINGS);
    invoice.escrow = transition.state;
    if (transition.effect) this.effect(invoice, transition.effect, before);
    if (
      event.type === 'CANCELLED' &&
      before.status === 'AWAITING_FUNDS' &&
      transition.state.status === 'CANCELLED'
    ) {
      // never edited: the invoice posting is reversed, partial payments become a refund
      invoice.cancelledBeforeFunding = true;
      this.book(
        postingFor('REVERSAL', {
          original: invoice.issuedPosting,
          reason: 'invoice cancelled before payment',
        }),
      );
      if (invoice.settled > 0n) {
        this.book(
          postingFor('REFUND', {
            invoiceId: invoice.id,
            partialPayments: this.money(invoice, invoice.settled),
            bankFees: this.bankFees(invoice),
            payerCredit: this.payerCredit(invoice),
          }),
        );
      }
    }
  }

  private effect(invoice: SimulatedInvoice, effect: EscrowEffect, before: EscrowState): void {
    const goods = this.money(invoice, invoice.goods);
    const held = this.escrowHeld(invoice);
    switch (effect) {
      case 'FUND':
        expect(invoice.settled >= invoice.total).toBe(true);
        this.book(postingFor('ESCROW_FUNDED', { invoiceId: invoice.id, amount: goods }));
        return;
      case 'RELEASE':
        // the property: nothing is released that was not funded
        expect(['FUNDED', 'DELIVERED', 'DISPUTED']).toContain(before.status);
        expect(held).toBe(invoice.goods);
        this.book(postingFor('ESCROW_RELEASED', { invoiceId: invoice.id, amount: goods }));
        return;
      case 'REFUND': {
        expect(held).toBe(invoice.goods);
        const optional = (minor: bigint): Money | undefined =>
          minor > 0n ? this.money(invoice, minor) : undefined;
        this.book(
          postingFor('REFUND', {
            invoiceId: invoice.id,
            escrow: goods,
            duties: optional(invoice.duties),
            vat: optional(invoice.vat),
            bankFees: this.bankFees(invoice),
            payerCredit: this.payerCredit(invoice),
          }),
        );
        return;
      }
    }
  }

  /** REC-FEE charges written off on the invoice: never received, so never refunded. */
  private bankFees(invoice: SimulatedInvoice): Money | undefined {
    const fees =
      accountBalances(this.postings, { invoiceId: invoice.id }).find(
        (balance) => balance.account === 'BANK_FEES',
      )?.balance.minor ?? 0n;
    return fees > 0n ? this.money(invoice, fees) : undefined;
  }

  /** REC-OVER's excess on the invoice: held for the payer, refunded with the rest. */
  private payerCredit(invoice: SimulatedInvoice): Money | undefined {
    const credit = this.balanceOf(invoice, 'PAYER_CREDITS');
    return credit > 0n ? this.money(invoice, credit) : undefined;
  }

  balanceOf(invoice: SimulatedInvoice, account: string): bigint {
    return (
      accountBalances(this.postings, { invoiceId: invoice.id }).find(
        (balance) => balance.account === account,
      )?.balance.minor ?? 0n
    );
  }

  escrowHeld(invoice: SimulatedInvoice): bigint {
    return (
      accountBalances(this.postings, { invoiceId: invoice.id }).find(
        (balance) => balance.account === 'ESCROW_LIABILITY',
      )?.balance.minor ?? 0n
    );
  }
}

describe('ledger and escrow (property)', () => {
  it('any sequence of operations keeps every currency balanced and never releases unfunded escrow', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 1, maxLength: 60, size: 'medium' }),
        (operations) => {
          const simulation = new Simulation();
          for (const op of operations) {
            simulation.run(op);
            expect(simulation.postings.every(isBalanced)).toBe(true);
            expect(trialBalance(simulation.postings).every((currency) => currency.balanced)).toBe(
              true,
            );
            for (const invoice of simulation.invoices) {
              const held = simulation.escrowHeld(invoice);
              expect(held >= 0n).toBe(true);
              // escrow is held exactly while the state machine says funded, delivered or disputed
              const holding = ['FUNDED', 'DELIVERED', 'DISPUTED'].includes(invoice.escrow.status);
              expect(held).toBe(holding ? invoice.goods : 0n);
              // a refund pays back what was received: no bank charge stays the platform's cost,
              // and no over-payment stays owed apart (the payer credit goes back with the rest)
              if (invoice.escrow.status === 'REFUNDED' || invoice.cancelledBeforeFunding) {
                expect(simulation.balanceOf(invoice, 'BANK_FEES')).toBe(0n);
                expect(simulation.balanceOf(invoice, 'PAYER_CREDITS')).toBe(0n);
              }
            }
          }
          // every released or refunded escrow was funded first, in posting order
          for (const invoice of simulation.invoices) {
            const kinds = simulation.postings
              .filter((p) => p.invoiceId === invoice.id)
              .map((p) => p.kind);
            const funded = kinds.indexOf('ESCROW_FUNDED');
            const released = kinds.indexOf('ESCROW_RELEASED');
            if (released !== -1) expect(funded !== -1 && funded < released).toBe(true);
            expect(kinds.filter((kind) => kind === 'ESCROW_FUNDED').length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
