import type { EntityManager } from 'typeorm';
import { formatPercentRate, licenceStatus, LicenceTerms } from './domain/ip-licence';
import { IpLicenceEntity } from './ip-licence.entity';
import type { IpLicenceResponse } from './ip-licence.response';

/** What an artwork entry shows when it is a product made under an IP licence. */
export interface ProductFacts {
  readonly sku: string;
  readonly productType: string;
  readonly licence: {
    readonly id: string;
    readonly licensor: string;
    /** As people write it: "8.5". */
    readonly royaltyRate: string;
  };
}

/** The licence's rules' view of a stored licence. */
export function licenceTermsOf(licence: IpLicenceEntity): LicenceTerms {
  return {
    id: licence.id,
    validFrom: licence.validFrom,
    validTo: licence.validTo,
    territories: licence.territories,
  };
}

/** What GET and POST /ip-licences answer; `status` is where `today` stands in the period. */
export function licenceView(licence: IpLicenceEntity, today: string): IpLicenceResponse {
  return {
    id: licence.id,
    licenseeId: licence.licenseeId,
    licensor: licence.licensor,
    sourceItem: {
      title: licence.sourceTitle,
      ...(licence.sourceArtist !== null && { artist: licence.sourceArtist }),
      institutionRef: licence.sourceInstitutionRef,
    },
    validFrom: licence.validFrom,
    validTo: licence.validTo,
    territories: licence.territories,
    royaltyRate: formatPercentRate(licence.royaltyRate),
    status: licenceStatus(licence, today),
    registeredAt: licence.registeredAt.toISOString(),
  };
}

/** The products among `artworkIds`, with their licence: one query. */
export async function productFactsOf(
  manager: EntityManager,
  artworkIds: readonly string[],
): Promise<Map<string, ProductFacts>> {
  if (artworkIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT p.artwork_id, p.sku, p.product_type, l.id AS licence_id, l.licensor,
            l.royalty_rate::text AS royalty_rate
       FROM ip_product p JOIN ip_licence l ON l.id = p.licence_id
      WHERE p.artwork_id = ANY($1::uuid[])`,
    [artworkIds],
  )) as {
    artwork_id: string;
    sku: string;
    product_type: string;
    licence_id: string;
    licensor: string;
    royalty_rate: string;
  }[];
  return new Map(
    rows.map((row) => [
      row.artwork_id,
      {
        sku: row.sku,
        productType: row.product_type,
        licence: {
          id: row.licence_id,
          licensor: row.licensor,
          royaltyRate: formatPercentRate(row.royalty_rate),
        },
      },
    ]),
  );
}
