import { compactReference, invoiceCandidates, resolveInvoice } from './resolve-invoice';

const eur = {
  id: '0190a1b2-0000-7000-8000-000000000001',
  reference: 'RF18539007547034',
  open: { amount: '1250.00', currency: 'EUR' },
  dueAt: '2026-06-01T00:00:00.000Z',
};
const usd = {
  id: '0190a1b2-0000-7000-8000-000000000002',
  reference: 'RF71ART2',
  open: { amount: '90.00', currency: 'USD' },
  dueAt: '2026-05-01T00:00:00.000Z',
};

describe('the invoice a person names for a payment', () => {
  it('takes an invoice id as it is, lower-cased', () => {
    expect(resolveInvoice(' 0190A1B2-0000-7000-8000-000000000001 ', [eur])).toEqual({
      invoiceId: eur.id,
      invoice: eur,
    });
    expect(resolveInvoice('0190a1b2-0000-7000-8000-0000000000ff', [eur])).toEqual({
      invoiceId: '0190a1b2-0000-7000-8000-0000000000ff',
      invoice: undefined,
    });
  });

  it('finds an open invoice by its RF reference, however it is spaced or cased', () => {
    expect(resolveInvoice('rf18 5390 0754 7034', [usd, eur])).toEqual({
      invoiceId: eur.id,
      invoice: eur,
    });
    expect(compactReference('RF18 5390\t0754')).toBe('RF1853900754');
  });

  it('says what is wrong with anything else', () => {
    expect(resolveInvoice('  ', [eur])).toEqual({ problem: 'empty' });
    expect(resolveInvoice('invoice 7', [eur])).toEqual({ problem: 'notAnInvoice' });
    expect(resolveInvoice('RF00 1', [eur])).toEqual({
      problem: 'unknownReference',
      reference: 'RF001',
    });
  });

  it('offers the payment’s currency first, then the earliest due', () => {
    expect(invoiceCandidates([usd, eur], 'EUR').map((i) => i.reference)).toEqual([
      'RF18539007547034',
      'RF71ART2',
    ]);
    expect(invoiceCandidates([eur, usd], 'CHF').map((i) => i.reference)).toEqual([
      'RF71ART2',
      'RF18539007547034',
    ]);
  });
});
