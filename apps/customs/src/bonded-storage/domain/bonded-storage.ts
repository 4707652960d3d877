import type { Money } from '@artbridge/money';
import type { BondedMovement, BondedStorageRule, IsoDate, Purpose } from '../../assessment/domain';
import { customsValuesOf, isoDateOf } from '../../assessment/domain';

/**
 * Customs' side of bonded storage in a free-trade zone. The works enter bond with no import
 * declaration (CN-FTZ-BONDED: duty deferred); they leave it either released to the domestic
 * market (CN-FTZ-RELEASE: customs files an import declaration with the items of the shipment's
 * export declaration, duty and VAT due) or re-exported (CN-FTZ-REEXPORT: no duty). Each
 * movement is recorded on the export declaration's audit trail, citing its rule.
 */

/** Where the works are stored. */
export interface BondedPlace {
  readonly zone: string;
  readonly country: string;
  readonly warehouse: string;
}

/** Who records the movements: logistics reports them, customs takes note. */
export const LOGISTICS = 'LOGISTICS';

/**
 * The works a release names, taken from the export declaration in its order (each once), and
 * the artwork ids it names that the export declaration does not hold.
 */
export function releasedItems<T extends { readonly artworkId: string }>(
  declared: readonly T[],
  artworkIds: readonly string[],
): { readonly items: T[]; readonly unknown: string[] } {
  const named = new Set(artworkIds);
  const held = new Set(declared.map((item) => item.artworkId));
  return {
    items: declared.filter((item) => named.has(item.artworkId)),
    unknown: [...named].filter((id) => !held.has(id)),
  };
}

/**
 * The sale price the import declaration of a release is assessed with, so that its customs
 * value is the transaction value, as the export declaration's was: the export's price when all
 * its works are released; for some of them, the shares of the price that the export
 * declaration's split gave them, added up (the release splits that again over them, in
 * proportion to the same values). None for a shipment that was no sale (an exhibition released
 * to the market has no price: its works are taken at their value), nor when the export's price
 * could not be split (works valued in several currencies): the values are taken then too.
 */
export function releasedPrice(
  exportPurpose: Purpose,
  price: Money | undefined,
  declared: readonly { readonly position: number; readonly value: Money }[],
  releasedPositions: readonly number[],
): Money | undefined {
  if (exportPurpose !== 'SALE' || price === undefined) return undefined;
  const released = new Set(releasedPositions);
  if (declared.every((item) => released.has(item.position))) return price;
  const split = customsValuesOf({ purpose: 'SALE', price, items: declared });
  if (split.basis !== 'PRICE') return undefined;
  const minor = declared.reduce(
    (sum, item, index) => (released.has(item.position) ? sum + split.values[index].minor : sum),
    0n,
  );
  return { minor, currency: price.currency };
}

/**
 * The purpose the import declaration of a release is assessed and filed with. Released to the
 * domestic market, the works enter free circulation in the zone's country for good: whatever the
 * shipment came for, a temporary exhibition is over (its admission ends with the release, and
 * CN-FTZ-RELEASE makes the deferred duty and VAT due), so the import is a definitive one, which
 * the engine knows as SALE (commercial: CITES' commercial rules apply). A return stays a return:
 * returned-goods relief may still apply to works coming home.
 */
export function releasePurpose(exportPurpose: Purpose): Purpose {
  return exportPurpose === 'TEMPORARY_EXHIBITION' ? 'SALE' : exportPurpose;
}

/**
 * The import declaration's date: the day the works left bond (the rates of that day apply),
 * never after today (a warehouse clock a little ahead must not date it tomorrow).
 */
export function importDeclarationDate(releasedAt: Date, now: Date): IsoDate {
  return isoDateOf(releasedAt.getTime() > now.getTime() ? now : releasedAt);
}

function cite(rule: BondedStorageRule | undefined, country: string): string {
  return rule
    ? `${rule.ruleId} v${rule.ruleVersion}: ${rule.description}`
    : `the rule book has no bonded-storage rule for ${country}`;
}

export type BondedNote =
  | {
      readonly movement: 'ENTRY';
      readonly location: string;
      /** The export declaration was declared for bonded storage (duty deferred, not charged). */
      readonly declaredBonded: boolean;
    }
  | {
      readonly movement: 'RELEASE';
      readonly importDeclarationId: string;
      readonly importer: string;
      readonly declaredBonded: boolean;
      /** Duty and VAT the import declaration charges (false when all were paid at export). */
      readonly dutyDue: boolean;
    }
  | {
      readonly movement: 'RE_EXPORT';
      readonly destination: { readonly country: string; readonly place: string };
    };

/** The reason line of a movement's audit entry: what happened and what it means for duty. */
export function bondedMovementReason(
  place: BondedPlace,
  note: BondedNote,
  rule: BondedStorageRule | undefined,
): string {
  const { zone, country, warehouse } = place;
  const because = cite(rule, country);
  switch (note.movement) {
    case 'ENTRY':
      return note.declaredBonded
        ? `entered bonded storage in ${zone} (${country}), ${warehouse}, ${note.location}, without an import declaration: no import duty or VAT until the works leave bond; ${because}`
        : `entered bonded storage in ${zone} (${country}), ${warehouse}, ${note.location}; the shipment was not declared for bonded storage, so the import duty and VAT assessed on this declaration were charged at clearance and are not deferred; ${because}`;
    case 'RELEASE':
      return note.declaredBonded
        ? `released from ${zone} (${country}), ${warehouse}, to the domestic market: import declaration ${note.importDeclarationId} filed for ${note.importer}, import duty and VAT due; ${because}`
        : `released from ${zone} (${country}), ${warehouse}, to the domestic market: import declaration ${note.importDeclarationId} filed for ${note.importer}; the shipment was not declared for bonded storage, so the import duty and VAT charged on this declaration are not charged again (${note.dutyDue ? 'only what it did not charge is due' : 'nothing is due'}); ${because}`;
    case 'RE_EXPORT':
      return `re-exported from ${zone} (${country}), ${warehouse}, to ${note.destination.place}, ${note.destination.country}: the works left without import duty or VAT in ${country}; ${because}`;
  }
}

/** The movements a declaration's trail records, by the audit action that records them. */
export const BONDED_ACTIONS: Readonly<
  Record<BondedMovement, 'BONDED_ENTERED' | 'BONDED_RELEASED' | 'BONDED_RE_EXPORTED'>
> = {
  ENTRY: 'BONDED_ENTERED',
  RELEASE: 'BONDED_RELEASED',
  RE_EXPORT: 'BONDED_RE_EXPORTED',
};
