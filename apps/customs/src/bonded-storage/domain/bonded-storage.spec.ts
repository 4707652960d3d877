import { parseMoney } from '@artbridge/money';
import { bondedStorageRule, CUSTOMS_RULE_BOOK } from '../../assessment/domain';
import {
  BONDED_ACTIONS,
  bondedMovementReason,
  importDeclarationDate,
  releasedItems,
  releasedPrice,
  releasePurpose,
  type BondedPlace,
} from './bonded-storage';

const A = '0190a4d6-0000-7000-8000-00000000000a';
const B = '0190a4d6-0000-7000-8000-00000000000b';
const C = '0190a4d6-0000-7000-8000-00000000000c';

const shanghai: BondedPlace = {
  zone: 'China (Shanghai) Pilot Free Trade Zone',
  country: 'CN',
  warehouse: 'Waigaoqiao bonded art warehouse',
};
const rule = (movement: 'ENTRY' | 'RELEASE' | 'RE_EXPORT', country = 'CN') =>
  bondedStorageRule(CUSTOMS_RULE_BOOK, '2026-12-06', country, movement);

describe('customs and bonded storage', () => {
  describe('the works a release names', () => {
    const declared = [
      { position: 0, artworkId: A },
      { position: 1, artworkId: B },
    ];

    it('are the export declaration’s items, in its order, each once', () => {
      expect(releasedItems(declared, [B, A, B])).toEqual({ items: declared, unknown: [] });
      expect(releasedItems(declared, [B])).toEqual({ items: [declared[1]], unknown: [] });
    });

    it('names the ones the export declaration does not hold', () => {
      expect(releasedItems(declared, [A, C])).toEqual({ items: [declared[0]], unknown: [C] });
      expect(releasedItems([], [A])).toEqual({ items: [], unknown: [A] });
    });
  });

  it('files a release as a definitive import: a temporary exhibition ends there, a return stays one', () => {
    expect(releasePurpose('TEMPORARY_EXHIBITION')).toBe('SALE');
    expect(releasePurpose('SALE')).toBe('SALE');
    expect(releasePurpose('RETURN')).toBe('RETURN');
  });

  it('dates the import declaration the day the works left bond, never after today', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(importDeclarationDate(new Date('2026-12-04T23:59:59Z'), now)).toBe('2026-12-04');
    expect(importDeclarationDate(new Date('2026-12-07T00:03:00Z'), now)).toBe('2026-12-06');
  });

  it('says what each movement means for duty, citing its rule', () => {
    expect(
      bondedMovementReason(
        shanghai,
        { movement: 'ENTRY', location: 'vault 3', declaredBonded: true },
        rule('ENTRY'),
      ),
    ).toMatch(
      /^entered bonded storage in China \(Shanghai\) Pilot Free Trade Zone \(CN\), Waigaoqiao bonded art warehouse, vault 3, without an import declaration: no import duty or VAT until the works leave bond; CN-FTZ-BONDED v1: /,
    );
    expect(
      bondedMovementReason(
        shanghai,
        {
          movement: 'RELEASE',
          importDeclarationId: C,
          importer: 'Long Museum',
          declaredBonded: true,
          dutyDue: true,
        },
        rule('RELEASE'),
      ),
    ).toMatch(
      new RegExp(
        `to the domestic market: import declaration ${C} filed for Long Museum, import duty and VAT due; CN-FTZ-RELEASE v1: `,
      ),
    );
    expect(
      bondedMovementReason(
        shanghai,
        { movement: 'RE_EXPORT', destination: { country: 'HK', place: 'Hong Kong' } },
        rule('RE_EXPORT'),
      ),
    ).toMatch(
      /to Hong Kong, HK: the works left without import duty or VAT in CN; CN-FTZ-REEXPORT v1: .*no import duty or VAT is due/,
    );
  });

  it('says that a shipment not declared bonded paid its duty at the export declaration', () => {
    expect(
      bondedMovementReason(
        shanghai,
        { movement: 'ENTRY', location: 'vault 3', declaredBonded: false },
        rule('ENTRY'),
      ),
    ).toMatch(
      /vault 3; the shipment was not declared for bonded storage, so the import duty and VAT assessed on this declaration were charged at clearance and are not deferred; CN-FTZ-BONDED v1: /,
    );
    const released = (dutyDue: boolean) =>
      bondedMovementReason(
        shanghai,
        {
          movement: 'RELEASE',
          importDeclarationId: C,
          importer: 'Long Museum',
          declaredBonded: false,
          dutyDue,
        },
        rule('RELEASE'),
      );
    expect(released(false)).toMatch(
      new RegExp(
        `import declaration ${C} filed for Long Museum; the shipment was not declared for bonded storage, so the import duty and VAT charged on this declaration are not charged again \\(nothing is due\\); CN-FTZ-RELEASE v1: `,
      ),
    );
    expect(released(true)).toContain('(only what it did not charge is due)');
  });

  it('says so when the book has no rule for the zone’s country', () => {
    const dubai = { zone: 'Dubai Freezone', country: 'AE', warehouse: 'Le Freeport' };
    const destination = { country: 'GB', place: 'London' };
    expect(
      bondedMovementReason(dubai, { movement: 'RE_EXPORT', destination }, rule('RE_EXPORT', 'AE')),
    ).toMatch(/; the rule book has no bonded-storage rule for AE$/);
  });

  it('records each movement under its own audit action', () => {
    expect(BONDED_ACTIONS).toEqual({
      ENTRY: 'BONDED_ENTERED',
      RELEASE: 'BONDED_RELEASED',
      RE_EXPORT: 'BONDED_RE_EXPORTED',
    });
  });
  describe('the price a release is assessed with (a sale’s customs value is its price)', () => {
    const eur = (amount: string) => parseMoney(amount, 'EUR');
    const declared = [
      { position: 0, value: eur('10000.00') },
      { position: 1, value: eur('30000.00') },
    ];

    it('is the export’s price when every work is released', () => {
      expect(releasedPrice('SALE', eur('20000.00'), declared, [0, 1])).toEqual(eur('20000.00'));
    });

    it('is the released works’ shares of the price when some are', () => {
      expect(releasedPrice('SALE', eur('20000.00'), declared, [0])).toEqual(eur('5000.00'));
      expect(releasedPrice('SALE', eur('20000.00'), declared, [1])).toEqual(eur('15000.00'));
    });

    it('is none for an exhibition, a sale without price, or a price that could not be split', () => {
      expect(releasedPrice('TEMPORARY_EXHIBITION', eur('1.00'), declared, [0, 1])).toBeUndefined();
      expect(releasedPrice('SALE', undefined, declared, [0, 1])).toBeUndefined();
      const mixed = [declared[0], { position: 1, value: parseMoney('1.00', 'USD') }];
      expect(releasedPrice('SALE', eur('20000.00'), mixed, [0])).toBeUndefined();
    });
  });
});
