import { importJourney } from './import-journey';

const decision = {
  declarationId: '01900000-0000-7000-8000-000000000001',
  shipmentId: '01900000-0000-7000-8000-000000000002',
  decidedBy: 'officer1',
  importCountry: 'CN',
};
const cny = (amount: string) => ({ amount, currency: 'CNY' });

describe('importJourney: the import after bond, in timeline words', () => {
  it('names the duty and VAT due when customs clears with duties', () => {
    expect(
      importJourney.cleared({
        ...decision,
        duties: { duty: cny('10.00'), vat: cny('131.30'), total: cny('141.30') },
      }),
    ).toEqual({
      type: 'IMPORT_DECLARATION_CLEARED',
      detail: 'import into CN cleared by officer1: duty 10.00 CNY, VAT 131.30 CNY due',
    });
  });

  it.each([
    [
      'zero duties (paid at the export declaration)',
      { duty: cny('0.00'), vat: cny('0.00'), total: cny('0.00') },
    ],
    ['no duties at all', undefined],
  ])('says nothing is due for %s', (_, duties) => {
    expect(importJourney.cleared({ ...decision, duties }).detail).toBe(
      'import into CN cleared by officer1: no duty or VAT due',
    );
  });

  it('gives a refusal its reason and rule ids, and a review its outcome', () => {
    expect(
      importJourney.rejected({ ...decision, reason: 'CITES permit missing', ruleIds: ['CITES-I'] })
        .detail,
    ).toBe('import into CN refused by officer1: CITES permit missing (CITES-I)');
    expect(
      importJourney.filed({
        ...decision,
        outcome: 'REVIEW',
        zone: 'China (Shanghai) Pilot Free Trade Zone',
        exportDeclarationId: '01900000-0000-7000-8000-000000000003',
      }).detail,
    ).toBe(
      `import declaration ${decision.declarationId} filed for CN on release from China (Shanghai) Pilot Free Trade Zone: for an officer to review`,
    );
  });

  it('says a payment of the duty the bank reversed is owed again, with what is still paid', () => {
    const invoice = { ...decision, invoiceId: '01900000-0000-7000-8000-000000000004' };
    expect(
      importJourney.dutyPaymentReversed({
        ...invoice,
        reversed: cny('10000.00'),
        paid: cny('4130.00'),
        open: cny('10000.00'),
        status: 'PARTIALLY_PAID',
      }),
    ).toEqual({
      type: 'IMPORT_DUTY_PAYMENT_REVERSED',
      detail:
        'import duty payment of 10000.00 CNY reversed by the bank; 10000.00 CNY open (4130.00 CNY paid)',
    });
    expect(
      importJourney.dutyPaymentReversed({
        ...invoice,
        reversed: cny('14130.00'),
        paid: cny('0.00'),
        open: cny('14130.00'),
        status: 'OPEN',
      }).detail,
    ).toBe(
      'import duty payment of 14130.00 CNY reversed by the bank; 14130.00 CNY open (nothing paid)',
    );
  });
});
