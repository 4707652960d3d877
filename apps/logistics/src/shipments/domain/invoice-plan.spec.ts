import { Money } from '@artbridge/money';
import { Duties, InvoicePlanInput, planInvoice } from './invoice-plan';

const eur = (minor: bigint): Money => ({ minor, currency: 'EUR' });
const cny = (minor: bigint): Money => ({ minor, currency: 'CNY' });
const duties = (duty: Money, vat: Money): Duties => ({
  duty,
  vat,
  total: { minor: duty.minor + vat.minor, currency: duty.currency },
});

function plan(overrides: Partial<InvoicePlanInput>) {
  return planInvoice({
    incoterm: { rule: 'CIP', place: 'Paris' },
    destinationCountry: 'FR',
    ...overrides,
  });
}

describe('planInvoice', () => {
  it('invoices the price, then duty and VAT in the same currency', () => {
    expect(plan({ price: eur(15_000_000n), duties: duties(eur(0n), eur(825_000n)) })).toEqual({
      invoice: true,
      currency: 'EUR',
      lines: [
        { kind: 'PRICE', description: 'Price of the works, CIP Paris', amount: eur(15_000_000n) },
        { kind: 'VAT', description: 'Import VAT (FR)', amount: eur(825_000n) },
      ],
      total: eur(15_825_000n),
    });
  });

  it('invoices the price alone when customs computed no duties', () => {
    const result = plan({ price: eur(100n) });
    expect(result).toMatchObject({ invoice: true, total: eur(100n) });
    expect(result.invoice && result.lines.map((line) => line.kind)).toEqual(['PRICE']);
    expect(result.dutiesNote).toBeUndefined();
  });

  it('leaves duties in another currency to be settled separately, and says so', () => {
    const result = plan({ price: eur(15_000_000n), duties: duties(cny(50_000n), cny(130_000n)) });
    expect(result).toMatchObject({
      invoice: true,
      total: eur(15_000_000n),
      dutiesNote:
        'duties and taxes of 1800.00 CNY are not in the invoice currency EUR: settled separately',
    });
    expect(result.invoice && result.lines).toHaveLength(1);
  });

  it('never bills import duties to the buyer under DDP', () => {
    const result = plan({
      price: eur(15_000_000n),
      duties: duties(eur(10_000n), eur(20_000n)),
      incoterm: { rule: 'DDP', place: 'Paris' },
    });
    expect(result).toMatchObject({
      invoice: true,
      total: eur(15_000_000n),
      dutiesNote:
        "duties and taxes of 300.00 EUR are the seller's under DDP: not invoiced to the buyer",
    });
  });

  it('without a price invoices the duties alone, in their currency', () => {
    expect(plan({ duties: duties(cny(50_000n), cny(130_000n)) })).toMatchObject({
      invoice: true,
      currency: 'CNY',
      total: cny(180_000n),
      lines: [{ kind: 'DUTY' }, { kind: 'VAT' }],
    });
  });

  it('has nothing to invoice without a price and without duties', () => {
    expect(plan({})).toEqual({
      invoice: false,
      reason: 'no price and no duties: nothing to invoice',
    });
    expect(plan({ price: eur(0n), duties: duties(eur(0n), eur(0n)) })).toEqual({
      invoice: false,
      reason: 'no price and no duties: nothing to invoice',
    });
  });

  it('has nothing to invoice when a loan owes duties in two currencies', () => {
    expect(plan({ duties: duties(cny(100n), eur(100n)) })).toMatchObject({
      invoice: false,
      reason: 'no price to invoice, and the duties are settled outside this invoice',
    });
  });

  it('adds exactly, whatever the size', () => {
    const huge = eur(123_456_789_012_345_678_901n);
    const result = plan({ price: huge, duties: duties(eur(1n), eur(2n)) });
    expect(result.invoice && result.total).toEqual(eur(123_456_789_012_345_678_904n));
  });
});
