import {
  coversCountry,
  distinctTerritories,
  formatPercentRate,
  isCalendarDate,
  isoDate,
  LicenceTerms,
  licenceProblems,
  licenceStatus,
  parsePercentRate,
  productRegistrationRefusal,
  royaltyPerUnit,
  shipmentRefusal,
} from './ip-licence';

const licence: LicenceTerms = {
  id: 'L1',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  territories: ['CN', 'HK'],
};
const scarf = { artworkId: 'A1', sku: 'PM-SCARF-01' };

describe('licenceProblems', () => {
  it('accepts a period of one day or more and countries or WORLD', () => {
    expect(licenceProblems({ ...licence, validTo: licence.validFrom })).toEqual([]);
    expect(licenceProblems({ ...licence, territories: ['WORLD'] })).toEqual([]);
  });

  it('names the field: an end before the start, impossible dates, WORLD with countries', () => {
    expect(licenceProblems({ ...licence, validTo: '2025-12-31' })).toEqual([
      { field: 'validTo', message: 'validTo must not be before validFrom' },
    ]);
    expect(
      licenceProblems({ validFrom: '2026-02-30', validTo: '2026-13-01', territories: ['CN'] }),
    ).toEqual([
      { field: 'validFrom', message: 'validFrom must be a calendar date YYYY-MM-DD' },
      { field: 'validTo', message: 'validTo must be a calendar date YYYY-MM-DD' },
    ]);
    expect(licenceProblems({ ...licence, territories: ['WORLD', 'CN'] })).toEqual([
      {
        field: 'territories',
        message: 'territories must be either ["WORLD"] or a list of countries, not both',
      },
    ]);
  });
});

describe('dates', () => {
  it('reads an instant as its UTC calendar date', () => {
    expect(isoDate(new Date('2026-11-24T23:59:59Z'))).toBe('2026-11-24');
    expect(isoDate(new Date('2026-11-25T06:00:00+08:00'))).toBe('2026-11-24');
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
  });
});

describe('licenceStatus and productRegistrationRefusal', () => {
  it('is valid from validFrom to validTo, both included', () => {
    expect(licenceStatus(licence, '2025-12-31')).toBe('NOT_YET_VALID');
    expect(licenceStatus(licence, '2026-01-01')).toBe('ACTIVE');
    expect(licenceStatus(licence, '2026-12-31')).toBe('ACTIVE');
    expect(licenceStatus(licence, '2027-01-01')).toBe('EXPIRED');
  });

  it('registers products only while the licence is valid, saying why not', () => {
    expect(productRegistrationRefusal(licence, '2026-06-30')).toBeUndefined();
    expect(productRegistrationRefusal(licence, '2025-12-31')).toBe(
      'a product can be registered only while its licence is valid: licence L1 is not valid yet on 2025-12-31: it runs from 2026-01-01 to 2026-12-31',
    );
    expect(productRegistrationRefusal(licence, '2027-01-01')).toBe(
      'a product can be registered only while its licence is valid: licence L1 expired on 2026-12-31: it ran from 2026-01-01, today is 2027-01-01',
    );
  });
});

describe('territories', () => {
  it('covers its countries, or every one for WORLD', () => {
    expect(coversCountry(['CN', 'HK'], 'HK')).toBe(true);
    expect(coversCountry(['CN', 'HK'], 'FR')).toBe(false);
    expect(coversCountry(['WORLD'], 'FR')).toBe(true);
  });

  it('keeps each once, in order', () => {
    expect(distinctTerritories(['HK', 'CN', 'HK'])).toEqual(['HK', 'CN']);
  });
});

describe('shipmentRefusal', () => {
  it('lets a product go within its territories and period', () => {
    expect(shipmentRefusal(scarf, licence, 'CN', '2026-06-30')).toBeUndefined();
    expect(
      shipmentRefusal(scarf, { ...licence, territories: ['WORLD'] }, 'US', '2026-06-30'),
    ).toBeUndefined();
  });

  it('refuses a destination outside the territories, naming it and them', () => {
    expect(shipmentRefusal(scarf, licence, 'FR', '2026-06-30')).toBe(
      'artwork A1 (SKU PM-SCARF-01) may not be shipped to FR: licence L1 covers CN, HK only',
    );
  });

  it('refuses outside the period, and an unknown destination unless worldwide', () => {
    expect(shipmentRefusal(scarf, licence, 'CN', '2027-01-01')).toBe(
      'artwork A1 (SKU PM-SCARF-01) may not be shipped: licence L1 expired on 2026-12-31: it ran from 2026-01-01, today is 2027-01-01',
    );
    expect(shipmentRefusal(scarf, licence, undefined, '2026-06-30')).toBe(
      'artwork A1 (SKU PM-SCARF-01) is licensed for CN, HK only and the shipment names no destination country',
    );
    expect(
      shipmentRefusal(scarf, { ...licence, territories: ['WORLD'] }, undefined, '2026-06-30'),
    ).toBeUndefined();
  });
});

describe('royalty rates', () => {
  it('parses a percentage exactly', () => {
    expect(parsePercentRate('8.5')).toEqual({ numerator: 85n, denominator: 10n });
    expect(parsePercentRate('12')).toEqual({ numerator: 12n, denominator: 1n });
    expect(parsePercentRate('0.0125')).toEqual({ numerator: 125n, denominator: 10000n });
    expect(() => parsePercentRate('8,5')).toThrow("'8,5' is not a decimal percentage");
  });

  it('writes it as people do', () => {
    expect(formatPercentRate('8.5000')).toBe('8.5');
    expect(formatPercentRate('12.00')).toBe('12');
    expect(formatPercentRate('0.0125')).toBe('0.0125');
    expect(formatPercentRate('100.0000')).toBe('100');
    expect(formatPercentRate('0')).toBe('0');
  });
});

describe('royaltyPerUnit', () => {
  it('is unitValue × royaltyRate, exact when it divides', () => {
    expect(royaltyPerUnit({ minor: 68000n, currency: 'CNY' }, '8.5')).toEqual({
      minor: 5780n,
      currency: 'CNY',
    });
    expect(royaltyPerUnit({ minor: 1000n, currency: 'EUR' }, '0')).toEqual({
      minor: 0n,
      currency: 'EUR',
    });
    expect(royaltyPerUnit({ minor: 1000n, currency: 'EUR' }, '100')).toEqual({
      minor: 1000n,
      currency: 'EUR',
    });
  });

  it('rounds once, half up, to the minor unit of the currency', () => {
    // 12.99 × 8.5 % = 1.10415 → 1.10
    expect(royaltyPerUnit({ minor: 1299n, currency: 'EUR' }, '8.5')).toEqual({
      minor: 110n,
      currency: 'EUR',
    });
    // 0.10 × 5 % = 0.005 → 0.01 (half up)
    expect(royaltyPerUnit({ minor: 10n, currency: 'EUR' }, '5')).toEqual({
      minor: 1n,
      currency: 'EUR',
    });
    // JPY has no decimals: 1,999 × 7.5 % = 149.925 → 150
    expect(royaltyPerUnit({ minor: 1999n, currency: 'JPY' }, '7.5')).toEqual({
      minor: 150n,
      currency: 'JPY',
    });
    // KWD has three: 10.001 × 12.3456 % = 1.2346834... → 1.235
    expect(royaltyPerUnit({ minor: 10001n, currency: 'KWD' }, '12.3456')).toEqual({
      minor: 1235n,
      currency: 'KWD',
    });
  });

  it('stays exact far beyond floating point', () => {
    expect(royaltyPerUnit({ minor: 900719925474099312n, currency: 'CNY' }, '8.5')).toEqual({
      minor: 76561193665298442n,
      currency: 'CNY',
    });
  });
});
