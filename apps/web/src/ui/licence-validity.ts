import type { DeclarationItem, Licence } from '../api/declaration.types';

/** A licence counts while its last valid day is today or later (as the service checks it). */
export function isLicenceValid(licence: Pick<Licence, 'validUntil'>, today: string): boolean {
  return licence.validUntil >= today;
}

/** The item a licence covers by its artwork, or undefined when it covers every item. */
export function coveredItem<T extends Pick<DeclarationItem, 'artworkId'>>(
  licence: Pick<Licence, 'artworkId'>,
  items: readonly T[],
): T | undefined {
  return licence.artworkId === null
    ? undefined
    : items.find((item) => item.artworkId === licence.artworkId);
}
