/**
 * The bounds of an artwork's attributes in the contracts (ArtworkAttributesDto, ArtistV1,
 * ArtworkRegisteredV1), named so that what checks a work before it is registered (an import)
 * holds it to the same ones: a work must fit in its own events. The decorators keep their
 * literal numbers, which is what the swagger plugin reads into the published documents (a
 * constant there would drop maxLength and minimum from them); artwork-limits.spec.ts holds the
 * two equal.
 */
export const ARTWORK_LIMITS = {
  /** Years are integers, negative for BCE: an archaeological object of 200 BC is -200. */
  year: { min: -10000, max: 9999 },
  /** Characters of an artist's name. */
  artistName: 300,
  /** Characters of the medium. */
  medium: 1000,
  /** Characters of a provenance entry's event. */
  provenanceEvent: 1000,
  /**
   * The longest side of a work as a client gives it (catalog's registration and import, customs'
   * dry run): a kilometre, beyond any object that travels in a crate, so a slip of the unit (or
   * 1e308) is refused. The edges' DTOs say it; the contract's DimensionsDto does not, so that no
   * consumer refuses an event already accepted.
   */
  centimetres: 100_000,
} as const;
