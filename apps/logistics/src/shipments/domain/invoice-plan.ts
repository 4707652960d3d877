import { MAX_AMOUNT_MINOR, Money, addMoney, formatAmount } from '@artbridge/money';

/**
 * What the saga asks payments to invoice once customs has cleared a shipment (issue 3: "price
 * plus duties and taxes"). One invoice is in one currency, so:
 *
 * - With a price, the invoice is in the price's currency: a PRICE line, then DUTY and VAT lines
 *   when customs computed them in that same currency. Duties in another currency are not
 *   converted (no FX rate is agreed for it here): they are settled separately, and the timeline
 *   says so.
 * - Under DDP the seller bears import duties and taxes (Incoterms 2020, DDP A9/B9): they are
 *   never billed to the buyer on top of the price.
 * - Without a price (an exhibition loan), only duties are invoiced, in their own currency.
 * - Zero lines are left out. When nothing is left there is nothing to invoice: the shipment
 *   goes on without a payment step and without escrow.
 */
export interface Duties {
  readonly duty: Money;
  readonly vat: Money;
  readonly total: Money;
}

export type PlannedLineKind = 'PRICE' | 'DUTY' | 'VAT';

export interface PlannedLine {
  readonly kind: PlannedLineKind;
  readonly description: string;
  readonly amount: Money;
}

export interface InvoicePlanInput {
  readonly price?: Money;
  readonly duties?: Duties;
  readonly incoterm: { readonly rule: string; readonly place: string };
  readonly destinationCountry: string;
}

export type InvoicePlan =
  | {
      readonly invoice: true;
      readonly currency: string;
      readonly lines: readonly PlannedLine[];
      readonly total: Money;
      /** Why duties are not on the invoice, when customs computed some that are not. */
      readonly dutiesNote?: string;
    }
  | { readonly invoice: false; readonly reason: string; readonly dutiesNote?: string };

const positive = (money: Money | undefined): money is Money => !!money && money.minor > 0n;

const show = (money: Money) => `${formatAmount(money)} ${money.currency}`;

export function planInvoice(input: InvoicePlanInput): InvoicePlan {
  const { price, duties, incoterm, destinationCountry } = input;
  const lines: PlannedLine[] = [];
  if (positive(price)) {
    lines.push({
      kind: 'PRICE',
      description: `Price of the works, ${incoterm.rule} ${incoterm.place}`,
      amount: price,
    });
  }
  const dutyLines: PlannedLine[] = [];
  if (duties && positive(duties.duty)) {
    dutyLines.push({
      kind: 'DUTY',
      description: `Import duty (${destinationCountry})`,
      amount: duties.duty,
    });
  }
  if (duties && positive(duties.vat)) {
    dutyLines.push({
      kind: 'VAT',
      description: `Import VAT (${destinationCountry})`,
      amount: duties.vat,
    });
  }

  let dutiesNote: string | undefined;
  if (dutyLines.length > 0) {
    const owed = duties && positive(duties.total) ? show(duties.total) : 'some';
    const currency = lines[0]?.amount.currency ?? dutyLines[0].amount.currency;
    if (incoterm.rule === 'DDP') {
      dutiesNote = `duties and taxes of ${owed} are the seller's under DDP: not invoiced to the buyer`;
    } else if (dutyLines.some((line) => line.amount.currency !== currency)) {
      dutiesNote = `duties and taxes of ${owed} are not in the invoice currency ${currency}: settled separately`;
    } else {
      lines.push(...dutyLines);
    }
  }

  if (lines.length === 0) {
    return {
      invoice: false,
      reason: dutiesNote
        ? 'no price to invoice, and the duties are settled outside this invoice'
        : 'no price and no duties: nothing to invoice',
      ...(dutiesNote && { dutiesNote }),
    };
  }
  const total = lines.slice(1).reduce((sum, line) => addMoney(sum, line.amount), lines[0].amount);
  return {
    invoice: true,
    currency: total.currency,
    lines,
    total,
    ...(dutiesNote && { dutiesNote }),
  };
}

/**
 * Why payments could not issue an invoice of these lines, or undefined when it can. Payments
 * totals the lines exactly and refuses a total beyond MAX_AMOUNT_MINOR in the invoice's currency
 * (its bigint columns could not keep it), even when every line is within it: the IssueInvoice
 * would be dead-lettered and the shipment would wait CLEARED for an invoice that never comes.
 * The lines are those planned (one currency: addMoney refuses a mix).
 */
export function invoiceBeyondBound(lines: readonly PlannedLine[]): string | undefined {
  if (lines.length === 0) return undefined;
  const total = lines.slice(1).reduce((sum, line) => addMoney(sum, line.amount), lines[0].amount);
  if (total.minor <= MAX_AMOUNT_MINOR) return undefined;
  const most: Money = { minor: MAX_AMOUNT_MINOR, currency: total.currency };
  return `the invoice would total ${show(total)}, more than an amount can hold (${show(most)})`;
}
