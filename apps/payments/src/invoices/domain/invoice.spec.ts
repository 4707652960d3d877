import fc from 'fast-check';
import { Money, parseMoney } from '@artbridge/money';
import { AccountKey } from '../../ledger/domain/chart-of-accounts';
import { accountBalances, trialBalance } from '../../ledger/domain/ledger-balances';
import { Posting, RecordedPosting, debit } from '../../ledger/domain/posting';
import { postingsForDecision } from '../../ledger/domain/postings';
import { manualMatch } from '../../reconciliation/domain/manual-match';
import { reconcile } from '../../reconciliation/domain/reconcile';
import { IncomingPayment, OpenInvoice } from '../../reconciliation/domain/reconciliation.types';
import { isValidCreditorReference } from './creditor-reference';
import {
  InvoiceLine,
  InvoiceRuleError,
  InvoiceState,
  InvoiceStateError,
  applyPayment,
  bankFeesWrittenOff,
  cancelInvoice,
  cancelOverdueInvoice,
  holdEscrow,
  invoiceAmounts,
  invoiceReference,
  issuePosting,
  newInvoiceState,
  openAmount,
  payerCreditHeld,
  releaseEscrow,
  reversePayment,
} from './invoice';

const SETTINGS = { inspectionPeriodDays: 7 };
const ON = '2026-04-14';
const eur = (amount: string): Money => parseMoney(amount, 'EUR');

const LINES: InvoiceLine[] = [
  { kind: 'PRICE', description: 'Shan Shui, ink on paper', amount: eur('10000.00') },
  { kind: 'FREIGHT', description: 'air freight', amount: eur('500.00') },
  { kind: 'DUTY', description: 'import duty', amount: eur('105.00') },
  { kind: 'VAT', description: 'import VAT', amount: eur('2121.00') },
];

let nextPostingId = 0;
const recorded = (posting: Posting): RecordedPosting => ({
  ...posting,
  id: `p${++nextPostingId}`,
});

function issued(id = 'inv-1', lines = LINES) {
  const amounts = invoiceAmounts(lines);
  return { state: newInvoiceState(id, amounts), posting: recorded(issuePosting(id, amounts)) };
}

function payment(amount: Money, reference?: string): IncomingPayment {
  return {
    entryId: `e${++nextPostingId}`,
    amount,
    creditDebit: 'CRDT',
    bookingDate: ON,
    references: reference ? [reference] : [],
  };
}

const asOpen = (state: InvoiceState, reference: string): OpenInvoice => ({
  id: state.id,
  reference,
  openAmount: openAmount(state),
  dueDate: ON,
});

/** Pays through the real cascade, as an import does; returns the new state and every posting. */
function pay(state: InvoiceState, amount: Money): { state: InvoiceState; postings: Posting[] } {
  const reference = invoiceReference(1n);
  const incoming = payment(amount, reference);
  const decision = reconcile(incoming, [asOpen(state, reference)]);
  const outcome = applyPayment(state, decision, ON, SETTINGS);
  return {
    state: outcome.state,
    postings: [...postingsForDecision(decision, incoming), ...outcome.postings],
  };
}

const balanced = (postings: readonly Posting[]) =>
  trialBalance(postings).every((currency) => currency.balanced);

/** An account's balance on its normal side, zero when nothing was booked to it. */
const balanceOf = (postings: readonly Posting[], account: AccountKey): Money =>
  accountBalances(postings).find((row) => row.account === account)?.balance ?? eur('0.00');

describe('invoice amounts and reference', () => {
  it('totals the lines, goods apart from duties and VAT', () => {
    expect(invoiceAmounts(LINES)).toEqual({
      currency: 'EUR',
      total: eur('12726.00'),
      goods: eur('10500.00'),
      duties: eur('105.00'),
      vat: eur('2121.00'),
    });
  });

  it('refuses mixed currencies, no lines and a zero total', () => {
    expect(() =>
      invoiceAmounts([
        ...LINES,
        { kind: 'INSURANCE', description: 'x', amount: parseMoney('1', 'JPY') },
      ]),
    ).toThrow(
      new InvoiceRuleError(
        'lines[4] is in JPY but the invoice is in EUR: one invoice, one currency',
      ),
    );
    expect(() => invoiceAmounts([])).toThrow(InvoiceRuleError);
    expect(() =>
      invoiceAmounts([{ kind: 'PRICE', description: 'gift', amount: eur('0.00') }]),
    ).toThrow('the invoice totals zero: nothing to pay');
  });

  it('refuses lines each within the bigint bound whose total is not', () => {
    // each line fits in a bigint (at most 92233720368547758.07 EUR), their sum does not
    const huge: InvoiceLine[] = [
      { kind: 'PRICE', description: 'price', amount: eur('90000000000000000.00') },
      { kind: 'VAT', description: 'vat', amount: eur('11700000000000000.00') },
    ];
    expect(() => invoiceAmounts(huge)).toThrow(
      new InvoiceRuleError(
        'the lines total 101700000000000000.00 EUR, more than an invoice can hold (EUR amounts go up to 92233720368547758.07)',
      ),
    );
    // the bound itself is still an invoice
    expect(
      invoiceAmounts([
        { kind: 'PRICE', description: 'price', amount: eur('92233720368547758.00') },
        { kind: 'DUTY', description: 'duty', amount: eur('0.07') },
      ]).total,
    ).toEqual(eur('92233720368547758.07'));
  });

  it('prints a valid ISO 11649 reference from the invoice number', () => {
    expect(invoiceReference(1n)).toMatch(/^RF\d{2}AB00000001$/);
    expect(isValidCreditorReference(invoiceReference(123456789n))).toBe(true);
    expect(() => invoiceReference(0n)).toThrow(RangeError);
  });
});

describe('invoice lifecycle', () => {
  it('a partial payment leaves it PARTIALLY_PAID with escrow awaiting; the rest funds escrow', () => {
    const { state, posting } = issued();
    const first = pay(state, eur('5000.00'));
    expect(first.state).toMatchObject({ status: 'PARTIALLY_PAID', paid: eur('5000.00') });
    expect(first.state.escrow.status).toBe('AWAITING_FUNDS');
    const second = pay(first.state, eur('7726.00'));
    expect(second.state).toMatchObject({ status: 'PAID', paid: eur('12726.00') });
    expect(second.state.escrow.status).toBe('FUNDED');
    expect(second.postings.map((p) => p.kind)).toEqual(['PAYMENT_RECEIVED', 'ESCROW_FUNDED']);
    expect(balanced([posting, ...first.postings, ...second.postings])).toBe(true);
  });

  it('a fee within tolerance counts as paid', () => {
    const { state } = issued();
    const { state: after, postings } = pay(state, eur('12700.00'));
    expect(after).toMatchObject({ status: 'PAID', paid: eur('12726.00') });
    expect(postings.map((p) => p.kind)).toEqual([
      'PAYMENT_RECEIVED',
      'FEE_BOOKED',
      'ESCROW_FUNDED',
    ]);
  });

  it('refuses a payment on an invoice that takes none', () => {
    const { state, posting } = issued();
    const voided = cancelInvoice(state, [posting], ON, SETTINGS);
    const reference = invoiceReference(1n);
    const decision = reconcile(payment(eur('1.00'), reference), [asOpen(state, reference)]);
    expect(() => applyPayment(voided.state, decision, ON, SETTINGS)).toThrow(InvoiceStateError);
  });

  it('cancelled unpaid: VOID, the issue posting reversed, and again: unchanged', () => {
    const { state, posting } = issued();
    const outcome = cancelInvoice(state, [posting], ON, SETTINGS);
    expect(outcome.kind).toBe('VOIDED');
    expect(outcome.state.status).toBe('VOID');
    if (outcome.kind !== 'VOIDED') return;
    expect(outcome.postings.map((p) => [p.kind, p.reverses])).toEqual([['REVERSAL', posting.id]]);
    expect(balanced([posting, ...outcome.postings])).toBe(true);
    expect(cancelInvoice(outcome.state, [posting], ON, SETTINGS).kind).toBe('UNCHANGED');
  });

  it('cancelled partly paid: REFUNDED with what was paid; fully paid: the whole of it', () => {
    const { state, posting } = issued();
    const partly = pay(state, eur('1000.00'));
    const refund = cancelInvoice(partly.state, [posting], ON, SETTINGS);
    expect(refund).toMatchObject({ kind: 'REFUNDED', amount: eur('1000.00') });
    expect(refund.state.status).toBe('REFUNDED');
    if (refund.kind === 'REFUNDED') {
      expect(refund.postings.map((p) => p.kind)).toEqual(['REVERSAL', 'REFUND']);
      expect(balanced([posting, ...partly.postings, ...refund.postings])).toBe(true);
    }

    const paid = pay(state, eur('12726.00'));
    const full = cancelInvoice(paid.state, [posting], ON, SETTINGS);
    expect(full).toMatchObject({ kind: 'REFUNDED', amount: eur('12726.00') });
    expect(full.state.escrow.status).toBe('REFUNDED');
  });

  it('cancelled after a payment short by bank charges (REC-FEE): what was received is refunded, the charges are not', () => {
    const { state, posting } = issued();
    // 12726.00 invoiced, 12700.00 received: 26.00 of bank charges written off
    const paid = pay(state, eur('12700.00'));
    expect(paid.state).toMatchObject({ status: 'PAID', paid: eur('12726.00') });
    const books = [posting, ...paid.postings.map(recorded)];
    expect(bankFeesWrittenOff(paid.state, books)).toEqual(eur('26.00'));
    const full = cancelInvoice(paid.state, books, ON, SETTINGS);
    expect(full).toMatchObject({ kind: 'REFUNDED', amount: eur('12700.00') });
    if (full.kind !== 'REFUNDED') return;
    const after = [...books, ...full.postings];
    expect(balanced(after)).toBe(true);
    expect(balanceOf(after, 'REFUNDS_PAYABLE')).toEqual(eur('12700.00'));
    expect(balanceOf(after, 'BANK')).toEqual(eur('12700.00'));
    // the expense is taken back: the buyer bears the charges, as the refund does
    expect(balanceOf(after, 'BANK_FEES')).toEqual(eur('0.00'));
    for (const emptied of ['BUYER_RECEIVABLE', 'ESCROW_LIABILITY', 'DUTIES_PAYABLE'] as const) {
      expect([emptied, balanceOf(after, emptied)]).toEqual([emptied, eur('0.00')]);
    }
  });

  it('cancelled part paid after a REC-FEE payment, another payment reversed: the same, before funding', () => {
    const { state, posting } = issued();
    const first = pay(state, eur('5000.00'));
    // 7726.00 open, 7700.00 received: 26.00 of bank charges, the invoice paid, escrow funded
    const second = pay(first.state, eur('7700.00'));
    expect(second.state).toMatchObject({ status: 'PAID', paid: eur('12726.00') });
    const books = [posting, ...[...first.postings, ...second.postings].map(recorded)];
    // the bank takes back the first payment: part paid again, escrow awaiting funds
    const firstEntry = books.find((p) => p.kind === 'PAYMENT_RECEIVED')!.entryId!;
    const back = reversePayment(
      second.state,
      {
        entryId: 'reversal-1',
        rule: 'REC-REVERSAL',
        status: 'MATCHED',
        invoiceId: state.id,
        applied: eur('5000.00'),
        reverses: firstEntry,
        fundsEscrow: false,
        explanation: 'the bank reversed it',
      },
      books,
      ON,
      SETTINGS,
    );
    expect(back.state).toMatchObject({ status: 'PARTIALLY_PAID', paid: eur('7726.00') });
    const before = [...books, ...back.postings.map(recorded)];
    const refund = cancelInvoice(back.state, before, ON, SETTINGS);
    expect(refund).toMatchObject({ kind: 'REFUNDED', amount: eur('7700.00') });
    if (refund.kind !== 'REFUNDED') return;
    expect(refund.postings.map((p) => p.kind)).toEqual(['REVERSAL', 'REFUND']);
    const after = [...before, ...refund.postings];
    expect(balanced(after)).toBe(true);
    expect(balanceOf(after, 'BANK')).toEqual(eur('7700.00'));
    expect(balanceOf(after, 'REFUNDS_PAYABLE')).toEqual(eur('7700.00'));
    expect(balanceOf(after, 'BANK_FEES')).toEqual(eur('0.00'));
    expect(balanceOf(after, 'BUYER_RECEIVABLE')).toEqual(eur('0.00'));
  });

  describe('cancelled after an over-payment (REC-OVER): the payer credit goes back too', () => {
    const jpy = (amount: string): Money => parseMoney(amount, 'JPY');
    const JPY_LINES: InvoiceLine[] = [
      { kind: 'PRICE', description: 'Hokusai print', amount: jpy('500000') },
      { kind: 'VAT', description: 'import VAT', amount: jpy('50000') },
    ];
    const balanceIn = (postings: readonly Posting[], account: AccountKey): Money =>
      accountBalances(postings).find((row) => row.account === account)?.balance ?? jpy('0');

    /** 550000 JPY invoiced, 549000 paid (REC-PARTIAL), then 1500 (REC-OVER: 500 over). */
    function overPaid() {
      const { state, posting } = issued('inv-jpy', JPY_LINES);
      const first = pay(state, jpy('549000'));
      expect(first.state).toMatchObject({ status: 'PARTIALLY_PAID', paid: jpy('549000') });
      const second = pay(first.state, jpy('1500'));
      expect(second.state).toMatchObject({ status: 'PAID', paid: jpy('550000') });
      expect(second.postings.map((p) => p.kind)).toEqual([
        'PAYMENT_RECEIVED',
        'OVERPAYMENT_CREDIT',
        'ESCROW_FUNDED',
      ]);
      const books = [posting, ...[...first.postings, ...second.postings].map(recorded)];
      expect(payerCreditHeld(second.state, books)).toEqual(jpy('500'));
      return { state: second.state, books };
    }

    it('disputed and refunded to the buyer: all 550500 JPY received owed back, no credit left', () => {
      const { state, books } = overPaid();
      const held = holdEscrow(state, ON, SETTINGS).state;
      const refund = cancelInvoice(held, books, ON, SETTINGS);
      expect(refund).toMatchObject({ kind: 'REFUNDED', amount: jpy('550500') });
      if (refund.kind !== 'REFUNDED') return;
      expect(refund.postings[0].lines).toContainEqual(debit('PAYER_CREDITS', jpy('500')));
      const after = [...books, ...refund.postings];
      expect(balanced(after)).toBe(true);
      expect(balanceIn(after, 'PAYER_CREDITS')).toEqual(jpy('0'));
      expect(balanceIn(after, 'REFUNDS_PAYABLE')).toEqual(jpy('550500'));
      expect(balanceIn(after, 'BANK')).toEqual(jpy('550500'));
    });

    it('part paid again after a reversal: the payments left and the credit owed back', () => {
      const { state, books } = overPaid();
      const firstEntry = books.find((p) => p.kind === 'PAYMENT_RECEIVED')!.entryId!;
      const back = reversePayment(
        state,
        {
          entryId: 'reversal-jpy',
          rule: 'REC-REVERSAL',
          status: 'MATCHED',
          invoiceId: state.id,
          applied: jpy('549000'),
          reverses: firstEntry,
          fundsEscrow: false,
          explanation: 'the bank reversed it',
        },
        books,
        ON,
        SETTINGS,
      );
      expect(back.state).toMatchObject({ status: 'PARTIALLY_PAID', paid: jpy('1000') });
      const before = [...books, ...back.postings.map(recorded)];
      const refund = cancelInvoice(back.state, before, ON, SETTINGS);
      // 1500 JPY is what the bank still holds for the invoice: 1000 applied, 500 over
      expect(refund).toMatchObject({ kind: 'REFUNDED', amount: jpy('1500') });
      if (refund.kind !== 'REFUNDED') return;
      const after = [...before, ...refund.postings];
      expect(balanced(after)).toBe(true);
      expect(balanceIn(after, 'PAYER_CREDITS')).toEqual(jpy('0'));
      expect(balanceIn(after, 'REFUNDS_PAYABLE')).toEqual(jpy('1500'));
      expect(balanceIn(after, 'BANK')).toEqual(jpy('1500'));
      expect(balanceIn(after, 'BUYER_RECEIVABLE')).toEqual(jpy('0'));
    });
  });

  it('cancelled for an overdue payment: kept when paid in full and funded, else cancelled', () => {
    const { state, posting } = issued();
    const paid = pay(state, eur('12726.00'));
    const kept = cancelOverdueInvoice(paid.state, [posting], ON, SETTINGS);
    expect(kept).toMatchObject({ kind: 'DECLINED', state: paid.state });
    expect(kept.kind === 'DECLINED' && kept.why).toContain('paid in full and its escrow funded');
    expect(kept.state).toMatchObject({ status: 'PAID', escrow: { status: 'FUNDED' } });

    // nothing paid: voided; paid in part: what was paid refunded (as any cancellation)
    expect(cancelOverdueInvoice(state, [posting], ON, SETTINGS)).toEqual(
      cancelInvoice(state, [posting], ON, SETTINGS),
    );
    const partly = pay(state, eur('1000.00'));
    expect(cancelOverdueInvoice(partly.state, [posting], ON, SETTINGS)).toMatchObject({
      kind: 'REFUNDED',
      amount: eur('1000.00'),
    });
    // escrow past FUNDED (held in a dispute) is no payment arriving late: as any cancellation
    const held = holdEscrow(paid.state, ON, SETTINGS).state;
    expect(cancelOverdueInvoice(held, [posting], ON, SETTINGS).kind).toBe('REFUNDED');
  });

  it('releases only funded escrow, once; holds only funded escrow', () => {
    const { state, posting } = issued();
    const unfunded = releaseEscrow(state, ON, SETTINGS);
    expect(unfunded).toMatchObject({ kind: 'REFUSED' });
    expect(unfunded.kind === 'REFUSED' && unfunded.why).toContain('only funded escrow');
    expect(holdEscrow(state, ON, SETTINGS).kind).toBe('REFUSED');

    const paid = pay(state, eur('12726.00'));
    const released = releaseEscrow(paid.state, ON, SETTINGS);
    expect(released).toMatchObject({ kind: 'RELEASED', amount: eur('10500.00') });
    expect(released.state.escrow.status).toBe('RELEASED');
    if (released.kind === 'RELEASED') {
      expect(released.postings.map((p) => p.kind)).toEqual(['ESCROW_RELEASED']);
      expect(balanced([posting, ...paid.postings, ...released.postings])).toBe(true);
    }
    expect(releaseEscrow(released.state, ON, SETTINGS).kind).toBe('UNCHANGED');
    expect(cancelInvoice(released.state, [posting], ON, SETTINGS).kind).toBe('REFUSED');
  });

  it('a hold keeps the funds; a release afterwards resolves the dispute', () => {
    const { state } = issued();
    const paid = pay(state, eur('12726.00'));
    const held = holdEscrow(paid.state, ON, SETTINGS);
    expect(held).toMatchObject({ kind: 'HELD', postings: [] });
    expect(held.state.escrow.status).toBe('DISPUTED');
    expect(holdEscrow(held.state, ON, SETTINGS).kind).toBe('UNCHANGED');
    const released = releaseEscrow(held.state, ON, SETTINGS);
    expect(released.kind).toBe('RELEASED');
  });
});

describe('manual match', () => {
  it('applies the cascade to the chosen invoice and refuses another currency or a debit', () => {
    const { state } = issued();
    const reference = invoiceReference(1n);
    const open = asOpen(state, reference);
    const short = manualMatch(payment(eur('100.00')), open);
    expect('decision' in short && short.decision).toMatchObject({
      rule: 'REC-PARTIAL',
      status: 'PARTIALLY_PAID',
      invoiceId: 'inv-1',
    });
    const foreign = manualMatch(payment(parseMoney('100', 'JPY')), open);
    expect('refusal' in foreign && foreign.refusal).toContain('is in EUR');
    const debit = manualMatch({ ...payment(eur('100.00')), creditDebit: 'DBIT' }, open);
    expect('refusal' in debit).toBe(true);
  });
});

describe('property: any sequence of payments, cancellations, holds and releases', () => {
  type Step =
    | { kind: 'PAY'; share: number }
    | { kind: 'PAY_SHORT' } // the open amount less 0.1 %: bank charges (REC-FEE)
    | { kind: 'CANCEL' | 'RELEASE' | 'HOLD' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('PAY' as const), share: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ kind: fc.constant('PAY_SHORT' as const) }),
    fc.record({ kind: fc.constantFrom('CANCEL' as const, 'RELEASE' as const, 'HOLD' as const) }),
  );

  it('keeps the books balanced, never pays beyond the total, never releases unfunded escrow and refunds what was received', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.array(step, { maxLength: 12 }),
        (goods, duties, steps) => {
          const lines: InvoiceLine[] = [
            { kind: 'PRICE', description: 'p', amount: { minor: goods, currency: 'EUR' } },
            { kind: 'DUTY', description: 'd', amount: { minor: duties, currency: 'EUR' } },
          ];
          let { state } = issued('inv-p', lines);
          const { posting } = issued('inv-p', lines);
          const postings: RecordedPosting[] = [posting];
          let everFunded = false;
          for (const s of steps) {
            if (s.kind === 'PAY' || s.kind === 'PAY_SHORT') {
              if (state.status !== 'OPEN' && state.status !== 'PARTIALLY_PAID') continue;
              const open = openAmount(state).minor;
              const amount =
                s.kind === 'PAY'
                  ? (state.amounts.total.minor * BigInt(s.share)) / 100n
                  : open - open / 1000n;
              if (amount === 0n) continue;
              const paid = pay(state, { minor: amount, currency: 'EUR' });
              state = paid.state;
              postings.push(...paid.postings.map(recorded));
            } else {
              const outcome =
                s.kind === 'CANCEL'
                  ? cancelInvoice(state, postings, ON, SETTINGS)
                  : s.kind === 'RELEASE'
                    ? releaseEscrow(state, ON, SETTINGS)
                    : holdEscrow(state, ON, SETTINGS);
              if (outcome.kind === 'RELEASED') expect(everFunded).toBe(true);
              if (outcome.kind !== 'UNCHANGED' && outcome.kind !== 'REFUSED') {
                postings.push(...outcome.postings.map(recorded));
              }
              if (outcome.kind === 'REFUNDED') {
                // everything that reached the bank for the invoice, an over-payment included
                const received = balanceOf(postings, 'BANK').minor;
                expect(outcome.amount.minor).toBe(received);
                expect(balanceOf(postings, 'REFUNDS_PAYABLE').minor).toBe(received);
                expect(balanceOf(postings, 'BANK_FEES').minor).toBe(0n);
                expect(balanceOf(postings, 'PAYER_CREDITS').minor).toBe(0n);
              }
              state = outcome.state;
            }
            if (state.escrow.status === 'FUNDED') everFunded = true;
            expect(state.paid.minor <= state.amounts.total.minor).toBe(true);
          }
          expect(balanced(postings)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
