import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto, type ArtworkCategory } from '@artbridge/contracts';

/** GET /artworks/:id: logistics' own copy of an artwork, kept from catalog's events. */
export class ArtworkResponse {
  id!: string;

  /** The exporter who registered it in the catalog. */
  exporterId!: string;

  title!: string;

  artistName!: string;

  @ApiInteger()
  creationYear!: number;

  category!: ArtworkCategory;

  /** Its declared value. */
  value!: MoneyDto;

  /** ISO 3166-1 alpha-2 country code. */
  originCountry!: string;

  /** When catalog registered it (ISO 8601 date-time). */
  registeredAt!: string;
}
