import { ArtworkAttributesV1, MoneyDto } from '@artbridge/contracts';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { royaltyPerUnit } from '../ip-licences/domain/ip-licence';
import type { ProductFacts } from '../ip-licences/ip-licence-view';
import { ArtworkEntity } from './artwork.entity';
import type { ArtworkResponse } from './artwork.response';
import type { ArtworkAttributes, ArtworkMaterial, ProvenanceEvent } from './domain/artwork';

/** `{ key: value }` when there is a value, `{}` otherwise: absent facts stay absent, not null. */
function present<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function materialOf(material: ArtworkMaterial): ArtworkMaterial {
  return {
    material: material.material,
    ...present('weightGrams', material.weightGrams),
    ...present('acquiredYear', material.acquiredYear),
    ...present('volumePercent', material.volumePercent),
  };
}

function provenanceOf({ year, owner, event }: ProvenanceEvent): ProvenanceEvent {
  return { year, owner, event };
}

/** The columns that hold a set of attributes. */
export function attributeColumns(attributes: ArtworkAttributes) {
  const { artist, dimensions } = attributes;
  return {
    title: attributes.title,
    artistName: artist.name,
    artistBirthYear: artist.birthYear ?? null,
    artistDeathYear: artist.deathYear ?? null,
    artistEthnicMinority: artist.ethnicMinority ?? null,
    creationYear: attributes.creationYear,
    creationYearEnd: attributes.creationYearEnd ?? null,
    category: attributes.category,
    technique: attributes.technique ?? null,
    medium: attributes.medium ?? null,
    handExecuted: attributes.handExecuted,
    portrait: attributes.portrait ?? null,
    musicalInstrument: attributes.musicalInstrument ?? null,
    materials: attributes.materials?.map(materialOf) ?? null,
    heightCm: dimensions?.heightCm ?? null,
    widthCm: dimensions?.widthCm ?? null,
    depthCm: dimensions?.depthCm ?? null,
    value: MoneyColumns.of(attributes.value),
    ownedByCreator: attributes.ownedByCreator,
    originCountry: attributes.originCountry,
    provenance: attributes.provenance?.map(provenanceOf) ?? null,
  } satisfies Partial<ArtworkEntity>;
}

/** The artwork attributes of API.md as they travel between services, from the stored row. */
export function attributesOf(artwork: ArtworkEntity): ArtworkAttributesV1 {
  return {
    title: artwork.title,
    artist: {
      name: artwork.artistName,
      ...present('birthYear', artwork.artistBirthYear),
      ...present('deathYear', artwork.artistDeathYear),
      ...present('ethnicMinority', artwork.artistEthnicMinority),
    },
    creationYear: artwork.creationYear,
    ...present('creationYearEnd', artwork.creationYearEnd),
    category: artwork.category,
    ...present('technique', artwork.technique),
    handExecuted: artwork.handExecuted,
    ...present('portrait', artwork.portrait),
    ...present('musicalInstrument', artwork.musicalInstrument),
    ...present('medium', artwork.medium),
    ...present('materials', artwork.materials?.map(materialOf)),
    ...(artwork.heightCm !== null &&
      artwork.widthCm !== null && {
        dimensions: {
          heightCm: artwork.heightCm,
          widthCm: artwork.widthCm,
          ...present('depthCm', artwork.depthCm),
        },
      }),
    value: MoneyDto.from(artwork.value),
    ownedByCreator: artwork.ownedByCreator,
    originCountry: artwork.originCountry,
    ...present('provenance', artwork.provenance?.map(provenanceOf)),
  };
}

/**
 * What GET and POST answer: the attributes, the catalog's facts, and the holding shipment; for a
 * product made under an IP licence, its SKU, its licence and the royalty due on each unit.
 */
export function artworkView(artwork: ArtworkEntity, product?: ProductFacts): ArtworkResponse {
  return {
    id: artwork.id,
    status: artwork.status,
    exporterId: artwork.exporterId,
    ...attributesOf(artwork),
    ...present('shipmentId', artwork.reservedByShipment),
    ...(product && {
      sku: product.sku,
      productType: product.productType,
      ipLicence: { ...product.licence },
      royaltyPerUnit: MoneyDto.from(royaltyPerUnit(artwork.value, product.licence.royaltyRate)),
    }),
    registeredAt: artwork.registeredAt.toISOString(),
  };
}
