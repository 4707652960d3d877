import { MoneyDto } from '@artbridge/contracts';
import { InvoiceEntity, InvoiceLineEntity } from './invoice.entity';
import { InvoiceResponse } from './invoice.response';

/** The invoice as API.md shows it; `paid` counts bank charges written off (REC-FEE). */
export function invoiceView(
  invoice: InvoiceEntity,
  lines: readonly InvoiceLineEntity[],
): InvoiceResponse {
  const currency = invoice.total.currency;
  return {
    id: invoice.id,
    kind: invoice.kind,
    shipmentId: invoice.shipmentId,
    ...(invoice.declarationId !== null && { declarationId: invoice.declarationId }),
    exporterId: invoice.exporterId,
    buyer: {
      name: invoice.buyerName,
      country: invoice.buyerCountry,
      address: invoice.buyerAddress,
    },
    reference: invoice.reference,
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        kind: line.kind,
        description: line.description,
        amount: MoneyDto.from(line.amount),
      })),
    total: MoneyDto.from(invoice.total),
    paid: MoneyDto.from({ minor: invoice.paidMinor, currency }),
    open: MoneyDto.from({ minor: invoice.total.minor - invoice.paidMinor, currency }),
    status: invoice.status,
    escrow: invoice.escrowStatus,
    dueAt: invoice.dueAt.toISOString(),
    issuedAt: invoice.issuedAt.toISOString(),
  };
}
