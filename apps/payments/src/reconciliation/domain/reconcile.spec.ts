import { Money, parseMoney } from '@artbridge/money';
import { createCreditorReference } from '../../invoices/domain/creditor-reference';
import { parseCamt053 } from '../../statements/domain/camt053.parser';
import { EcbRate } from '../../fx-rates/domain/ecb-rates.parser';
import { feeToleranceCaps } from './fee-tolerance';
import { manualMatch } from './manual-match';
import { OpenInvoiceIndex } from './open-invoice-index';
import { namesMatch } from './party-matching';
import {
  creditorReferencesIn,
  feeTolerance,
  paymentsFromStatementEntry,
  reconcile,
  reconcileAll,
} from './reconcile';
import {
  DEFAULT_RECONCILIATION_SETTINGS,
  IncomingPayment,
  InvoicePayables,
  MatchedPayment,
  OpenInvoice,
  ReconciliationSettings,
} from './reconciliation.types';

const eur = (amount: string): Money => parseMoney(amount, 'EUR');
const REFERENCE = createCreditorReference('INV2026 0001'); // RF..INV20260001

// Wednesday 15 April 2026
const invoice = (overrides: Partial<OpenInvoice> = {}): OpenInvoice => ({
  id: 'INV-1',
  reference: REFERENCE,
  openAmount: eur('1000.00'),
  dueDate: '2026-04-15',
  buyerName: 'Galerie Müller GmbH',
  buyerIbans: ['AT61 1904 3002 3457 3201'],
  ...overrides,
});

const payment = (overrides: Partial<IncomingPayment> = {}): IncomingPayment => ({
  entryId: 'entry-1',
  amount: eur('1000.00'),
  creditDebit: 'CRDT',
  bookingDate: '2026-04-15',
  references: [REFERENCE],
  ...overrides,
});

const reversal = (overrides: Partial<IncomingPayment> = {}): IncomingPayment =>
  payment({ entryId: 'reversal-1', creditDebit: 'DBIT', reversal: true, ...overrides });

const matchedPayment = (overrides: Partial<MatchedPayment> = {}): MatchedPayment => ({
  entryId: 'entry-1',
  amount: eur('1000.00'),
  references: [REFERENCE],
  paid: eur('1000.00'),
  invoice: invoice({ openAmount: eur('0.00') }),
  invoiceStatus: 'PAID',
  escrowStatus: 'FUNDED',
  ...overrides,
});

const noReference = (overrides: Partial<IncomingPayment> = {}): IncomingPayment =>
  payment({ references: [], payerName: 'GALERIE MUELLER', ...overrides });

describe('reconcile: the matching cascade of RULES.md section 8', () => {
  describe('REC-EXACT', () => {
    it('matches a payment whose reference and amount equal an open invoice, funding escrow', () => {
      expect(reconcile(payment(), [invoice()])).toEqual({
        entryId: 'entry-1',
        rule: 'REC-EXACT',
        status: 'MATCHED',
        invoiceId: 'INV-1',
        applied: eur('1000.00'),
        fundsEscrow: true,
        explanation: expect.stringContaining('equals its open amount'),
      });
    });

    it('funds no escrow for an invoice of duties and taxes only (import duty), and says so', () => {
      const duties = invoice({ holdsEscrow: false });
      expect(reconcile(payment(), [duties])).toMatchObject({
        rule: 'REC-EXACT',
        status: 'MATCHED',
        fundsEscrow: false,
        explanation: expect.stringMatching(/paid in full \(duties and taxes: no escrow\)$/),
      });
      const short = reconcile(payment({ amount: eur('400.00') }), [duties]);
      expect(short).toMatchObject({ rule: 'REC-PARTIAL', fundsEscrow: false });
      expect(short.explanation).toMatch(/the rest stays open$/);
    });

    it('finds the reference in the end-to-end id or typed into the free text, printed form or not', () => {
      const printed = REFERENCE.replace(/(.{4})/g, '$1 ').toLowerCase();
      const viaEndToEnd = payment({ references: ['NOT-OURS', REFERENCE] });
      const viaText = payment({ references: [], remittanceText: `Invoice ${printed} thank you` });
      expect(reconcile(viaEndToEnd, [invoice()]).rule).toBe('REC-EXACT');
      expect(reconcile(viaText, [invoice()])).toMatchObject({
        rule: 'REC-EXACT',
        invoiceId: 'INV-1',
      });
    });

    it('does not fire for a matching amount when the reference is another invoice', () => {
      const other = invoice({
        id: 'INV-2',
        reference: createCreditorReference('OTHER'),
        buyerName: 'Someone Else',
      });
      expect(
        reconcile(payment({ references: [other.reference] }), [invoice(), other]).invoiceId,
      ).toBe('INV-2');
    });
  });

  describe('REC-FEE', () => {
    it('settles an invoice paid short by bank charges under shared charges, the difference to bank fees', () => {
      const decision = reconcile(payment({ amount: eur('995.00'), chargeBearer: 'SHAR' }), [
        invoice(),
      ]);
      expect(decision).toMatchObject({
        rule: 'REC-FEE',
        status: 'MATCHED',
        applied: eur('995.00'),
        fee: eur('5.00'),
        fundsEscrow: true,
      });
      expect(decision.explanation).toContain(
        'is 5.00 EUR short of 1000.00 EUR, within the fee tolerance of 5.00 EUR (charges SHAR)',
      );
    });

    it('also fires when the payee bears the charges, or the bearer is unknown (assumed shared)', () => {
      expect(
        reconcile(payment({ amount: eur('999.99'), chargeBearer: 'CRED' }), [invoice()]).rule,
      ).toBe('REC-FEE');
      const unknown = reconcile(payment({ amount: eur('999.99') }), [invoice()]);
      expect(unknown.rule).toBe('REC-FEE');
      expect(unknown.explanation).toContain('charge bearer not stated, assumed SHAR');
    });

    it('caps the tolerance at 50.00 EUR in EUR, without a rate', () => {
      const large = invoice({ openAmount: eur('20000.00') }); // 0.5 % would be 100.00
      const capped = reconcile(payment({ amount: eur('19950.00') }), [large]);
      expect(capped).toMatchObject({ rule: 'REC-FEE', fee: eur('50.00') });
      expect(capped.explanation).toContain(
        'is 50.00 EUR short of 20000.00 EUR, within the fee tolerance of 50.00 EUR (charge bearer not stated',
      );
      const beyond = reconcile(payment({ amount: eur('19949.99') }), [large]);
      expect(beyond.rule).toBe('REC-PARTIAL');
      expect(beyond.explanation).toContain(
        '50.01 EUR short of 20000.00 EUR, beyond the fee tolerance of 50.00 EUR;',
      );
      expect(feeTolerance(eur('20000.00'), DEFAULT_RECONCILIATION_SETTINGS, eur('50.00'))).toEqual(
        eur('50.00'),
      );
      expect(() =>
        feeTolerance(parseMoney('20000', 'JPY'), DEFAULT_RECONCILIATION_SETTINGS, eur('50.00')),
      ).toThrow('does not limit');
    });

    describe('in another currency: 50.00 EUR at the ECB rate of the booking date, rounded down', () => {
      const jpy = (amount: string): Money => parseMoney(amount, 'JPY');
      const kwd = (amount: string): Money => parseMoney(amount, 'KWD');
      // Tuesday 14 April 2026; the payments are booked Wednesday 15 April, with no rate of its own
      const rates: EcbRate[] = [
        { date: '2026-04-14', currency: 'JPY', rate: '162.537' },
        { date: '2026-04-14', currency: 'KRW', rate: '1500.12' },
        { date: '2026-04-14', currency: 'USD', rate: '1.1684' },
        { date: '2026-04-01', currency: 'CHF', rate: '0.9412' },
      ];
      const withRates: ReconciliationSettings = {
        ...DEFAULT_RECONCILIATION_SETTINGS,
        feeToleranceCaps: feeToleranceCaps(rates, DEFAULT_RECONCILIATION_SETTINGS),
      };
      const caps = withRates.feeToleranceCaps!;

      it('converts the cap: 8126 JPY (8126.85), 75006 KRW, 58.42 USD; EUR stays 50.00', () => {
        expect(caps.capOn('JPY', '2026-04-15')).toEqual({ cap: jpy('8126'), rate: rates[0] });
        expect(caps.capOn('KRW', '2026-04-15').cap).toEqual(parseMoney('75006', 'KRW'));
        expect(caps.capOn('USD', '2026-04-14').cap).toEqual(parseMoney('58.42', 'USD'));
        expect(caps.capOn('EUR', undefined)).toEqual({ cap: eur('50.00') });
        // a rate of after the booking date is not the rate of that day
        expect(caps.capOn('JPY', '2026-04-13').cap).toBeUndefined();
        // nor one more than 7 days before it
        expect(caps.capOn('CHF', '2026-04-08').cap).toEqual(parseMoney('47.06', 'CHF'));
        expect(caps.capOn('CHF', '2026-04-09')).toEqual({
          why: 'there is no ECB reference rate for CHF on 2026-04-09 or in the 7 days before, to convert the fee cap of 50.00 EUR into CHF',
        });
      });

      it('writes off a real bank charge on a JPY payment (REC-FEE), up to the converted cap', () => {
        // 550000 JPY invoiced, 1000 JPY of charges taken: 0.5 % is 2750 JPY, under the cap
        const open = invoice({ openAmount: jpy('550000') });
        const charged = reconcile(payment({ amount: jpy('549000') }), [open], withRates);
        expect(charged).toMatchObject({ rule: 'REC-FEE', status: 'MATCHED', fee: jpy('1000') });
        expect(charged.explanation).toContain(
          'is 1000 JPY short of 550000 JPY, within the fee tolerance of 2750 JPY (charge bearer',
        );
        // 10,000,000 JPY: 0.5 % is 50000 JPY, the cap 8126 JPY
        const large = invoice({ openAmount: jpy('10000000') });
        const capped = reconcile(payment({ amount: jpy('9991874') }), [large], withRates);
        expect(capped).toMatchObject({ rule: 'REC-FEE', fee: jpy('8126') });
        expect(capped.explanation).toContain(
          'within the fee tolerance of 8126 JPY (the cap of 50.00 EUR at the ECB rate 162.537 of 2026-04-14)',
        );
        const beyond = reconcile(payment({ amount: jpy('9991873') }), [large], withRates);
        expect(beyond).toMatchObject({ rule: 'REC-PARTIAL', remaining: jpy('8127') });
        expect(beyond.explanation).toContain(
          '8127 JPY short of 10000000 JPY, beyond the fee tolerance of 8126 JPY',
        );
      });

      it('writes nothing off in a currency without a rate (KWD), nor without rates at all, and says why', () => {
        // 1.000 KWD short of 2000.000: the old cap of 50 major units would have taken it
        const open = invoice({ openAmount: kwd('2000.000') });
        const short = reconcile(payment({ amount: kwd('1999.000') }), [open], withRates);
        expect(short).toMatchObject({
          rule: 'REC-PARTIAL',
          status: 'PARTIALLY_PAID',
          remaining: kwd('1.000'),
          fundsEscrow: false,
        });
        expect(short.explanation).toContain(
          'is 1.000 KWD short of 2000.000 KWD, and no bank charge is written off automatically: there is no ECB reference rate for KWD on 2026-04-15 or in the 7 days before, to convert the fee cap of 50.00 EUR into KWD; the rest stays open',
        );
        // the settings alone hold no rates: a JPY shortfall is left to a person as well
        const withoutRates = reconcile(payment({ amount: jpy('549000') }), [
          invoice({ openAmount: jpy('550000') }),
        ]);
        expect(withoutRates.rule).toBe('REC-PARTIAL');
        expect(withoutRates.explanation).toContain('no ECB reference rate for JPY');
        const undated = reconcile(
          payment({ amount: jpy('549000'), bookingDate: undefined }),
          [invoice({ openAmount: jpy('550000') })],
          withRates,
        );
        expect(undated.rule).toBe('REC-PARTIAL');
        expect(undated.explanation).toContain('no booking date');
      });
    });

    it('does not fire when the payer bears the charges (DEBT) or a setting says to assume so', () => {
      const decision = reconcile(payment({ amount: eur('995.00'), chargeBearer: 'DEBT' }), [
        invoice(),
      ]);
      expect(decision.rule).toBe('REC-PARTIAL');
      expect(decision.explanation).toContain('the payer bears the charges');
      const strict: ReconciliationSettings = {
        ...DEFAULT_RECONCILIATION_SETTINGS,
        assumedChargeBearer: 'DEBT',
      };
      expect(reconcile(payment({ amount: eur('999.99') }), [invoice()], strict).rule).toBe(
        'REC-PARTIAL',
      );
    });

    it('follows a configured tolerance', () => {
      const onePercent: ReconciliationSettings = {
        ...DEFAULT_RECONCILIATION_SETTINGS,
        feeToleranceBasisPoints: 100n,
      };
      expect(reconcile(payment({ amount: eur('990.00') }), [invoice()], onePercent).rule).toBe(
        'REC-FEE',
      );
      expect(reconcile(payment({ amount: eur('990.00') }), [invoice()]).rule).toBe('REC-PARTIAL');
    });
  });

  describe('REC-PARTIAL', () => {
    it('records a payment short beyond the tolerance, leaving the rest open and escrow unfunded', () => {
      expect(reconcile(payment({ amount: eur('994.99') }), [invoice()])).toMatchObject({
        rule: 'REC-PARTIAL',
        status: 'PARTIALLY_PAID',
        invoiceId: 'INV-1',
        applied: eur('994.99'),
        remaining: eur('5.01'),
        fundsEscrow: false,
      });
      expect(reconcile(payment({ amount: eur('300.00') }), [invoice()]).remaining).toEqual(
        eur('700.00'),
      );
    });
  });

  describe('REC-OVER', () => {
    it('settles the invoice and books the excess as a credit owed to the payer', () => {
      expect(reconcile(payment({ amount: eur('1000.01') }), [invoice()])).toMatchObject({
        rule: 'REC-OVER',
        status: 'MATCHED',
        applied: eur('1000.00'),
        excess: eur('0.01'),
        fundsEscrow: true,
        explanation: expect.stringContaining('the excess 0.01 EUR is a credit owed to the payer'),
      });
    });
  });

  describe('REC-FUZZY', () => {
    it('suggests an invoice of the same amount, from a payer of the same name, due within 5 business days', () => {
      // due Wednesday 15 April, booked Wednesday 22 April: 5 business days later
      const decision = reconcile(noReference({ bookingDate: '2026-04-22' }), [invoice()]);
      expect(decision).toMatchObject({
        rule: 'REC-FUZZY',
        status: 'SUGGESTED',
        invoiceId: 'INV-1',
        fundsEscrow: false,
      });
      expect(decision.explanation).toContain(
        "no reference; 1000.00 EUR equals the open amount of invoice INV-1, the payer's name matches",
      );
      expect(decision.explanation).toContain('5 business days after its due date 2026-04-15');
    });

    it('also matches on the IBAN alone, and treats a reference that names nothing like no reference', () => {
      const byIban = noReference({ payerName: 'G. M.', payerIban: 'AT611904300234573201' });
      expect(reconcile(byIban, [invoice()])).toMatchObject({
        rule: 'REC-FUZZY',
        explanation: expect.stringContaining("payer's IBAN"),
      });
      const typo = noReference({ references: ['RF00 TYPO'] });
      expect(reconcile(typo, [invoice()])).toMatchObject({
        rule: 'REC-FUZZY',
        explanation: expect.stringContaining('reference RF00TYPO names no open invoice'),
      });
    });

    it('picks the invoice due nearest when several fit', () => {
      const early = invoice({
        id: 'INV-EARLY',
        reference: createCreditorReference('E'),
        dueDate: '2026-04-10',
      });
      const near = invoice({
        id: 'INV-NEAR',
        reference: createCreditorReference('N'),
        dueDate: '2026-04-14',
      });
      const decision = reconcile(noReference(), [early, near]);
      expect(decision).toMatchObject({ rule: 'REC-FUZZY', invoiceId: 'INV-NEAR' });
      expect(decision.explanation).toContain('1 other invoice(s) also fit');
    });

    it('does not fire for another amount, another payer, another currency or outside the window', () => {
      expect(reconcile(noReference({ amount: eur('999.99') }), [invoice()]).rule).toBe('REC-NONE');
      expect(reconcile(noReference({ payerName: 'Tanaka Gallery' }), [invoice()]).rule).toBe(
        'REC-NONE',
      );
      expect(
        reconcile(noReference({ amount: parseMoney('1000.00', 'USD') }), [invoice()]).rule,
      ).toBe('REC-NONE');
      // six business days after (Thursday 23 April), and six before (Tuesday 7 April)
      expect(reconcile(noReference({ bookingDate: '2026-04-23' }), [invoice()]).rule).toBe(
        'REC-NONE',
      );
      expect(reconcile(noReference({ bookingDate: '2026-04-07' }), [invoice()]).rule).toBe(
        'REC-NONE',
      );
      expect(reconcile(noReference({ bookingDate: undefined }), [invoice()]).rule).toBe('REC-NONE');
    });

    it('counts business days: weekends and configured holidays do not count', () => {
      // due Friday 10 April; Friday 17 April is 5 business days later
      const friday = invoice({ dueDate: '2026-04-10' });
      expect(reconcile(noReference({ bookingDate: '2026-04-17' }), [friday]).rule).toBe(
        'REC-FUZZY',
      );
      expect(reconcile(noReference({ bookingDate: '2026-04-20' }), [friday]).rule).toBe('REC-NONE');
      const withHoliday: ReconciliationSettings = {
        ...DEFAULT_RECONCILIATION_SETTINGS,
        holidays: new Set(['2026-04-13']),
      };
      expect(
        reconcile(noReference({ bookingDate: '2026-04-20' }), [friday], withHoliday).rule,
      ).toBe('REC-FUZZY');
    });

    it('is not used when a reference matches: a matching reference with another amount is partial', () => {
      expect(
        reconcile(payment({ amount: eur('500.00'), payerName: 'Galerie Müller' }), [invoice()])
          .rule,
      ).toBe('REC-PARTIAL');
    });
  });

  describe('REC-FX', () => {
    it('never matches a payment in another currency automatically', () => {
      const decision = reconcile(payment({ amount: parseMoney('1168.40', 'USD') }), [invoice()]);
      expect(decision).toMatchObject({
        rule: 'REC-FX',
        status: 'EXCEPTION',
        invoiceId: 'INV-1',
        fundsEscrow: false,
      });
      expect(decision.applied).toBeUndefined();
      expect(decision.explanation).toContain(
        'names invoice INV-1 in EUR but the payment is 1168.40 USD',
      );
    });

    it('does not fire when the currencies agree', () => {
      expect(reconcile(payment(), [invoice()]).rule).not.toBe('REC-FX');
    });
  });

  describe('REC-NONE', () => {
    it('is an exception for finance when nothing matches', () => {
      const decision = reconcile(payment({ references: [createCreditorReference('UNKNOWN')] }), [
        invoice({ buyerName: 'Someone Else', buyerIbans: [] }),
      ]);
      expect(decision).toEqual({
        entryId: 'entry-1',
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        fundsEscrow: false,
        explanation: expect.stringContaining('names no open invoice'),
      });
    });

    it('takes debits and reversals for what they are, even with a matching reference', () => {
      expect(reconcile(payment({ creditDebit: 'DBIT' }), [invoice()]).rule).toBe('REC-NONE');
      expect(reconcile(payment({ reversal: true }), [invoice()]).explanation).toContain('reversal');
    });

    it('names the invoice of a reversed payment whose escrow is already released', () => {
      const released = matchedPayment({ invoiceStatus: 'PAID', escrowStatus: 'RELEASED' });
      expect(reconcile(reversal(), [], DEFAULT_RECONCILIATION_SETTINGS, [released])).toMatchObject({
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        invoiceId: 'INV-1',
        explanation: expect.stringMatching(/invoice INV-1 .*escrow RELEASED/),
      });
    });

    it('does not guess between two open invoices sharing a reference', () => {
      const twin = invoice({ id: 'INV-TWIN' });
      expect(reconcile(payment(), [invoice(), twin])).toMatchObject({
        rule: 'REC-NONE',
        explanation: expect.stringContaining('names 2 open invoices (INV-1, INV-TWIN)'),
      });
    });
  });
});

describe('reconcileAll', () => {
  it('applies each decision before the next payment: a settled invoice is no longer open', () => {
    const decisions = reconcileAll(
      [
        payment({ entryId: 'a', amount: eur('400.00') }),
        payment({ entryId: 'b', amount: eur('600.00') }),
        payment({ entryId: 'c', amount: eur('600.00') }),
      ],
      [invoice()],
    );
    expect(decisions.map((d) => [d.entryId, d.rule, d.remaining?.minor])).toEqual([
      ['a', 'REC-PARTIAL', 60000n],
      ['b', 'REC-EXACT', undefined],
      ['c', 'REC-NONE', undefined],
    ]);
  });

  it('does not change the invoices it was given', () => {
    const invoices = [invoice()];
    reconcileAll([payment()], invoices);
    expect(invoices[0].openAmount).toEqual(eur('1000.00'));
    const index = OpenInvoiceIndex.of(invoices);
    reconcile(payment(), index);
    expect(index.get('INV-1')?.openAmount).toEqual(eur('1000.00'));
  });
});

describe('statement entries as payments', () => {
  const camt = (entries: string): string => `<?xml version="1.0"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
      <GrpHdr><MsgId>M</MsgId></GrpHdr>
      <Stmt><Id>S</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>${entries}</Stmt>
    </BkToCstmrStmt></Document>`;
  const transaction = (amount: string, reference: string, name: string): string => `<TxDtls>
      <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
      <Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
      <RltdPties><Dbtr><Pty><Nm>${name}</Nm></Pty></Dbtr></RltdPties>
      <RmtInf><Strd><CdtrRefInf><Ref>${reference}</Ref></CdtrRefInf></Strd></RmtInf>
    </TxDtls>`;
  const entry = (amount: string, details: string): string => `<Ntry><Amt Ccy="EUR">${amount}</Amt>
      <CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-04-15</Dt></BookgDt>
      <AcctSvcrRef>B-${amount}</AcctSvcrRef><NtryDtls>${details}</NtryDtls></Ntry>`;

  it('splits a batch entry into its transactions and matches each', () => {
    const second = createCreditorReference('INV2026 0002');
    const [statement] = parseCamt053(
      camt(
        entry(
          '1500.00',
          transaction('1000.00', REFERENCE, 'Galerie Müller') +
            transaction('500.00', second, 'Tanaka'),
        ),
      ),
    ).statements;
    const payments = statement.entries.flatMap(paymentsFromStatementEntry);
    expect(
      payments.map((p) => [
        p.entryId.endsWith('#1') || p.entryId.endsWith('#2'),
        p.amount.minor,
        p.payerName,
      ]),
    ).toEqual([
      [true, 100000n, 'Galerie Müller'],
      [true, 50000n, 'Tanaka'],
    ]);
    const decisions = reconcileAll(payments, [
      invoice(),
      invoice({ id: 'INV-2', reference: second, openAmount: eur('500.00') }),
    ]);
    expect(decisions.map((d) => [d.rule, d.invoiceId])).toEqual([
      ['REC-EXACT', 'INV-1'],
      ['REC-EXACT', 'INV-2'],
    ]);
  });

  describe('a batch its details cannot split', () => {
    const second = createCreditorReference('INV2026 0002');
    const detail = (reference: string, amount?: string, currency = 'EUR'): string => `<TxDtls>
      ${amount ? `<Amt Ccy="${currency}">${amount}</Amt>` : ''}
      <RltdPties><Dbtr><Pty><Nm>Galerie Müller</Nm></Pty></Dbtr></RltdPties>
      <RmtInf><Strd><CdtrRefInf><Ref>${reference}</Ref></CdtrRefInf></Strd></RmtInf>
    </TxDtls>`;
    const invoices = [
      invoice({ openAmount: eur('150.00') }),
      invoice({ id: 'INV-2', reference: second, openAmount: eur('150.00') }),
    ];
    const only = (details: string): IncomingPayment => {
      const [statement] = parseCamt053(camt(entry('300.00', details))).statements;
      const payments = paymentsFromStatementEntry(statement.entries[0]);
      expect(payments).toHaveLength(1);
      return payments[0];
    };

    it('naming two references without amounts: one payment, left to a person (REC-NONE)', () => {
      const payment = only(detail(REFERENCE) + detail(second));
      expect(payment).toMatchObject({
        amount: eur('300.00'),
        references: [REFERENCE, second],
        payerName: 'Galerie Müller',
        unsplitBatch: { details: 2, references: [REFERENCE, second] },
      });
      const decision = reconcile(payment, invoices);
      expect(decision).toEqual({
        entryId: payment.entryId,
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        fundsEscrow: false,
        explanation: expect.stringContaining(
          `300.00 EUR is one batch entry of 2 transaction details naming 2 different references (${REFERENCE}, ${second}), and not all of them carry an amount`,
        ),
      });
      expect(decision.explanation).toContain('a person must split or match it');
    });

    it('with amounts in another currency than the entry: the same, saying so', () => {
      const payment = only(detail(REFERENCE, '160.00', 'USD') + detail(second, '160.00', 'USD'));
      expect(reconcile(payment, invoices)).toMatchObject({
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        explanation: expect.stringContaining('their amounts are in USD, not in EUR as the entry'),
      });
    });

    it('naming one reference only: one payment of the entry amount against it, as before', () => {
      const payment = only(detail(REFERENCE) + detail(REFERENCE));
      expect(payment.unsplitBatch).toBeUndefined();
      expect(payment.references).toEqual([REFERENCE]);
      expect(reconcile(payment, [invoice({ openAmount: eur('300.00') })]).rule).toBe('REC-EXACT');
    });

    it('a person may still match it by hand to the invoice they choose', () => {
      const payment = only(detail(REFERENCE) + detail(second));
      expect(manualMatch(payment, invoice({ openAmount: eur('300.00') }))).toMatchObject({
        decision: { rule: 'REC-EXACT', invoiceId: 'INV-1' },
      });
    });
  });

  it('takes a single-transaction entry as one payment with its references and the entry text', () => {
    const [statement] = parseCamt053(
      camt(entry('1000.00', transaction('1000.00', REFERENCE, 'Galerie Müller'))),
    ).statements;
    const [only] = paymentsFromStatementEntry(statement.entries[0]);
    expect(only).toMatchObject({
      entryId: statement.entries[0].idempotencyKey,
      references: [REFERENCE],
    });
    expect(reconcile(only, [invoice()]).rule).toBe('REC-EXACT');
  });
});

describe('REC-REVERSAL: the bank takes back a matched payment', () => {
  const funded = matchedPayment();

  it('applies a reversal of a matched payment to its invoice', () => {
    expect(reconcile(reversal(), [], DEFAULT_RECONCILIATION_SETTINGS, [funded])).toEqual({
      entryId: 'reversal-1',
      rule: 'REC-REVERSAL',
      status: 'MATCHED',
      invoiceId: 'INV-1',
      applied: eur('1000.00'),
      reverses: 'entry-1',
      fundsEscrow: false,
      explanation: expect.stringContaining('its escrow is no longer funded'),
    });
    // the reversing debit without the bank's reversal indicator is the same
    expect(
      reconcile(reversal({ reversal: false }), [], DEFAULT_RECONCILIATION_SETTINGS, [funded]).rule,
    ).toBe('REC-REVERSAL');
    // the reference may come in the free text, as the original one did
    expect(
      reconcile(
        reversal({ references: [], remittanceText: `RETURN ${REFERENCE}` }),
        [],
        DEFAULT_RECONCILIATION_SETTINGS,
        [funded],
      ).rule,
    ).toBe('REC-REVERSAL');
  });

  it('keeps a reversal of an unknown payment an exception (REC-NONE)', () => {
    const settings = DEFAULT_RECONCILIATION_SETTINGS;
    const other = createCreditorReference('OTHER 1');
    for (const unknown of [
      reversal({ references: [other] }), // another reference
      reversal({ references: [] }), // no reference: amount alone is not enough
      reversal({ amount: eur('999.00') }), // another amount
      reversal({ amount: parseMoney('1000.00', 'USD') }), // another currency
      reversal({ creditDebit: 'CRDT' }), // a credit marked as a reversal returns money to us
    ]) {
      expect(reconcile(unknown, [], settings, [funded])).toMatchObject({
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        explanation: expect.stringContaining('reverses no payment'),
      });
    }
    // the original did not carry the reference (matched by hand): not reversed automatically
    const byHand = matchedPayment({ references: ['E2E-1'] });
    expect(
      reconcile(reversal({ references: [REFERENCE, 'E2E-1'] }), [], settings, [byHand]).rule,
    ).toBe('REC-NONE');
    expect(reconcile(reversal(), [invoice()]).rule).toBe('REC-NONE');
  });

  it('reverses a payment of an import-duty invoice (no escrow) while it is paid or partly paid', () => {
    const duty = (invoiceStatus: string) =>
      matchedPayment({
        invoice: invoice({ openAmount: eur('0.00'), holdsEscrow: false }),
        invoiceStatus,
        escrowStatus: 'NONE',
      });
    for (const invoiceStatus of ['PAID', 'PARTIALLY_PAID']) {
      const decision = reconcile(reversal(), [], DEFAULT_RECONCILIATION_SETTINGS, [
        duty(invoiceStatus),
      ]);
      expect(decision).toMatchObject({
        rule: 'REC-REVERSAL',
        status: 'MATCHED',
        invoiceId: 'INV-1',
        applied: eur('1000.00'),
        reverses: 'entry-1',
        fundsEscrow: false,
      });
      expect(decision.explanation).not.toContain('escrow');
    }
    // a payment that no longer counts on its invoice is finance's to recover
    expect(
      reconcile(reversal(), [], DEFAULT_RECONCILIATION_SETTINGS, [duty('VOID')]),
    ).toMatchObject({ rule: 'REC-NONE', invoiceId: 'INV-1' });
  });

  it('reverses a payment once, and reopens the invoice for a later payment of the import', () => {
    const paid = invoice({ openAmount: eur('0.00') });
    const again = payment({ entryId: 'entry-2' });
    const decisions = reconcileAll(
      [reversal(), reversal({ entryId: 'reversal-2' }), again],
      [],
      DEFAULT_RECONCILIATION_SETTINGS,
      [{ ...funded, invoice: paid }],
    );
    expect(decisions.map((decision) => decision.rule)).toEqual([
      'REC-REVERSAL',
      'REC-NONE',
      'REC-EXACT',
    ]);
  });
});

describe('REC-PAYOUT: finance pays out what an invoice owes', () => {
  const settings = DEFAULT_RECONCILIATION_SETTINGS;
  /** the invoice of REFERENCE, paid and no longer open, owing `owed` */
  const owing = (owed: InvoicePayables['owed']): InvoicePayables => ({
    id: 'INV-1',
    reference: REFERENCE,
    currency: 'EUR',
    owed,
  });
  const payout = (overrides: Partial<IncomingPayment> = {}): IncomingPayment =>
    payment({ entryId: 'payout-1', creditDebit: 'DBIT', amount: eur('800.00'), ...overrides });

  it.each([
    ['EXPORTER_PAYABLE', 'to the exporter, its escrow released'],
    ['REFUNDS_PAYABLE', 'to the buyer, refunded on cancellation'],
    ['PAYER_CREDITS', "to the payer, an over-payment's credit"],
  ] as const)('pays out the %s the invoice owes, in full', (account, owedTo) => {
    const decision = reconcile(payout(), [], settings, [], [owing({ [account]: eur('800.00') })]);
    expect(decision).toEqual({
      entryId: 'payout-1',
      rule: 'REC-PAYOUT',
      status: 'MATCHED',
      invoiceId: 'INV-1',
      applied: eur('800.00'),
      pays: account,
      fundsEscrow: false,
      explanation: expect.stringContaining(`800.00 EUR pays out what it owes ${owedTo}`),
    });
  });

  it('picks the payable the amount pays among several, and finds the reference in the free text', () => {
    const both = owing({ EXPORTER_PAYABLE: eur('800.00'), PAYER_CREDITS: eur('20.00') });
    const credit = payout({
      amount: eur('20.00'),
      references: [],
      remittanceText: `credit refund ${REFERENCE.toLowerCase()}`,
    });
    expect(reconcile(credit, [], settings, [], [both])).toMatchObject({
      rule: 'REC-PAYOUT',
      pays: 'PAYER_CREDITS',
      applied: eur('20.00'),
    });
  });

  it('pays out released escrow equal to the payment that funded it: no longer reversible, not a reversal', () => {
    const released = matchedPayment({
      amount: eur('800.00'),
      paid: eur('800.00'),
      escrowStatus: 'RELEASED',
    });
    expect(
      reconcile(payout(), [], settings, [released], [owing({ EXPORTER_PAYABLE: eur('800.00') })]),
    ).toMatchObject({ rule: 'REC-PAYOUT', pays: 'EXPORTER_PAYABLE', invoiceId: 'INV-1' });
  });

  it('keeps a debit of another amount an exception, saying what the invoice owes', () => {
    const owed = owing({ EXPORTER_PAYABLE: eur('800.00'), PAYER_CREDITS: eur('20.00') });
    const decision = reconcile(payout({ amount: eur('750.00') }), [], settings, [], [owed]);
    expect(decision).toMatchObject({ rule: 'REC-NONE', status: 'EXCEPTION', invoiceId: 'INV-1' });
    expect(decision.explanation).toContain(
      `reference ${REFERENCE} names invoice INV-1, which owes 800.00 EUR to the exporter, its escrow released (EXPORTER_PAYABLE) ` +
        "and 20.00 EUR to the payer, an over-payment's credit (PAYER_CREDITS); 750.00 EUR pays none of them in full",
    );
    expect(decision.applied).toBeUndefined();
  });

  it('keeps a debit naming an invoice that owes nothing an exception, saying so', () => {
    for (const owed of [owing({}), owing({ EXPORTER_PAYABLE: eur('0.00') })]) {
      expect(reconcile(payout(), [], settings, [], [owed])).toMatchObject({
        rule: 'REC-NONE',
        status: 'EXCEPTION',
        invoiceId: 'INV-1',
        explanation: expect.stringContaining(
          `names invoice INV-1, which owes nothing to anyone (no released escrow, refund or payer credit unpaid)`,
        ),
      });
    }
  });

  it('never pays out in another currency, nor for an amount equal to two payables, nor on an unknown reference', () => {
    const owed = owing({ EXPORTER_PAYABLE: eur('800.00') });
    expect(
      reconcile(payout({ amount: parseMoney('800.00', 'USD') }), [], settings, [], [owed]),
    ).toMatchObject({
      rule: 'REC-NONE',
      explanation: expect.stringContaining('payouts in another currency are never matched'),
    });
    const twice = owing({ EXPORTER_PAYABLE: eur('800.00'), PAYER_CREDITS: eur('800.00') });
    expect(reconcile(payout(), [], settings, [], [twice])).toMatchObject({
      rule: 'REC-NONE',
      explanation: expect.stringContaining('equals more than one of them; a person must choose'),
    });
    const unknown = payout({ references: [createCreditorReference('OTHER 2')] });
    expect(reconcile(unknown, [], settings, [], [owed])).toMatchObject({
      rule: 'REC-NONE',
      explanation: expect.stringContaining('reverses no payment'),
    });
  });

  it('leaves a reversal to REC-REVERSAL, and never takes the bank’s reversal for a payout', () => {
    // the debit equals both a reversible matched payment and what the invoice owes its payer
    const owed = owing({ PAYER_CREDITS: eur('1000.00') });
    expect(
      reconcile(payout({ amount: eur('1000.00') }), [], settings, [matchedPayment()], [owed]),
    ).toMatchObject({ rule: 'REC-REVERSAL', reverses: 'entry-1' });
    // marked as a reversal, it takes a credit back: not a transfer finance made
    expect(reconcile(reversal({ amount: eur('1000.00') }), [], settings, [], [owed]).rule).toBe(
      'REC-NONE',
    );
  });

  it('pays a payable out once in an import: the same payout again finds nothing owed', () => {
    const decisions = reconcileAll(
      [payout(), payout({ entryId: 'payout-2' })],
      [],
      settings,
      [],
      [owing({ EXPORTER_PAYABLE: eur('800.00') })],
    );
    expect(decisions.map((decision) => decision.rule)).toEqual(['REC-PAYOUT', 'REC-NONE']);
    expect(decisions[1].explanation).toContain('owes nothing to anyone');
  });
});

describe('helpers', () => {
  it('finds RF references in free text without swallowing the next word', () => {
    expect(creditorReferencesIn('Payment RF18 5390 0754 7034 THANKS')).toContain(
      'RF18539007547034',
    );
    expect(creditorReferencesIn('rf18539007547034')).toEqual(['RF18539007547034']);
    expect(creditorReferencesIn('RF19 5390 0754 7034 and RF12')).toEqual([]);
  });

  it('matches names across case, accents, umlaut spellings, word order and legal forms', () => {
    expect(namesMatch('Galerie Müller GmbH', 'GALERIE MUELLER')).toBe(true);
    expect(namesMatch('Galerie Müller GmbH', 'galerie muller')).toBe(true);
    expect(namesMatch('Bernasconi Maria', 'MARIA BERNASCONI')).toBe(true);
    expect(namesMatch('Maria', 'Bernasconi Maria')).toBe(false);
    expect(namesMatch(undefined, 'x')).toBe(false);
  });
});
