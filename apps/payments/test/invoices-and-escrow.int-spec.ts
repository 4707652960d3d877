import {
  CancelInvoice,
  CancelOverdueInvoice,
  EscrowFunded,
  EscrowHeld,
  EscrowReleased,
  HoldEscrow,
  InvoiceIssued,
  InvoicePartiallyPaid,
  InvoiceRefunded,
  InvoiceVoided,
  IssueInvoice,
  IssueInvoiceV1,
  ReleaseEscrow,
} from '@artbridge/contracts';
import { DLQ_HEADERS } from '@artbridge/platform-messaging';
import { TestContext, readJson, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { isValidCreditorReference } from '../src/invoices/domain/creditor-reference';
import { PaymentsHarness, expectBalanced } from './support';

type Invoice = {
  id: string;
  shipmentId: string;
  reference: string;
  status: string;
  escrow: string;
  paid: { amount: string; currency: string };
  total: { amount: string; currency: string };
  lines: unknown[];
};

const money = (amount: string, currency = 'EUR') => ({ amount, currency });

function issueCommand(overrides: Partial<IssueInvoiceV1> = {}): IssueInvoiceV1 {
  return {
    shipmentId: randomUUID(),
    exporterId: 'exporter1',
    buyer: { name: 'Galerie Lumière SARL', country: 'FR', address: '12 rue de Seine, Paris' },
    lines: [
      { kind: 'PRICE', description: 'Shan Shui, ink on paper', amount: money('1000.00') },
      { kind: 'FREIGHT', description: 'air freight PEK-CDG', amount: money('150.00') },
      { kind: 'DUTY', description: 'import duty', amount: money('11.50') },
      { kind: 'VAT', description: 'import VAT', amount: money('57.50') },
    ],
    dueAt: '2026-05-15T00:00:00.000Z',
    ...overrides,
  } as IssueInvoiceV1;
}

describe('payments: invoices, statements, reconciliation, escrow and ledger (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
  });
  afterAll(() => context.cleanup());

  const finance = () => payments.as('finance1', 'FINANCE');

  /** IssueInvoice as the saga sends it, then the invoice as finance sees it. */
  async function issue(overrides: Partial<IssueInvoiceV1> = {}): Promise<Invoice> {
    const command = issueCommand(overrides);
    await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    const response = await payments.request(`/invoices/${issued.subject}`, { headers: finance() });
    expect(response.status).toBe(200);
    return readJson<Invoice>(response);
  }

  const invoice = async (id: string): Promise<Invoice> =>
    readJson<Invoice>(await payments.request(`/invoices/${id}`, { headers: finance() }));

  /** ECB rates (the history layout) as finance uploads them: REC-FEE's cap is converted at them. */
  async function importRates(csv: string): Promise<void> {
    expect((await payments.upload('/fx-rates', csv, 'text/csv')).status).toBe(201);
  }

  it('IssueInvoice -> an OPEN invoice with an RF reference and its posting -> InvoiceIssued', async () => {
    const command = issueCommand();
    const sent = await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    const reference = issued.payload['reference'] as string;
    expect(isValidCreditorReference(reference)).toBe(true);
    expect(issued).toMatchObject({
      source: 'payments',
      subject: issued.payload['invoiceId'],
      causationId: sent.id,
      correlationId: sent.correlationId,
      payload: { total: money('1219.00'), dueAt: command.dueAt },
    });

    const response = await payments.request(`/invoices/${issued.subject}`, { headers: finance() });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({
      id: issued.subject,
      shipmentId: command.shipmentId,
      reference,
      lines: command.lines,
      total: money('1219.00'),
      paid: money('0.00'),
      status: 'OPEN',
      escrow: 'AWAITING_FUNDS',
    });
    const ledger = await payments.ledger('EUR');
    expect(ledger.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ account: 'BUYER_RECEIVABLE', balance: money('1219.00') }),
        expect.objectContaining({ account: 'ESCROW_AWAITING_FUNDS', balance: money('1150.00') }),
      ]),
    );
  });

  it('the same command twice, and one message delivered twice: one invoice, one InvoiceIssued', async () => {
    const command = issueCommand();
    const first = await payments.send(IssueInvoice, command, command.shipmentId);
    await payments.resend(first);
    await payments.send(IssueInvoice, command, command.shipmentId);
    // sent under the same key, so handled after the three above: once it is out, they are done
    const marker = issueCommand();
    await payments.send(IssueInvoice, marker, command.shipmentId);
    await payments.waitForEvent(InvoiceIssued.type, (p) => p['shipmentId'] === marker.shipmentId);
    const list = await readJson<{ items: Invoice[]; total: number }>(
      await payments.request(`/invoices?shipmentId=${command.shipmentId}`, { headers: finance() }),
    );
    expect(list.total).toBe(1);
    expect(
      payments
        .published(InvoiceIssued.type)
        .filter((e) => e.payload['shipmentId'] === command.shipmentId),
    ).toHaveLength(1);
  });

  it('a CSV statement paying with the RF reference funds escrow -> EscrowFunded; a short one -> InvoicePartiallyPaid', async () => {
    const full = await issue();
    const partial = await issue({
      buyer: { name: 'Kunsthandel Weber', country: 'DE', address: 'Berlin' },
    });
    const result = await payments.importCsv([
      `2026-05-14,1219.00,EUR,${full.reference},Galerie Lumiere,`,
      `2026-05-14,500.00,EUR,${partial.reference},Kunsthandel Weber,`,
    ]);
    expect(result).toMatchObject({
      entries: 2,
      duplicates: 0,
      matched: 2,
      partiallyPaid: 1,
      suggested: 0,
      exceptions: 0,
      balanceCheck: { status: 'NOT_CHECKED' },
    });
    const funded = await payments.waitForEvent(
      EscrowFunded.type,
      (p) => p['invoiceId'] === full.id,
    );
    expect(funded.payload).toEqual({
      invoiceId: full.id,
      shipmentId: full.shipmentId,
      amount: money('1150.00'),
    });
    const short = await payments.waitForEvent(
      InvoicePartiallyPaid.type,
      (p) => p['invoiceId'] === partial.id,
    );
    expect(short.payload['amount']).toEqual(money('500.00'));
    expect(await invoice(full.id)).toMatchObject({
      status: 'PAID',
      paid: money('1219.00'),
      escrow: 'FUNDED',
    });
    expect(await invoice(partial.id)).toMatchObject({
      status: 'PARTIALLY_PAID',
      paid: money('500.00'),
      escrow: 'AWAITING_FUNDS',
    });
    const matched = await payments.reconciliation('MATCHED');
    expect(matched.find((item) => item.invoiceId === full.id)).toMatchObject({
      rule: 'REC-EXACT',
      decidedBy: 'finance1',
    });

    // the same file again books nothing, and says so
    const again = await payments.importCsv([
      `2026-05-14,1219.00,EUR,${full.reference},Galerie Lumiere,`,
      `2026-05-14,500.00,EUR,${partial.reference},Kunsthandel Weber,`,
    ]);
    expect(again).toMatchObject({ entries: 2, duplicates: 2, matched: 0, exceptions: 0 });
    expect(await invoice(partial.id)).toMatchObject({ paid: money('500.00') });

    // the rest, in a later statement, funds it
    await payments.importCsv([`2026-05-15,719.00,EUR,${partial.reference},Kunsthandel Weber,`]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === partial.id);
    expect(await invoice(partial.id)).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });
  });

  it('bank charges within tolerance (REC-FEE), an over-payment (REC-OVER) and another currency (REC-FX)', async () => {
    const fee = await issue({ buyer: { name: 'Fee Payer AG', country: 'CH', address: 'Basel' } });
    const over = await issue({ buyer: { name: 'Over Payer BV', country: 'NL', address: 'Delft' } });
    const fx = await issue({
      buyer: { name: 'Dollar Payer Inc', country: 'US', address: 'Boston' },
    });
    const result = await payments.importCsv([
      `2026-05-14,1215.00,EUR,${fee.reference},Fee Payer AG,`,
      `2026-05-14,1300.00,EUR,${over.reference},Over Payer BV,`,
      `2026-05-14,1400.00,USD,${fx.reference},Dollar Payer Inc,`,
    ]);
    expect(result).toMatchObject({ matched: 2, exceptions: 1 });
    expect(await invoice(fee.id)).toMatchObject({ status: 'PAID', paid: money('1219.00') });
    expect(await invoice(over.id)).toMatchObject({ status: 'PAID', paid: money('1219.00') });
    expect(await invoice(fx.id)).toMatchObject({ status: 'OPEN' });
    const items = await payments.reconciliation();
    expect(items.find((i) => i.invoiceId === fee.id)?.rule).toBe('REC-FEE');
    expect(items.find((i) => i.invoiceId === over.id)?.rule).toBe('REC-OVER');
    const foreign = items.find((i) => i.invoiceId === fx.id)!;
    expect(foreign).toMatchObject({
      rule: 'REC-FX',
      status: 'EXCEPTION',
      amount: money('1400.00', 'USD'),
    });
    // the only over-payment of the suite: 81.00 owed back to the payer
    const ledger = await payments.ledger('EUR');
    expect(ledger.accounts.find((a) => a.account === 'PAYER_CREDITS')?.balance).toEqual(
      money('81.00'),
    );
    expect(ledger.accounts.find((a) => a.account === 'BANK_FEES')?.balance).toEqual(money('4.00'));
    expect(
      (await payments.ledger('USD')).accounts.find((a) => a.account === 'BANK_SUSPENSE')?.balance,
    ).toEqual(money('1400.00', 'USD'));

    // not by hand either: a person does not convert currencies by matching
    const byHand = await payments.request(`/reconciliation/${foreign.entryId}/match`, {
      method: 'POST',
      json: { invoiceId: fx.id },
      headers: finance(),
    });
    expect(byHand.status).toBe(409);
    expect((await readJson<{ message: string }>(byHand)).message).toContain('is in EUR');
  });

  it('REC-FEE caps 50.00 EUR in the payment currency at the stored ECB rate; a currency without a rate has no write-off', async () => {
    const krw = (amount: string) => money(amount, 'KRW');
    const kwd = (amount: string) => money(amount, 'KWD');
    // Wednesday 13 May; the payments are booked on Thursday 14 May, which has no rate yet.
    // 50.00 EUR x 1700.57 = 85028.5 KRW: the cap is 85028 KRW (rounded down, never up)
    await importRates('Date,KRW,\n2026-05-13,1700.57,\n');
    const large = await issue({
      buyer: { name: 'Seoul Gallery Co', country: 'KR', address: 'Seoul' },
      lines: [{ kind: 'PRICE', description: 'moon jar', amount: krw('20000000') }],
    });
    const byHand = await issue({
      buyer: { name: 'Busan Collectors Co', country: 'KR', address: 'Busan' },
      lines: [{ kind: 'PRICE', description: 'ink painting', amount: krw('1000000') }],
    });
    const dinar = await issue({
      buyer: { name: 'Gulf Art WLL', country: 'KW', address: 'Kuwait City' },
      lines: [{ kind: 'PRICE', description: 'calligraphy', amount: kwd('2000.000') }],
    });
    const result = await payments.importCsv([
      // 0.5 % of 20000000 is 100000 KRW; the cap 85028 KRW (it was 50 KRW: 50 major units)
      `2026-05-14,19914972,KRW,${large.reference},Seoul Gallery,`,
      // 1.000 KWD of charges: KWD has no ECB rate, so nothing is written off (it was 50.000 KWD)
      `2026-05-14,1999.000,KWD,${dinar.reference},Gulf Art,`,
      // no reference: an exception finance matches by hand, to the same rules
      '2026-05-14,999000,KRW,,Busan Collectors,',
    ]);
    expect(result).toMatchObject({ matched: 2, partiallyPaid: 1, exceptions: 1 });
    const items = await payments.reconciliation();
    const item = (invoiceId: string) => items.find((i) => i.invoiceId === invoiceId)!;
    expect(item(large.id)).toMatchObject({ rule: 'REC-FEE', status: 'MATCHED' });
    expect(item(large.id).explanation).toContain(
      'is 85028 KRW short of 20000000 KRW, within the fee tolerance of 85028 KRW (the cap of 50.00 EUR at the ECB rate 1700.57 of 2026-05-13)',
    );
    expect(await invoice(large.id)).toMatchObject({
      status: 'PAID',
      escrow: 'FUNDED',
      paid: krw('20000000'),
    });
    expect(item(dinar.id)).toMatchObject({ rule: 'REC-PARTIAL', status: 'PARTIALLY_PAID' });
    expect(item(dinar.id).explanation).toContain(
      'is 1.000 KWD short of 2000.000 KWD, and no bank charge is written off automatically: there is no ECB reference rate for KWD on 2026-05-14 or in the 7 days before',
    );
    expect(await invoice(dinar.id)).toMatchObject({
      status: 'PARTIALLY_PAID',
      escrow: 'AWAITING_FUNDS',
      paid: kwd('1999.000'),
    });

    // the manual match converts the cap as the import does: 1000 KRW of 5000 tolerated
    const exception = items.find((i) => i.payer.name === 'Busan Collectors')!;
    const matched = await payments.request(`/reconciliation/${exception.entryId}/match`, {
      method: 'POST',
      json: { invoiceId: byHand.id },
      headers: finance(),
    });
    expect(matched.status).toBe(200);
    expect(await readJson(matched)).toMatchObject({
      status: 'MATCHED',
      rule: 'REC-FEE',
      explanation: expect.stringContaining('within the fee tolerance of 5000 KRW'),
    });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === byHand.id);

    const balance = async (currency: string, account: string) =>
      (await payments.ledger(currency)).accounts.find((row) => row.account === account)?.balance;
    expect(await balance('KRW', 'BANK_FEES')).toEqual(krw('86028'));
    expect(await balance('KWD', 'BANK_FEES')).toBeUndefined();
  });

  it('exceptions and suggestions: manual match, confirmation and dismissal, each with who did it', async () => {
    const byHand = await issue({
      buyer: { name: 'Sammlung Adler', country: 'AT', address: 'Wien' },
    });
    const suggested = await issue({
      buyer: { name: 'Hoshino Fine Art KK', country: 'JP', address: 'Tokyo' },
      lines: [{ kind: 'PRICE', description: 'tea bowl', amount: money('333.33') }],
    });
    const result = await payments.importCsv([
      '2026-05-14,1219.00,EUR,no reference at all,Unknown Payer Ltd,',
      '2026-05-13,333.33,EUR,,HOSHINO FINE ART KK,',
      '2026-05-14,12.00,EUR,,Someone Else,',
      '2026-05-14,-40.00,EUR,bank charges,,',
    ]);
    expect(result).toMatchObject({ matched: 0, suggested: 1, exceptions: 3 });
    const exceptions = await payments.reconciliation('EXCEPTION');
    const unknown = exceptions.find((item) => item.payer.name === 'Unknown Payer Ltd')!;
    const stray = exceptions.find((item) => item.payer.name === 'Someone Else')!;
    expect(unknown).toMatchObject({ rule: 'REC-NONE', invoiceId: null });
    const suggestion = (await payments.reconciliation('SUGGESTED')).find(
      (item) => item.invoiceId === suggested.id,
    )!;
    expect(suggestion).toMatchObject({ rule: 'REC-FUZZY', amount: money('333.33') });

    const match = (entryId: string, invoiceId: string, headers = finance()) =>
      payments.request(`/reconciliation/${entryId}/match`, {
        method: 'POST',
        json: { invoiceId },
        headers,
      });
    expect(
      (await match(unknown.entryId, byHand.id, payments.as('exporter1', 'EXPORTER'))).status,
    ).toBe(403);
    const matched = await match(unknown.entryId, byHand.id);
    expect(matched.status).toBe(200);
    expect(await readJson(matched)).toMatchObject({
      status: 'MATCHED',
      rule: 'REC-EXACT',
      invoiceId: byHand.id,
      decidedBy: 'finance1',
    });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === byHand.id);
    expect((await match(unknown.entryId, byHand.id)).status).toBe(409);

    expect((await match(suggestion.entryId, suggested.id)).status).toBe(200);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === suggested.id);
    const history = await readJson<{ decisions: { action: string; decidedBy: string }[] }>(
      await payments.request(`/reconciliation/${suggestion.entryId}`, { headers: finance() }),
    );
    expect(history.decisions.map((d) => [d.action, d.decidedBy])).toEqual([
      ['AUTOMATIC', 'finance1'],
      ['CONFIRMED', 'finance1'],
    ]);

    // the stray payment cannot pay a paid invoice; finance dismisses it with a reason
    expect((await match(stray.entryId, byHand.id)).status).toBe(409);
    const dismiss = (entryId: string, json: unknown) =>
      payments.request(`/reconciliation/${entryId}/dismiss`, {
        method: 'POST',
        json,
        headers: finance(),
      });
    const noReason = await dismiss(stray.entryId, {});
    expect(noReason.status).toBe(400);
    expect((await readJson<{ message: string[] }>(noReason)).message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reason /)]),
    );
    const blankReason = await dismiss(stray.entryId, { reason: '   ' });
    expect(blankReason.status).toBe(400);
    expect((await readJson<{ message: string[] }>(blankReason)).message).toEqual([
      'reason must not be blank',
    ]);
    const dismissed = await dismiss(stray.entryId, { reason: 'returned to the payer' });
    expect(dismissed.status).toBe(200);
    expect(await readJson(dismissed)).toMatchObject({ status: 'DISMISSED', decidedBy: 'finance1' });
    expect((await dismiss(stray.entryId, { reason: 'again' })).status).toBe(409);

    const unknownId = '01a20e9a-6b4b-7673-b7ef-cba8ed3d91c0';
    expect((await dismiss(unknownId, { reason: 'x' })).status).toBe(404);
    expect((await match(stray.entryId, 'not-a-uuid')).status).toBe(400);
    expect((await match('not-a-uuid', byHand.id)).status).toBe(400);
  });

  it('ReleaseEscrow -> EscrowReleased to the exporter; HoldEscrow -> EscrowHeld; unfunded escrow never released', async () => {
    const held = await issue();
    const unfunded = await issue();
    await payments.importCsv([`2026-05-14,1219.00,EUR,${held.reference},Galerie Lumiere,`]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === held.id);

    await payments.send(
      HoldEscrow,
      { shipmentId: held.shipmentId, reason: 'buyer disputes the condition' },
      held.shipmentId,
    );
    const heldEvent = await payments.waitForEvent(
      EscrowHeld.type,
      (p) => p['invoiceId'] === held.id,
    );
    expect(heldEvent.payload['amount']).toEqual(money('1150.00'));
    expect(await invoice(held.id)).toMatchObject({ status: 'PAID', escrow: 'DISPUTED' });

    const release = { shipmentId: held.shipmentId, reason: 'dispute resolved for the exporter' };
    await payments.send(ReleaseEscrow, release, held.shipmentId);
    await payments.send(ReleaseEscrow, release, held.shipmentId); // repeated: changes nothing twice
    const released = await payments.waitForEvent(
      EscrowReleased.type,
      (p) => p['invoiceId'] === held.id,
    );
    expect(released.payload['amount']).toEqual(money('1150.00'));
    expect(await invoice(held.id)).toMatchObject({ escrow: 'RELEASED' });

    await payments.send(
      ReleaseEscrow,
      { shipmentId: unfunded.shipmentId, reason: 'too early' },
      unfunded.shipmentId,
    );
    const letter = await payments.waitForDeadLetter(
      'the refused release in the dead-letter topic',
      unfunded.shipmentId,
    );
    expect(letter.headers[DLQ_HEADERS.error]).toContain('only funded escrow');
    expect(await invoice(unfunded.id)).toMatchObject({ status: 'OPEN', escrow: 'AWAITING_FUNDS' });
    expect(
      payments.published(EscrowReleased.type).filter((e) => e.payload['invoiceId'] === held.id),
    ).toHaveLength(1);
    expect(
      payments.published(EscrowReleased.type).some((e) => e.payload['invoiceId'] === unfunded.id),
    ).toBe(false);

    const ledger = await payments.ledger('EUR');
    expect(ledger.accounts.find((row) => row.account === 'EXPORTER_PAYABLE')?.balance.amount).toBe(
      '1150.00',
    );
  });

  it('CancelInvoice: unpaid -> VOID and InvoiceVoided; paid -> REFUNDED and InvoiceRefunded', async () => {
    const unpaid = await issue({
      buyer: { name: 'Voided Buyer Oy', country: 'FI', address: 'Helsinki' },
    });
    const paid = await issue({ buyer: { name: 'Museo Verde', country: 'IT', address: 'Roma' } });
    const partly = await issue({
      buyer: { name: 'Art Pacific Pty', country: 'AU', address: 'Sydney' },
    });
    await payments.importCsv([
      `2026-05-14,1219.00,EUR,${paid.reference},Museo Verde,`,
      `2026-05-14,100.00,EUR,${partly.reference},Art Pacific,`,
    ]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === paid.id);

    const cancel = (target: Invoice) =>
      payments.send(
        CancelInvoice,
        { shipmentId: target.shipmentId, reason: 'declaration rejected' },
        target.shipmentId,
      );
    await cancel(unpaid);
    await cancel(unpaid);
    await cancel(paid);
    await cancel(partly);
    await payments.waitForEvent(InvoiceVoided.type, (p) => p['invoiceId'] === unpaid.id);
    const refunded = await payments.waitForEvent(
      InvoiceRefunded.type,
      (p) => p['invoiceId'] === paid.id,
    );
    expect(refunded.payload['amount']).toEqual(money('1219.00'));
    const partRefund = await payments.waitForEvent(
      InvoiceRefunded.type,
      (p) => p['invoiceId'] === partly.id,
    );
    expect(partRefund.payload['amount']).toEqual(money('100.00'));

    expect(await invoice(unpaid.id)).toMatchObject({ status: 'VOID', escrow: 'CANCELLED' });
    expect(await invoice(paid.id)).toMatchObject({ status: 'REFUNDED', escrow: 'REFUNDED' });
    expect(await invoice(partly.id)).toMatchObject({ status: 'REFUNDED', escrow: 'CANCELLED' });
    expect(
      payments.published(InvoiceVoided.type).filter((e) => e.payload['invoiceId'] === unpaid.id),
    ).toHaveLength(1);

    // a payment arriving for a voided invoice matches nothing: an exception for finance
    const late = await payments.importCsv([
      `2026-05-16,1219.00,EUR,${unpaid.reference},Voided Buyer Oy,`,
    ]);
    expect(late).toMatchObject({ matched: 0, suggested: 0, exceptions: 1 });
    const [exception] = (await payments.reconciliation('EXCEPTION')).filter(
      (item) => item.payer.name === 'Voided Buyer Oy',
    );
    expect(exception.explanation).toContain(`reference ${unpaid.reference} names no open invoice`);
  });

  it('CancelInvoice after a payment short by bank charges (REC-FEE): what was received is refunded, the charges are not', async () => {
    // the suite's only CHF invoice, so the CHF ledger is this invoice's alone
    const chf = (amount: string) => money(amount, 'CHF');
    // the fee cap of 50.00 EUR is 47.06 CHF at the day before's rate; 0.5 % of 1219.00 is 6.09
    await importRates('Date,CHF,\n2026-05-13,0.9412,\n');
    const charged = await issue({
      buyer: { name: 'Fondation Rive', country: 'CH', address: 'Genève' },
      lines: [
        { kind: 'PRICE', description: 'Lac Léman, oil on canvas', amount: chf('1000.00') },
        { kind: 'FREIGHT', description: 'road freight GVA-PEK', amount: chf('150.00') },
        { kind: 'DUTY', description: 'import duty', amount: chf('11.50') },
        { kind: 'VAT', description: 'import VAT', amount: chf('57.50') },
      ],
    });
    await payments.importCsv([`2026-05-14,1215.00,CHF,${charged.reference},Fondation Rive,`]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === charged.id);
    expect(await invoice(charged.id)).toMatchObject({ status: 'PAID', paid: chf('1219.00') });

    await payments.send(
      CancelInvoice,
      { shipmentId: charged.shipmentId, reason: 'declaration rejected' },
      charged.shipmentId,
    );
    const refunded = await payments.waitForEvent(
      InvoiceRefunded.type,
      (p) => p['invoiceId'] === charged.id,
    );
    // 1215.00 reached the bank account; the 4.00 the bank took never did
    expect(refunded.payload['amount']).toEqual(chf('1215.00'));
    expect(await invoice(charged.id)).toMatchObject({ status: 'REFUNDED', escrow: 'REFUNDED' });
    const ledger = await payments.ledger('CHF');
    const balance = (account: string) =>
      ledger.accounts.find((row) => row.account === account)?.balance;
    expect(balance('BANK')).toEqual(chf('1215.00'));
    expect(balance('REFUNDS_PAYABLE')).toEqual(chf('1215.00'));
    // the charges are the buyer's after all: no expense of the platform's is left
    expect(balance('BANK_FEES')).toEqual(chf('0.00'));
    for (const emptied of [
      'BUYER_RECEIVABLE',
      'ESCROW_LIABILITY',
      'DUTIES_PAYABLE',
      'VAT_PAYABLE',
    ]) {
      expect({ emptied, balance: balance(emptied) }).toEqual({ emptied, balance: chf('0.00') });
    }
    expectBalanced(ledger);
  });

  it('CancelInvoice after an over-payment (REC-OVER), the dispute settled for the buyer: the credit is refunded with the rest', async () => {
    // the suite's only JPY invoice, so the JPY ledger is this invoice's alone
    const jpy = (amount: string) => money(amount, 'JPY');
    const over = await issue({
      buyer: { name: 'Gallery Sakura KK', country: 'JP', address: 'Tokyo' },
      lines: [
        { kind: 'PRICE', description: 'Fuji, woodblock print', amount: jpy('500000') },
        { kind: 'VAT', description: 'import VAT', amount: jpy('50000') },
      ],
    });
    // 500000 (REC-PARTIAL), then 50500 for the 50000 open (REC-OVER): 500 over
    await payments.importCsv([`2026-05-14,500000,JPY,${over.reference},Gallery Sakura,`]);
    await payments.importCsv([`2026-05-15,50500,JPY,${over.reference},Gallery Sakura,`]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === over.id);
    const rules = (await payments.reconciliation())
      .filter((item) => item.invoiceId === over.id)
      .map((item) => item.rule);
    expect(rules).toEqual(['REC-PARTIAL', 'REC-OVER']);
    expect((await payments.ledger('JPY')).accounts).toContainEqual(
      expect.objectContaining({ account: 'PAYER_CREDITS', balance: jpy('500') }),
    );

    // the buyer disputes; the dispute is settled REFUND_BUYER: the saga cancels the invoice
    await payments.send(
      HoldEscrow,
      { shipmentId: over.shipmentId, reason: 'buyer disputes the condition' },
      over.shipmentId,
    );
    await payments.waitForEvent(EscrowHeld.type, (p) => p['invoiceId'] === over.id);
    await payments.send(
      CancelInvoice,
      { shipmentId: over.shipmentId, reason: 'dispute settled: refund the buyer' },
      over.shipmentId,
    );
    const refunded = await payments.waitForEvent(
      InvoiceRefunded.type,
      (p) => p['invoiceId'] === over.id,
    );
    // everything the buyer sent: 550000 for the invoice and the 500 over
    expect(refunded.payload['amount']).toEqual(jpy('550500'));
    expect(await invoice(over.id)).toMatchObject({ status: 'REFUNDED', escrow: 'REFUNDED' });
    const ledger = await payments.ledger('JPY');
    const balance = (account: string) =>
      ledger.accounts.find((row) => row.account === account)?.balance;
    expect(balance('BANK')).toEqual(jpy('550500'));
    expect(balance('REFUNDS_PAYABLE')).toEqual(jpy('550500'));
    for (const emptied of [
      'PAYER_CREDITS',
      'BUYER_RECEIVABLE',
      'ESCROW_LIABILITY',
      'VAT_PAYABLE',
    ]) {
      expect({ emptied, balance: balance(emptied) }).toEqual({ emptied, balance: jpy('0') });
    }
    expectBalanced(ledger);
  });

  it('CancelOverdueInvoice: paid in full and funded -> kept, EscrowFunded announced again; unpaid -> VOID; partly paid -> REFUNDED', async () => {
    const unpaid = await issue({
      buyer: { name: 'Late Buyer AB', country: 'SE', address: 'Malmö' },
    });
    const paid = await issue({
      buyer: { name: 'On Time Gallery', country: 'DE', address: 'Berlin' },
    });
    const partly = await issue({
      buyer: { name: 'Half Paid Ltd', country: 'IE', address: 'Cork' },
    });
    // the buyer paid in full before the deadline; logistics had not heard EscrowFunded yet
    await payments.importCsv([
      `2026-05-14,1219.00,EUR,${paid.reference},On Time Gallery,`,
      `2026-05-14,200.00,EUR,${partly.reference},Half Paid Ltd,`,
    ]);
    const funding = await payments.waitForEvent(
      EscrowFunded.type,
      (p) => p['invoiceId'] === paid.id,
    );
    await payments.waitForEvent(InvoicePartiallyPaid.type, (p) => p['invoiceId'] === partly.id);
    const ledgerBefore = await payments.ledger('EUR');

    const overdue = (target: Invoice) =>
      payments.send(
        CancelOverdueInvoice,
        {
          shipmentId: target.shipmentId,
          reason: 'payment not received by 2026-05-15T00:00:00.000Z',
          dueAt: '2026-05-15T00:00:00.000Z',
        },
        target.shipmentId,
      );
    const kept = await overdue(paid);
    await overdue(unpaid);
    await overdue(partly);
    await payments.waitForEvent(InvoiceVoided.type, (p) => p['invoiceId'] === unpaid.id);
    const partRefund = await payments.waitForEvent(
      InvoiceRefunded.type,
      (p) => p['invoiceId'] === partly.id,
    );
    expect(partRefund.payload['amount']).toEqual(money('200.00'));
    expect(await invoice(unpaid.id)).toMatchObject({ status: 'VOID', escrow: 'CANCELLED' });
    expect(await invoice(partly.id)).toMatchObject({ status: 'REFUNDED', escrow: 'CANCELLED' });

    // the paid one is kept, and its answer is EscrowFunded again, as when it was funded: the
    // saga waits for it in CANCELLING, and may have dropped the first (heard before it waited)
    const answer = await waitFor('the answer to the overdue cancellation of the paid invoice', () =>
      payments.published(EscrowFunded.type).find((e) => e.causationId === kept.id),
    );
    expect(answer).toMatchObject({
      subject: paid.id,
      correlationId: kept.correlationId,
      payload: funding.payload,
    });
    expect(answer.id).not.toBe(funding.id);
    expect(await invoice(paid.id)).toMatchObject({
      status: 'PAID',
      escrow: 'FUNDED',
      paid: money('1219.00'),
    });
    const aboutPaid = payments
      .published()
      .filter((e) => e.payload['invoiceId'] === paid.id)
      .map((e) => e.type);
    expect(aboutPaid).toEqual([InvoiceIssued.type, EscrowFunded.type, EscrowFunded.type]);
    expect(payments.deadLetterAbout(paid.shipmentId) !== undefined).toBe(false);
    const ledgerAfter = await payments.ledger('EUR');
    const escrowBalance = (ledger: typeof ledgerBefore) =>
      ledger.accounts.find((row) => row.account === 'ESCROW_LIABILITY')?.balance;
    expect(escrowBalance(ledgerAfter)).toEqual(escrowBalance(ledgerBefore));

    // the saga may still send the plain cancellation (a cancellation it decides on itself):
    // that one refunds, as before
    await payments.send(
      CancelInvoice,
      { shipmentId: paid.shipmentId, reason: 'cancelled' },
      paid.shipmentId,
    );
    await payments.waitForEvent(InvoiceRefunded.type, (p) => p['invoiceId'] === paid.id);
  });

  it('invoices: finance and admin see all, an exporter only its own, other roles nothing', async () => {
    const mine = await issue({ exporterId: 'exporter1' });
    const theirs = await issue({ exporterId: 'exporter2' });
    const get = (id: string, headers: Record<string, string>) =>
      payments.request(`/invoices/${id}`, { headers });
    expect((await get(mine.id, payments.as('exporter1', 'EXPORTER'))).status).toBe(200);
    expect((await get(theirs.id, payments.as('exporter1', 'EXPORTER'))).status).toBe(404);
    expect((await get(theirs.id, payments.as('admin', 'ADMIN'))).status).toBe(200);
    expect((await get(mine.id, payments.as('officer1', 'CUSTOMS_OFFICER'))).status).toBe(403);
    expect((await get(mine.id, payments.as('operator1', 'LOGISTICS_OPERATOR'))).status).toBe(403);
    expect((await payments.request(`/invoices/${mine.id}`)).status).toBe(401);
    expect((await get('01a20e9a-6b4b-7673-b7ef-cba8ed3d91c0', finance())).status).toBe(404);
    expect((await get('not-an-id', finance())).status).toBe(400);

    const own = await readJson<{ items: Invoice[] }>(
      await payments.request('/invoices?pageSize=500', {
        headers: payments.as('exporter2', 'EXPORTER'),
      }),
    );
    expect(own.items.map((item) => item.id)).toEqual([theirs.id]);
    const open = await readJson<{ items: Invoice[] }>(
      await payments.request('/invoices?status=OPEN&pageSize=500', { headers: finance() }),
    );
    expect(open.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(open.items.every((item) => item.status === 'OPEN')).toBe(true);
    const bad = await payments.request('/invoices?status=LOST&shipmentId=x', {
      headers: finance(),
    });
    expect(bad.status).toBe(400);
    expect((await readJson<{ message: string[] }>(bad)).message).toEqual(
      expect.arrayContaining([
        'status must be one of OPEN, PARTIALLY_PAID, PAID, VOID, REFUNDED',
        'shipmentId must be a UUID',
      ]),
    );
  });

  it('statements: finance only; a malformed or over-precise file is refused whole, saying where', async () => {
    const target = await issue({
      buyer: { name: 'Refused Whole GmbH', country: 'DE', address: 'Bonn' },
    });
    const before = await payments.ledger();
    const itemsBefore = (await payments.reconciliation()).length;
    const csv = (rows: string[]) =>
      ['date,amount,currency,reference,payer,iban', ...rows].join('\n');

    const overPrecise = await payments.upload(
      '/statements',
      csv([`2026-05-14,1219.00,EUR,${target.reference},A,`, '2026-05-14,10.001,EUR,x,B,']),
      'text/csv',
    );
    expect(overPrecise.status).toBe(400);
    const body = await readJson<{ message: string[]; location: { line: number } }>(overPrecise);
    expect(body.message[0]).toContain('line 3');
    expect(body.message[0]).toContain("'10.001' has 3 decimals but EUR has 2");
    expect(body.location.line).toBe(3);

    const malformed = await payments.upload(
      '/statements',
      csv(['2026-13-01,5.00,EUR,x,B,']),
      'text/csv',
    );
    expect(malformed.status).toBe(400);
    expect((await readJson<{ message: string[] }>(malformed)).message[0]).toMatch(
      /line 2.*column date/,
    );

    const empty = await payments.upload('/statements', '', 'text/csv');
    expect(empty.status).toBe(400);
    const json = await payments.request('/statements', {
      method: 'POST',
      json: { rows: [] },
      headers: finance(),
    });
    expect(json.status).toBe(415);

    expect(await invoice(target.id)).toMatchObject({ status: 'OPEN', paid: money('0.00') });
    expect((await payments.reconciliation()).length).toBe(itemsBefore);
    expect(await payments.ledger()).toEqual(before);

    for (const [user, role] of [
      ['exporter1', 'EXPORTER'],
      ['admin', 'ADMIN'],
      ['officer1', 'CUSTOMS_OFFICER'],
      ['operator1', 'LOGISTICS_OPERATOR'],
    ] as const) {
      const response = await payments.request('/statements', {
        method: 'POST',
        body: csv([`2026-05-14,1219.00,EUR,${target.reference},A,`]),
        headers: { 'content-type': 'text/csv', ...payments.as(user, role) },
      });
      expect(response.status).toBe(403);
    }
    expect(await invoice(target.id)).toMatchObject({ status: 'OPEN' });

    // as a multipart upload
    const form = new FormData();
    form.append(
      'file',
      new Blob([csv([`2026-05-14,1219.00,EUR,${target.reference},A,`])], { type: 'text/csv' }),
      'statement.csv',
    );
    const uploaded = await payments.request('/statements', {
      method: 'POST',
      body: form,
      headers: finance(),
    });
    expect(uploaded.status).toBe(201);
    expect(await readJson(uploaded)).toMatchObject({ entries: 1, matched: 1 });
    const wrongField = new FormData();
    wrongField.append('upload', new Blob(['x']), 'x.csv');
    expect(
      (
        await payments.request('/statements', {
          method: 'POST',
          body: wrongField,
          headers: finance(),
        })
      ).status,
    ).toBe(400);
  });

  it('reconciliation and ledger routes: finance (and admin to read) only', async () => {
    const headersOf = {
      exporter: payments.as('exporter1', 'EXPORTER'),
      officer: payments.as('officer1', 'CUSTOMS_OFFICER'),
      operator: payments.as('operator1', 'LOGISTICS_OPERATOR'),
    };
    for (const headers of Object.values(headersOf)) {
      expect((await payments.request('/reconciliation', { headers })).status).toBe(403);
      expect((await payments.request('/ledger/balances', { headers })).status).toBe(403);
    }
    expect(
      (await payments.request('/reconciliation', { headers: payments.as('admin', 'ADMIN') }))
        .status,
    ).toBe(200);
    expect(
      (await payments.request('/ledger/balances', { headers: payments.as('admin', 'ADMIN') }))
        .status,
    ).toBe(200);
    const dismissAsAdmin = await payments.request(
      '/reconciliation/01a20e9a-6b4b-7673-b7ef-cba8ed3d91c0/dismiss',
      {
        method: 'POST',
        json: { reason: 'x' },
        headers: payments.as('admin', 'ADMIN'),
      },
    );
    expect(dismissAsAdmin.status).toBe(403);
    expect(
      (await payments.request('/reconciliation?status=LOST', { headers: finance() })).status,
    ).toBe(400);
    expect(
      (await payments.request('/ledger/balances?currency=XXX', { headers: finance() })).status,
    ).toBe(400);
  });

  it('after all of the above, every currency of the ledger has debits equal to credits', async () => {
    expectBalanced(await payments.ledger());
  });

  it('the database itself refuses to edit a posting or to book an unbalanced one', async () => {
    const client = new Client({ connectionString: await context.database('payments') });
    await client.connect();
    try {
      await expect(client.query(`UPDATE posting SET memo = 'edited'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query(`DELETE FROM posting_line`)).rejects.toThrow(/append-only/);
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO posting (id, kind, memo, recorded_by) VALUES ($1, 'FEE_BOOKED', 'lopsided', 'test')`,
        [randomUUID()],
      );
      const [{ id }] = (
        await client.query<{ id: string }>(`SELECT id FROM posting WHERE memo = 'lopsided'`)
      ).rows;
      await client.query(
        `INSERT INTO posting_line VALUES ($1, 0, 'BANK_FEES', 'DEBIT', 100, 'EUR'), ($1, 1, 'BANK', 'CREDIT', 99, 'EUR')`,
        [id],
      );
      await expect(client.query('COMMIT')).rejects.toThrow(/does not balance in EUR/);
    } finally {
      await client.end();
    }
    expectBalanced(await payments.ledger());
  });
});
