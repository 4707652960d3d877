import type { Invoice } from '../api/invoice.types';
import type { Money } from '../api/types';

/** Answers of the payments service for component tests, shaped as its invoice view makes them. */

export const eur = (amount: string): Money => ({ amount, currency: 'EUR' });

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: '0190a1b2-0000-7000-8000-00000000b001',
    kind: 'SHIPMENT',
    shipmentId: '0190a1b2-0000-7000-8000-0000000005a1',
    exporterId: 'exporter1',
    buyer: { name: 'Musée du Louvre', country: 'FR', address: 'Paris' },
    reference: 'RF18539007547034',
    lines: [],
    total: eur('1250.00'),
    paid: eur('0.00'),
    open: eur('1250.00'),
    status: 'OPEN',
    escrow: 'AWAITING_FUNDS',
    dueAt: '2026-05-10T00:00:00.000Z',
    issuedAt: '2026-04-10T09:00:00.000Z',
    ...overrides,
  };
}
