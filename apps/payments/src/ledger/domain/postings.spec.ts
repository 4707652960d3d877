import { Money, parseMoney } from '@artbridge/money';
import { ReconciliationDecision } from '../../reconciliation/domain/reconciliation.types';
import { CHART_OF_ACCOUNTS, normalSide } from './chart-of-accounts';
import { accountBalances, trialBalance } from './ledger-balances';
import {
  Posting,
  RecordedPosting,
  UnbalancedPostingError,
  assertBalanced,
  debit,
  credit,
  isBalanced,
} from './posting';
import { postingFor, postingsForDecision } from './postings';

const eur = (amount: string): Money => parseMoney(amount, 'EUR');
const recorded = (posting: Posting, id: string): RecordedPosting => ({ ...posting, id });

describe('chart of accounts', () => {
  it('has the accounts finance needs, with unique codes', () => {
    const codes = Object.values(CHART_OF_ACCOUNTS).map((account) => account.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(CHART_OF_ACCOUNTS)).toEqual(
      expect.arrayContaining([
        'BANK',
        'BUYER_RECEIVABLE',
        'ESCROW_LIABILITY',
        'EXPORTER_PAYABLE',
        'DUTIES_PAYABLE',
        'VAT_PAYABLE',
        'BANK_FEES',
        'PAYER_CREDITS',
        'REFUNDS_PAYABLE',
      ]),
    );
    expect(normalSide('BANK')).toBe('DEBIT');
    expect(normalSide('BANK_FEES')).toBe('DEBIT');
    expect(normalSide('ESCROW_LIABILITY')).toBe('CREDIT');
  });
});

describe('postingFor', () => {
  it('books an issued invoice: receivable against escrow awaiting funds, duties and VAT', () => {
    const posting = postingFor('INVOICE_ISSUED', {
      invoiceId: 'INV-1',
      goods: eur('10000.00'),
      duties: eur('100.00'),
      vat: eur('1300.00'),
    });
    expect(posting.lines).toEqual([
      debit('BUYER_RECEIVABLE', eur('11400.00')),
      credit('ESCROW_AWAITING_FUNDS', eur('10000.00')),
      credit('DUTIES_PAYABLE', eur('100.00')),
      credit('VAT_PAYABLE', eur('1300.00')),
    ]);
    expect(isBalanced(posting)).toBe(true);
  });

  it('leaves out zero and absent parts', () => {
    const posting = postingFor('INVOICE_ISSUED', {
      invoiceId: 'INV-1',
      goods: eur('10.00'),
      duties: eur('0.00'),
    });
    expect(posting.lines.map((line) => line.account)).toEqual([
      'BUYER_RECEIVABLE',
      'ESCROW_AWAITING_FUNDS',
    ]);
  });

  it('builds every kind balanced', () => {
    const amount = eur('25.00');
    const postings = [
      postingFor('PAYMENT_RECEIVED', { invoiceId: 'I', entryId: 'E', amount }),
      postingFor('FEE_BOOKED', { invoiceId: 'I', fee: amount }),
      postingFor('OVERPAYMENT_CREDIT', { entryId: 'E', excess: amount }),
      postingFor('ESCROW_FUNDED', { invoiceId: 'I', amount }),
      postingFor('ESCROW_RELEASED', { invoiceId: 'I', amount }),
      postingFor('EXPORTER_PAID', { invoiceId: 'I', amount }),
      postingFor('REFUND', { invoiceId: 'I', escrow: amount, duties: amount, vat: amount }),
      postingFor('REFUND', { invoiceId: 'I', partialPayments: amount }),
      postingFor('REFUND_PAID', { invoiceId: 'I', amount }),
      postingFor('PAYER_CREDIT_PAID', { invoiceId: 'I', entryId: 'E', amount }),
      postingFor('SUSPENSE_BOOKED', { entryId: 'E', amount, creditDebit: 'CRDT' }),
      postingFor('SUSPENSE_BOOKED', { entryId: 'E', amount, creditDebit: 'DBIT' }),
      postingFor('SUSPENSE_CLEARED', { entryId: 'E', invoiceId: 'I', amount }),
    ];
    for (const posting of postings) {
      expect(() => assertBalanced(posting)).not.toThrow();
      expect(posting.lines.every((line) => line.amount.minor > 0n)).toBe(true);
    }
    expect(trialBalance(postings)).toEqual([
      { currency: 'EUR', debits: eur('375.00'), credits: eur('375.00'), balanced: true },
    ]);
  });

  it('refunds what was received: bank charges written off are not paid back, their expense taken back', () => {
    const refund = postingFor('REFUND', {
      invoiceId: 'I',
      escrow: eur('1150.00'),
      duties: eur('11.50'),
      vat: eur('57.50'),
      bankFees: eur('4.00'),
    });
    expect(refund.lines).toEqual([
      debit('ESCROW_LIABILITY', eur('1150.00')),
      debit('DUTIES_PAYABLE', eur('11.50')),
      debit('VAT_PAYABLE', eur('57.50')),
      credit('BANK_FEES', eur('4.00')),
      credit('REFUNDS_PAYABLE', eur('1215.00')),
    ]);
    expect(refund.memo).toContain('1215.00 EUR to be refunded');
    expect(
      postingFor('REFUND', {
        invoiceId: 'I',
        partialPayments: eur('100.00'),
        bankFees: eur('1.00'),
      }).lines,
    ).toEqual([
      debit('BUYER_RECEIVABLE', eur('100.00')),
      credit('BANK_FEES', eur('1.00')),
      credit('REFUNDS_PAYABLE', eur('99.00')),
    ]);
    expect(() =>
      postingFor('REFUND', { invoiceId: 'I', partialPayments: eur('1.00'), bankFees: eur('1.00') }),
    ).toThrow('leave nothing');
  });

  it('refunds an over-payment with the rest: the payer credit is debited, nothing of it stays', () => {
    const jpy = (amount: string): Money => parseMoney(amount, 'JPY');
    const refund = postingFor('REFUND', {
      invoiceId: 'I',
      escrow: jpy('500000'),
      vat: jpy('50000'),
      payerCredit: jpy('500'),
    });
    expect(refund.lines).toEqual([
      debit('ESCROW_LIABILITY', jpy('500000')),
      debit('VAT_PAYABLE', jpy('50000')),
      debit('PAYER_CREDITS', jpy('500')),
      credit('REFUNDS_PAYABLE', jpy('550500')),
    ]);
    expect(refund.memo).toContain(
      '550500 JPY to be refunded to the buyer (500 JPY of it over-paid',
    );
    const partial = postingFor('REFUND', {
      invoiceId: 'I',
      partialPayments: eur('100.00'),
      bankFees: eur('1.00'),
      payerCredit: eur('5.00'),
    });
    expect(partial.lines).toEqual([
      debit('BUYER_RECEIVABLE', eur('100.00')),
      debit('PAYER_CREDITS', eur('5.00')),
      credit('BANK_FEES', eur('1.00')),
      credit('REFUNDS_PAYABLE', eur('104.00')),
    ]);
    const over = postingFor('OVERPAYMENT_CREDIT', { invoiceId: 'I', excess: eur('5.00') });
    expect(
      accountBalances([over, partial]).find((b) => b.account === 'PAYER_CREDITS')?.balance,
    ).toEqual(eur('0.00'));
  });

  it("pays an over-payment's credit back to the payer: the payer credit against the bank", () => {
    const paid = postingFor('PAYER_CREDIT_PAID', {
      invoiceId: 'INV-1',
      entryId: 'E-9',
      amount: eur('12.50'),
    });
    expect(paid).toMatchObject({
      kind: 'PAYER_CREDIT_PAID',
      invoiceId: 'INV-1',
      entryId: 'E-9',
      memo: 'over-payment credit of 12.50 EUR on invoice INV-1 paid back to the payer',
    });
    expect(paid.lines).toEqual([
      debit('PAYER_CREDITS', eur('12.50')),
      credit('BANK', eur('12.50')),
    ]);
    // the credit REC-OVER booked, then paid back: nothing owed, the bank back where it was
    const books = [
      postingFor('OVERPAYMENT_CREDIT', {
        invoiceId: 'INV-1',
        entryId: 'E-1',
        excess: eur('12.50'),
      }),
      paid,
    ];
    expect(accountBalances(books, { invoiceId: 'INV-1' })).toEqual([
      expect.objectContaining({ account: 'BANK', balance: eur('0.00') }),
      expect.objectContaining({ account: 'PAYER_CREDITS', balance: eur('0.00') }),
    ]);
    expect(trialBalance(books).every((total) => total.balanced)).toBe(true);
  });

  it('refuses an invoice in two currencies and a refund of nothing', () => {
    expect(() =>
      postingFor('INVOICE_ISSUED', {
        invoiceId: 'I',
        goods: eur('1.00'),
        vat: parseMoney('1.00', 'USD'),
      }),
    ).toThrow('cannot combine EUR with USD');
    expect(() => postingFor('REFUND', { invoiceId: 'I' })).toThrow('names no amount');
    expect(() => postingFor('PAYMENT_RECEIVED', { invoiceId: 'I', amount: eur('0.00') })).toThrow(
      UnbalancedPostingError,
    );
    expect(() => postingFor('PAYMENT_RECEIVED', { invoiceId: 'I', amount: eur('-1.00') })).toThrow(
      'must be positive',
    );
  });

  it('catches an unbalanced posting, per currency', () => {
    const mixed = {
      kind: 'PAYMENT_RECEIVED' as const,
      lines: [debit('BANK', eur('10.00')), credit('BUYER_RECEIVABLE', parseMoney('10.00', 'USD'))],
    };
    expect(isBalanced(mixed)).toBe(false);
    expect(() => assertBalanced(mixed)).toThrow(
      'does not balance in EUR: debits exceed credits by 10.00',
    );
  });

  it('never edits: postings are frozen, and a reversal mirrors the original', () => {
    const original = recorded(
      postingFor('PAYMENT_RECEIVED', { invoiceId: 'INV-1', entryId: 'E-1', amount: eur('40.00') }),
      'P-1',
    );
    expect(Object.isFrozen(original.lines)).toBe(true);
    expect(() => {
      (original.lines as PostingLineArray).push(debit('BANK', eur('1.00')));
    }).toThrow();

    const reversal = postingFor('REVERSAL', { original, reason: 'payment returned by the bank' });
    expect(reversal).toMatchObject({
      kind: 'REVERSAL',
      reverses: 'P-1',
      invoiceId: 'INV-1',
      entryId: 'E-1',
    });
    expect(reversal.lines).toEqual([
      credit('BANK', eur('40.00')),
      debit('BUYER_RECEIVABLE', eur('40.00')),
    ]);
    expect(reversal.memo).toContain('payment returned by the bank');
    // together they leave nothing on any account
    expect(
      accountBalances([original, reversal]).every((balance) => balance.balance.minor === 0n),
    ).toBe(true);
  });
});

type PostingLineArray = Posting['lines'][number][];

describe('postingsForDecision', () => {
  const decision = (overrides: Partial<ReconciliationDecision>): ReconciliationDecision => ({
    entryId: 'E-1',
    rule: 'REC-EXACT',
    status: 'MATCHED',
    invoiceId: 'INV-1',
    fundsEscrow: true,
    explanation: '',
    ...overrides,
  });
  const received = { amount: eur('100.00'), creditDebit: 'CRDT' as const };

  it('books exact, fee, over and partial payments', () => {
    const kinds = (d: ReconciliationDecision): string[] =>
      postingsForDecision(d, received).map((p) => p.kind);
    expect(kinds(decision({ applied: eur('100.00') }))).toEqual(['PAYMENT_RECEIVED']);
    expect(kinds(decision({ rule: 'REC-FEE', applied: eur('100.00'), fee: eur('0.30') }))).toEqual([
      'PAYMENT_RECEIVED',
      'FEE_BOOKED',
    ]);
    expect(
      kinds(decision({ rule: 'REC-OVER', applied: eur('90.00'), excess: eur('10.00') })),
    ).toEqual(['PAYMENT_RECEIVED', 'OVERPAYMENT_CREDIT']);
    expect(
      kinds(decision({ rule: 'REC-PARTIAL', status: 'PARTIALLY_PAID', applied: eur('100.00') })),
    ).toEqual(['PAYMENT_RECEIVED']);
  });

  it('pays out what an invoice owes (REC-PAYOUT): the payable it names against the bank', () => {
    const paidOut = { amount: eur('100.00'), creditDebit: 'DBIT' as const };
    for (const [pays, kind] of [
      ['EXPORTER_PAYABLE', 'EXPORTER_PAID'],
      ['REFUNDS_PAYABLE', 'REFUND_PAID'],
      ['PAYER_CREDITS', 'PAYER_CREDIT_PAID'],
    ] as const) {
      const postings = postingsForDecision(
        decision({ rule: 'REC-PAYOUT', applied: eur('100.00'), pays, fundsEscrow: false }),
        paidOut,
      );
      expect(postings).toEqual([
        expect.objectContaining({
          kind,
          invoiceId: 'INV-1',
          entryId: 'E-1',
          lines: [debit(pays, eur('100.00')), credit('BANK', eur('100.00'))],
        }),
      ]);
    }
  });

  it('puts suggestions and exceptions in suspense: the money is on the bank account all the same', () => {
    for (const status of ['SUGGESTED', 'EXCEPTION'] as const) {
      const [posting] = postingsForDecision(decision({ status, applied: undefined }), received);
      expect(posting.lines).toEqual([
        debit('BANK', eur('100.00')),
        credit('BANK_SUSPENSE', eur('100.00')),
      ]);
    }
  });
});

describe('accountBalances', () => {
  it('gives balances on each account’s normal side, per currency and optionally per invoice', () => {
    const postings = [
      postingFor('INVOICE_ISSUED', { invoiceId: 'A', goods: eur('100.00') }),
      postingFor('PAYMENT_RECEIVED', { invoiceId: 'A', amount: eur('100.00') }),
      postingFor('ESCROW_FUNDED', { invoiceId: 'A', amount: eur('100.00') }),
      postingFor('INVOICE_ISSUED', { invoiceId: 'B', goods: parseMoney('5000', 'JPY') }),
    ];
    const balances = accountBalances(postings);
    const of = (account: string, currency: string): bigint | undefined =>
      balances.find((b) => b.account === account && b.currency === currency)?.balance.minor;
    expect(of('BANK', 'EUR')).toBe(10000n);
    expect(of('BUYER_RECEIVABLE', 'EUR')).toBe(0n);
    expect(of('ESCROW_LIABILITY', 'EUR')).toBe(10000n);
    expect(of('BUYER_RECEIVABLE', 'JPY')).toBe(5000n);
    expect(accountBalances(postings, { invoiceId: 'B' }).map((b) => b.account)).toEqual([
      'BUYER_RECEIVABLE',
      'ESCROW_AWAITING_FUNDS',
    ]);
    expect(trialBalance(postings).map((t) => [t.currency, t.balanced])).toEqual([
      ['EUR', true],
      ['JPY', true],
    ]);
  });
});
