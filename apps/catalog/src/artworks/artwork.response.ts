import { ApiInteger } from '@artbridge/platform-service';
import { ArtworkAttributesV1, MoneyDto } from '@artbridge/contracts';
import type { ArtworkStatus } from './domain/artwork';

/** The IP licence a product is made under, as its artwork entry shows it. */
export class ProductLicenceResponse {
  id!: string;

  /** The institution that grants the licence. */
  licensor!: string;

  /** Percent of each unit's value, as a decimal string: "8.5". */
  royaltyRate!: string;
}

/**
 * An artwork as GET /artworks/{id}, POST /artworks and POST /ip-licences/{id}/products answer
 * it: the artwork attributes (absent facts are left out, never null), the catalog's facts and,
 * for a product made under an IP licence, its SKU, licence and royalty.
 */
export class ArtworkResponse extends ArtworkAttributesV1 {
  id!: string;

  /**
   * AVAILABLE (free for a shipment), RESERVED or IN_TRANSIT (held by a shipment on its way out),
   * EXPORTED (sold and gone), ON_LOAN (abroad on a temporary exhibition, still the exporter's).
   */
  status!: ArtworkStatus;

  /** The exporter who registered it (its username). */
  exporterId!: string;

  /** The shipment that holds it or took it out; absent when AVAILABLE. */
  shipmentId?: string;

  /** A product made under an IP licence only: its SKU. */
  sku?: string;

  /** A product only: an upper-case code such as PRINT, SCARF, BOOK. */
  productType?: string;

  /** A product only: the licence it is made under. */
  ipLicence?: ProductLicenceResponse;

  /** A product only: the value × the licence's royalty rate, rounded half up to the minor unit. */
  royaltyPerUnit?: MoneyDto;

  /** When it was registered: an ISO 8601 date-time string (UTC). */
  registeredAt!: string;
}

/** GET /artworks: one page of the artworks found, ranked, then newest first. */
export class ArtworkPageResponse {
  items!: ArtworkResponse[];

  /** How many artworks match, in all pages. */
  @ApiInteger()
  total!: number;
}
