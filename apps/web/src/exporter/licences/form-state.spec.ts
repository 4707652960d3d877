import { emptyIpLicenceForm, ipLicenceRequestBody, territoryCodes } from './ip-licence-form-state';
import { emptyProductForm, productRequestBody, productTypeCode } from './product-form-state';

describe('the licence form’s body', () => {
  it('reads countries however they are separated, upper case', () => {
    expect(territoryCodes(' cn, hk;mo  fr ')).toEqual(['CN', 'HK', 'MO', 'FR']);
    expect(territoryCodes('  ')).toEqual([]);
  });

  it('sends WORLD alone for a worldwide licence, and leaves out an artist not given', () => {
    const body = ipLicenceRequestBody({
      ...emptyIpLicenceForm(),
      licensor: ' Palace Museum ',
      sourceTitle: 'Qingming',
      institutionRef: 'X-1',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      worldwide: true,
      territories: 'CN, HK',
      royaltyRate: ' 8.5 ',
    });
    expect(body).toEqual({
      licensor: 'Palace Museum',
      sourceItem: { title: 'Qingming', institutionRef: 'X-1' },
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      territories: ['WORLD'],
      royaltyRate: '8.5',
    });
  });
});

describe('the product form’s body', () => {
  it('writes the product type as the catalog’s upper-case code', () => {
    expect(productTypeCode(' silk scarf ')).toBe('SILK_SCARF');
    expect(productTypeCode('art-print')).toBe('ART_PRINT');
  });

  it('sends no materials when none are listed', () => {
    expect(
      productRequestBody({
        ...emptyProductForm(),
        sku: ' PM-1 ',
        title: 'Scarf',
        productType: 'scarf',
        unitAmount: '680.00',
        unitCurrency: 'cny',
        originCountry: 'cn',
      }),
    ).toEqual({
      sku: 'PM-1',
      title: 'Scarf',
      productType: 'SCARF',
      unitValue: { amount: '680.00', currency: 'CNY' },
      originCountry: 'CN',
    });
  });
});
