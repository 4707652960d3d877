import { Money, addMoney, formatAmount } from '@artbridge/money';
import { InvoiceAmounts, InvoiceLine, InvoiceRuleError, invoiceAmounts } from './invoice';

/**
 * The import-duty invoice of an import declaration: when customs clears works released from a
 * free-trade zone's bonded storage to the domestic market (CN-FTZ-RELEASE), the import duty and
 * VAT deferred until then are due from the importer. One invoice per declaration, in the
 * duties' currency, a DUTY and a VAT line (zero lines left out); nothing due, no invoice. It
 * holds no escrow: paid, the money is what the ledger already owes the authorities.
 */

export interface ImportDuties {
  readonly duty: Money;
  readonly vat: Money;
  readonly total: Money;
}

export interface ImportDutyInvoiceInput {
  readonly declarationId: string;
  /** The country the works were imported into, whose duty and VAT these are. */
  readonly importCountry: string;
  readonly duties?: ImportDuties;
}

export type ImportDutyInvoicePlan =
  | {
      readonly invoice: true;
      readonly lines: readonly InvoiceLine[];
      readonly amounts: InvoiceAmounts;
    }
  | { readonly invoice: false; readonly reason: string };

const show = (money: Money) => `${formatAmount(money)} ${money.currency}`;

/** Refuses duties whose total is not duty plus VAT, or in two currencies (InvoiceRuleError). */
export function planImportDutyInvoice(input: ImportDutyInvoiceInput): ImportDutyInvoicePlan {
  const { declarationId, importCountry, duties } = input;
  if (!duties) {
    return {
      invoice: false,
      reason: `import declaration ${declarationId} computed no duties: nothing to invoice`,
    };
  }
  if (duties.duty.currency !== duties.vat.currency) {
    throw new InvoiceRuleError(
      `import declaration ${declarationId}: duty in ${duties.duty.currency} and VAT in ${duties.vat.currency}; one invoice, one currency`,
    );
  }
  const sum = addMoney(duties.duty, duties.vat);
  if (sum.currency !== duties.total.currency || sum.minor !== duties.total.minor) {
    throw new InvoiceRuleError(
      `import declaration ${declarationId}: total ${show(duties.total)} is not duty plus VAT (${show(sum)})`,
    );
  }
  const lines: InvoiceLine[] = [];
  if (duties.duty.minor > 0n) {
    lines.push({
      kind: 'DUTY',
      description: `Import duty (${importCountry}), import declaration ${declarationId}`,
      amount: duties.duty,
    });
  }
  if (duties.vat.minor > 0n) {
    lines.push({
      kind: 'VAT',
      description: `Import VAT (${importCountry}), import declaration ${declarationId}`,
      amount: duties.vat,
    });
  }
  if (lines.length === 0) {
    return {
      invoice: false,
      reason: `import declaration ${declarationId} has no duty or VAT due: nothing to invoice`,
    };
  }
  return { invoice: true, lines, amounts: invoiceAmounts(lines) };
}

/** When an import-duty invoice issued at `issuedAt` is due: `days` later. */
export function importDutyDueAt(issuedAt: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`an import-duty invoice is due 1 day or more after issue, not ${days}`);
  }
  return new Date(issuedAt.getTime() + days * 86_400_000);
}
