import type { Invoice } from '../shared/api-types';
import { isInvoiceOverdue } from './invoice-due';

const invoice = (status: string): Invoice => ({
  id: 'i',
  shipmentId: 's',
  exporterId: 'exporter1',
  buyer: { name: 'B', country: 'FR', address: 'Paris' },
  reference: 'RF18539007547034',
  lines: [],
  total: { amount: '10.00', currency: 'EUR' },
  paid: { amount: '0.00', currency: 'EUR' },
  open: { amount: '10.00', currency: 'EUR' },
  status,
  escrow: 'AWAITING_FUNDS',
  dueAt: '2026-11-24T00:00:00.000Z',
  issuedAt: '2026-11-20T00:00:00.000Z',
});

describe('an overdue invoice', () => {
  it('still expects money after its due date', () => {
    const after = new Date('2026-11-25T00:00:00.000Z');
    expect(isInvoiceOverdue(invoice('OPEN'), after)).toBe(true);
    expect(isInvoiceOverdue(invoice('PARTIALLY_PAID'), after)).toBe(true);
    expect(isInvoiceOverdue(invoice('PAID'), after)).toBe(false);
    expect(isInvoiceOverdue(invoice('OPEN'), new Date('2026-11-23T00:00:00.000Z'))).toBe(false);
  });
});
