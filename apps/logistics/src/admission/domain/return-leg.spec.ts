import { returnLegTerms, returnLegViolations, LegTerms } from './return-leg';

const outbound: LegTerms = {
  consignee: { name: 'Musée des Arts', country: 'FR', address: '1 quai Branly, Paris' },
  origin: { country: 'CN', place: 'Shanghai' },
  destination: { country: 'FR', place: 'Paris' },
  purpose: 'TEMPORARY_EXHIBITION',
  incoterm: { rule: 'DAP', place: 'Paris' },
  transportMode: 'AIR',
};

describe('the return leg of an exhibition', () => {
  it('swaps origin and destination, returns to the lender, same mode and rule named at home', () => {
    expect(returnLegTerms('exporter1', outbound)).toEqual({
      consignee: { name: 'exporter1', country: 'CN', address: 'Shanghai' },
      origin: { country: 'FR', place: 'Paris' },
      destination: { country: 'CN', place: 'Shanghai' },
      purpose: 'RETURN',
      incoterm: { rule: 'DAP', place: 'Shanghai' },
      transportMode: 'AIR',
    });
  });

  it('takes what the lender chooses instead', () => {
    const consignee = { name: 'Shanghai Museum', country: 'CN', address: '201 Renmin Ave' };
    expect(
      returnLegTerms('exporter1', outbound, {
        consignee,
        incoterm: { rule: 'CIF', place: 'Shanghai' },
        transportMode: 'SEA',
      }),
    ).toMatchObject({
      consignee,
      incoterm: { rule: 'CIF', place: 'Shanghai' },
      transportMode: 'SEA',
    });
  });

  it('reports a rule that needs a price on the incoterm, since a return leg has no price', () => {
    expect(
      returnLegViolations(
        [
          {
            ruleId: 'LOG-INCOTERM-CIP-COVER',
            field: 'price',
            reason: 'CIP needs the contract price',
          },
          { ruleId: 'LOG-X', field: 'insurance', reason: 'other' },
        ],
        'CIP',
      ),
    ).toEqual([
      {
        ruleId: 'LOG-INCOTERM-CIP-COVER',
        field: 'incoterm',
        reason:
          'CIP checks the insurance against the price and a return leg has none: give another incoterm, e.g. DAP or CPT',
      },
      { ruleId: 'LOG-X', field: 'insurance', reason: 'other' },
    ]);
  });
});
