import { CancelOverdueInvoiceV1, EscrowFunded, InvoiceVoided } from '@artbridge/contracts';
import { parseMoney } from '@artbridge/money';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INITIAL_ESCROW_STATE } from '../ledger/domain/escrow';
import { reconcile } from '../reconciliation/domain/reconcile';
import { DecisionApplier } from '../reconciliation/decision-applier';
import { invoiceAmounts, invoiceReference, issuePosting } from './domain/invoice';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceLifecycleService } from './invoice-lifecycle.service';
import { InvoiceRow, invoiceFromRow } from './invoice-rows';
import { openInvoiceOf } from './invoice-state';

const INVOICE_ID = '0190a0f0-0000-7000-8000-000000000001';
const SHIPMENT_ID = '0190a0f0-0000-7000-8000-000000000002';
const eur = (amount: string) => parseMoney(amount, 'EUR');
const AMOUNTS = invoiceAmounts([
  { kind: 'PRICE', description: 'Shan Shui, ink on paper', amount: eur('1000.00') },
  { kind: 'FREIGHT', description: 'air freight PEK-CDG', amount: eur('150.00') },
  { kind: 'DUTY', description: 'import duty', amount: eur('11.50') },
  { kind: 'VAT', description: 'import VAT', amount: eur('57.50') },
]);

/** The invoice as issued (OPEN, nothing paid), as its row is read. */
const ISSUED: InvoiceRow = {
  id: INVOICE_ID,
  shipment_id: SHIPMENT_ID,
  kind: 'SHIPMENT',
  declaration_id: null,
  number: '1',
  reference: invoiceReference(1n),
  exporter_id: 'exporter1',
  buyer_name: 'On Time Gallery',
  buyer_country: 'DE',
  buyer_address: 'Berlin',
  total_minor: AMOUNTS.total.minor.toString(),
  total_currency: 'EUR',
  goods_minor: AMOUNTS.goods.minor.toString(),
  duties_minor: AMOUNTS.duties.minor.toString(),
  vat_minor: AMOUNTS.vat.minor.toString(),
  paid_minor: '0',
  status: 'OPEN',
  escrow: INITIAL_ESCROW_STATE,
  escrow_status: INITIAL_ESCROW_STATE.status,
  due_at: new Date('2026-05-15T00:00:00.000Z'),
  due_date: '2026-05-15',
  correlation_id: 'saga-of-the-shipment',
  issued_at: new Date('2026-05-01T09:00:00.000Z'),
  updated_at: new Date('2026-05-01T09:00:00.000Z'),
};

/** The invoice's row with the state a change left on its entity. */
const rowOf = (invoice: InvoiceEntity): InvoiceRow => ({
  ...ISSUED,
  status: invoice.status,
  paid_minor: invoice.paidMinor.toString(),
  escrow: invoice.escrow,
  escrow_status: invoice.escrowStatus,
});

/** Its INVOICE_ISSUED posting, as loadPostings reads it. */
const ISSUE_POSTING = {
  ...issuePosting(INVOICE_ID, AMOUNTS),
  id: 'posting-1',
  invoice_id: INVOICE_ID,
  entry_id: null,
  reverses: null,
  lines: issuePosting(INVOICE_ID, AMOUNTS).lines.map((line) => ({
    account: line.account,
    side: line.side,
    minor: line.amount.minor.toString(),
    currency: line.amount.currency,
  })),
};

/** A manager over the one invoice row and its issue posting; records every statement. */
function managerOver(row: InvoiceRow) {
  const statements: string[] = [];
  const manager = {
    query: async (sql: string) => {
      statements.push(sql);
      if (/FROM invoice\b/.test(sql) && sql.includes('FOR UPDATE')) return [row];
      if (sql.includes('FROM posting p')) return [ISSUE_POSTING];
      return [];
    },
  };
  return { manager: manager as unknown as EntityManager, statements };
}

const OVERDUE: CancelOverdueInvoiceV1 = {
  shipmentId: SHIPMENT_ID,
  reason: 'payment not received by 2026-05-15T00:00:00.000Z',
  dueAt: '2026-05-15T00:00:00.000Z',
};
const ORIGIN = { source: 'logistics (payments.invoice.cancel-overdue)', correlationId: 'c-1' };

describe('InvoiceLifecycleService.cancelOverdue', () => {
  const service = new InvoiceLifecycleService();
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('keeps an invoice paid in full with its escrow funded, and announces EscrowFunded again as at funding time', async () => {
    // the buyer pays in full through reconciliation: escrow funded, EscrowFunded announced
    const issued = invoiceFromRow(ISSUED);
    const applier = new DecisionApplier(new Map([[INVOICE_ID, issued]]));
    const payment = {
      entryId: 'e1',
      amount: AMOUNTS.total,
      creditDebit: 'CRDT' as const,
      references: [ISSUED.reference],
    };
    applier.applyToInvoice(reconcile(payment, [openInvoiceOf(issued)]), payment);
    const [funding] = applier.announcements;
    expect(funding.definition).toBe(EscrowFunded);
    const [funded] = applier.changedInvoices();
    expect(funded).toMatchObject({ status: 'PAID', escrowStatus: 'FUNDED' });

    // the saga may have dropped that one: its answer to the overdue cancellation is the same
    const { manager, statements } = managerOver(rowOf(funded));
    const answer = await service.cancelOverdue(manager, OVERDUE, ORIGIN);
    expect(answer).toEqual([funding]);
    expect(answer[0].payload).toEqual({
      invoiceId: INVOICE_ID,
      shipmentId: SHIPMENT_ID,
      amount: { amount: '1150.00', currency: 'EUR' },
    });
    // kept: nothing written, no posting, the invoice as it was
    expect(statements.filter((sql) => !/^\s*SELECT/.test(sql))).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('kept, the sale goes on'));
  });

  it('voids an invoice nothing was paid on, and announces that alone', async () => {
    const { manager, statements } = managerOver(ISSUED);
    const answer = await service.cancelOverdue(manager, OVERDUE, ORIGIN);
    expect(answer.map((announcement) => announcement.definition)).toEqual([InvoiceVoided]);
    expect(statements.some((sql) => sql.includes('UPDATE invoice'))).toBe(true);
  });
});
