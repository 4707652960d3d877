import { MAX_AMOUNT_MINOR, Money } from '@artbridge/money';
import {
  Duties,
  InvoicePlanInput,
  PlannedLine,
  invoiceBeyondBound,
  planInvoice,
} from './invoice-plan';

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

describe('invoiceBeyondBound', () => {
  const line = (kind: PlannedLine['kind'], amount: Money): PlannedLine => ({
    kind,
    description: kind,
    amount,
  });
  const lines = (input: Partial<InvoicePlanInput>) => {
    const result = plan(input);
    if (!result.invoice) throw new Error('nothing to invoice');
    return result.lines;
  };

  it('refuses the lines of a sale whose price and VAT together exceed what an amount can hold', () => {
    // 90000000000000000.00 EUR to Paris, VAT 5.5 %: each line fits, their total does not
    const sale = lines({
      price: eur(9_000_000_000_000_000_000n),
      duties: duties(eur(0n), eur(495_000_000_000_000_000n)),
    });
    expect(sale.map((planned) => planned.kind)).toEqual(['PRICE', 'VAT']);
    expect(invoiceBeyondBound(sale)).toBe(
      'the invoice would total 94950000000000000.00 EUR, more than an amount can hold (92233720368547758.07 EUR)',
    );
  });

  it('takes a total up to the bound exactly, and refuses one minor unit more', () => {
    const half = MAX_AMOUNT_MINOR / 2n; // odd bound: half + half + 1 is the bound
    expect(
      invoiceBeyondBound([line('PRICE', eur(half)), line('DUTY', eur(half)), line('VAT', eur(1n))]),
    ).toBeUndefined();
    expect(
      invoiceBeyondBound([line('PRICE', eur(half)), line('DUTY', eur(half)), line('VAT', eur(2n))]),
    ).toBe(
      'the invoice would total 92233720368547758.08 EUR, more than an amount can hold (92233720368547758.07 EUR)',
    );
  });

  it("counts in the invoice's currency: its minor units and its decimals", () => {
    // JPY has no minor digits: the bound is 9223372036854775807 JPY
    const jpy = (minor: bigint): Money => ({ minor, currency: 'JPY' });
    expect(invoiceBeyondBound([line('PRICE', jpy(MAX_AMOUNT_MINOR))])).toBeUndefined();
    expect(invoiceBeyondBound([line('PRICE', jpy(MAX_AMOUNT_MINOR)), line('VAT', jpy(1n))])).toBe(
      'the invoice would total 9223372036854775808 JPY, more than an amount can hold (9223372036854775807 JPY)',
    );
  });

  it('refuses duties alone beyond the bound (a loan without a price)', () => {
    const loan = lines({ duties: duties(cny(MAX_AMOUNT_MINOR), cny(MAX_AMOUNT_MINOR)) });
    expect(invoiceBeyondBound(loan)).toBe(
      'the invoice would total 184467440737095516.14 CNY, more than an amount can hold (92233720368547758.07 CNY)',
    );
  });

  it('takes an ordinary invoice, and no lines at all', () => {
    expect(
      invoiceBeyondBound(
        lines({ price: eur(15_000_000n), duties: duties(eur(0n), eur(825_000n)) }),
      ),
    ).toBeUndefined();
    expect(invoiceBeyondBound([])).toBeUndefined();
  });
});
