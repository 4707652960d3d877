import { Money, parseMoney } from '@artbridge/money';
import { escrowTransition } from '../../ledger/domain/escrow';
import { accountBalances, trialBalance } from '../../ledger/domain/ledger-balances';
import { Posting, RecordedPosting } from '../../ledger/domain/posting';
import { postingsForDecision } from '../../ledger/domain/postings';
import { ReconciliationDecision } from '../../reconciliation/domain/reconciliation.types';
import { importDutyDueAt, planImportDutyInvoice } from './import-duty-invoice';
import {
  InvoiceRuleError,
  applyPayment,
  invoiceAmounts,
  issuePosting,
  newInvoiceState,
  reversePayment,
} from './invoice';

const cny = (amount: string): Money => parseMoney(amount, 'CNY');
const DECLARATION = '0190a4d6-0000-7000-8000-0000000000d1';
const SETTINGS = { inspectionPeriodDays: 7 };
const ON = '2026-12-06';

const duties = (duty: string, vat: string, total: string) => ({
  duty: cny(duty),
  vat: cny(vat),
  total: cny(total),
});

function paid(invoiceId: string, amount: Money): ReconciliationDecision {
  return {
    entryId: `e-${amount.minor}`,
    rule: 'REC-EXACT',
    status: 'MATCHED',
    invoiceId,
    applied: amount,
    fundsEscrow: false,
    explanation: 'paid with the RF reference',
  };
}

describe('import-duty invoices (customs.declaration.import-cleared with duties)', () => {
  it('bill the duty and the VAT of the import declaration, in their currency, no goods', () => {
    const plan = planImportDutyInvoice({
      declarationId: DECLARATION,
      importCountry: 'CN',
      duties: duties('1000.00', '13130.00', '14130.00'),
    });
    expect(plan).toEqual({
      invoice: true,
      lines: [
        {
          kind: 'DUTY',
          description: `Import duty (CN), import declaration ${DECLARATION}`,
          amount: cny('1000.00'),
        },
        {
          kind: 'VAT',
          description: `Import VAT (CN), import declaration ${DECLARATION}`,
          amount: cny('13130.00'),
        },
      ],
      amounts: {
        currency: 'CNY',
        total: cny('14130.00'),
        goods: cny('0.00'),
        duties: cny('1000.00'),
        vat: cny('13130.00'),
      },
    });
  });

  it('leave a zero line out, and issue nothing when nothing is due or none was computed', () => {
    const vatOnly = planImportDutyInvoice({
      declarationId: DECLARATION,
      importCountry: 'CN',
      duties: duties('0.00', '1300.00', '1300.00'),
    });
    expect(vatOnly.invoice && vatOnly.lines.map((line) => line.kind)).toEqual(['VAT']);
    expect(
      planImportDutyInvoice({
        declarationId: DECLARATION,
        importCountry: 'CN',
        duties: duties('0.00', '0.00', '0.00'),
      }),
    ).toEqual({
      invoice: false,
      reason: `import declaration ${DECLARATION} has no duty or VAT due: nothing to invoice`,
    });
    expect(
      planImportDutyInvoice({ declarationId: DECLARATION, importCountry: 'CN' }),
    ).toMatchObject({ invoice: false });
  });

  it('refuse duties that do not add up, or in two currencies', () => {
    expect(() =>
      planImportDutyInvoice({
        declarationId: DECLARATION,
        importCountry: 'CN',
        duties: duties('1000.00', '13130.00', '14000.00'),
      }),
    ).toThrow(
      new InvoiceRuleError(
        `import declaration ${DECLARATION}: total 14000.00 CNY is not duty plus VAT (14130.00 CNY)`,
      ),
    );
    expect(() =>
      planImportDutyInvoice({
        declarationId: DECLARATION,
        importCountry: 'CN',
        duties: { ...duties('1.00', '1.00', '2.00'), vat: parseMoney('1.00', 'EUR') },
      }),
    ).toThrow(InvoiceRuleError);
  });

  it('hold no escrow: paid in full, straight to duties and VAT payable, the ledger balanced', () => {
    const plan = planImportDutyInvoice({
      declarationId: DECLARATION,
      importCountry: 'CN',
      duties: duties('1000.00', '13130.00', '14130.00'),
    });
    if (!plan.invoice) throw new Error('expected an invoice');
    const state = newInvoiceState('inv-duty', plan.amounts, 'IMPORT_DUTY');
    expect(state.escrow).toEqual({ status: 'NONE' });

    const issued = issuePosting(state.id, plan.amounts);
    expect(issued.lines.map((line) => [line.side, line.account, line.amount])).toEqual([
      ['DEBIT', 'BUYER_RECEIVABLE', cny('14130.00')],
      ['CREDIT', 'DUTIES_PAYABLE', cny('1000.00')],
      ['CREDIT', 'VAT_PAYABLE', cny('13130.00')],
    ]);

    const part = applyPayment(state, paid(state.id, cny('130.00')), ON, SETTINGS);
    expect(part).toMatchObject({ state: { status: 'PARTIALLY_PAID' }, funded: false });
    const rest = applyPayment(part.state, paid(state.id, cny('14000.00')), ON, SETTINGS);
    expect(rest).toMatchObject({
      state: { status: 'PAID', paid: cny('14130.00'), escrow: { status: 'NONE' } },
      postings: [],
      funded: false,
    });

    const payments = [cny('130.00'), cny('14000.00')].flatMap((amount) =>
      postingsForDecision(paid(state.id, amount), { amount, creditDebit: 'CRDT' }),
    );
    const [balance] = trialBalance([issued, ...payments]);
    expect(balance.debits).toEqual(balance.credits);
  });

  it('a payment the bank reversed (REC-REVERSAL) comes off it: its postings reversed, no escrow touched', () => {
    const plan = planImportDutyInvoice({
      declarationId: DECLARATION,
      importCountry: 'CN',
      duties: duties('1000.00', '13130.00', '14130.00'),
    });
    if (!plan.invoice) throw new Error('expected an invoice');
    const state = newInvoiceState('inv-duty', plan.amounts, 'IMPORT_DUTY');
    let id = 0;
    const recorded = (posting: Posting): RecordedPosting => ({ ...posting, id: `p${++id}` });
    const issued = recorded(issuePosting(state.id, plan.amounts));
    const first = paid(state.id, cny('4130.00'));
    const second = paid(state.id, cny('10000.00'));
    const part = applyPayment(state, first, ON, SETTINGS);
    const full = applyPayment(part.state, second, ON, SETTINGS);
    const postings = [first, second].flatMap((decision) =>
      postingsForDecision(decision, { amount: decision.applied!, creditDebit: 'CRDT' }).map(
        recorded,
      ),
    );
    const reversal = (of: ReconciliationDecision): ReconciliationDecision => ({
      entryId: `reversal-of-${of.entryId}`,
      rule: 'REC-REVERSAL',
      status: 'MATCHED',
      invoiceId: state.id,
      applied: of.applied,
      reverses: of.entryId,
      fundsEscrow: false,
      explanation: 'the bank reversed it',
    });

    const back = reversePayment(full.state, reversal(second), postings, ON, SETTINGS);
    expect(back.state).toMatchObject({
      status: 'PARTIALLY_PAID',
      paid: cny('4130.00'),
      escrow: { status: 'NONE' },
    });
    expect(back.unfunded).toBeUndefined();
    expect(back.postings.map((posting) => [posting.kind, posting.reverses])).toEqual([
      ['REVERSAL', postings[1].id],
    ]);
    const all = [...postings, ...back.postings.map(recorded)];
    const open = reversePayment(back.state, reversal(first), all, ON, SETTINGS);
    expect(open.state).toMatchObject({ status: 'OPEN', paid: cny('0.00') });
    const books = [issued, ...all, ...open.postings];
    expect(trialBalance(books).every((currency) => currency.balanced)).toBe(true);
    // the importer owes the whole invoice again
    expect(
      accountBalances(books).find((row) => row.account === 'BUYER_RECEIVABLE')?.balance,
    ).toEqual(cny('14130.00'));
  });

  it('cannot be given goods, and its absent escrow refuses every escrow event', () => {
    const amounts = invoiceAmounts([
      { kind: 'PRICE', description: 'a painting', amount: cny('10.00') },
    ]);
    expect(() => newInvoiceState('inv', amounts, 'IMPORT_DUTY')).toThrow(InvoiceRuleError);
    expect(escrowTransition({ status: 'NONE' }, { type: 'CANCELLED', on: ON }, SETTINGS)).toEqual({
      state: { status: 'NONE' },
      refusal: 'CANCELLED refused in NONE: the invoice has no escrow (duties and taxes only)',
    });
  });

  it('are due 15 days (or the days given) after issue', () => {
    const issuedAt = new Date('2026-12-06T10:00:00.000Z');
    expect(importDutyDueAt(issuedAt, 15).toISOString()).toBe('2026-12-21T10:00:00.000Z');
    expect(() => importDutyDueAt(issuedAt, 0)).toThrow(RangeError);
  });
});
