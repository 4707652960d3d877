import type { ArtworkAttributesV1 } from '@artbridge/contracts';
import { MoneyDto } from '@artbridge/contracts';
import type { ArtworkAttributes } from './domain';

/**
 * Wire attributes (money as a decimal string) to the engine's (money in minor units). An optional
 * field sent as JSON `null` passes validation (`@IsOptional`) and means "not given": the engine
 * only knows `undefined`.
 */
export function toDomainAttributes(
  attributes: Omit<ArtworkAttributesV1, 'handExecuted'> & { handExecuted?: boolean },
): ArtworkAttributes {
  return {
    title: attributes.title,
    artist: {
      name: attributes.artist.name,
      birthYear: attributes.artist.birthYear ?? undefined,
      deathYear: attributes.artist.deathYear ?? undefined,
      ethnicMinority: attributes.artist.ethnicMinority ?? undefined,
    },
    creationYear: attributes.creationYear,
    creationYearEnd: attributes.creationYearEnd ?? undefined,
    category: attributes.category,
    technique: attributes.technique ?? undefined,
    handExecuted: attributes.handExecuted ?? true,
    portrait: attributes.portrait ?? undefined,
    musicalInstrument: attributes.musicalInstrument ?? undefined,
    medium: attributes.medium ?? undefined,
    materials: attributes.materials?.map((material) => ({
      material: material.material,
      weightGrams: material.weightGrams ?? undefined,
      acquiredYear: material.acquiredYear ?? undefined,
      volumePercent: material.volumePercent ?? undefined,
    })),
    dimensions: attributes.dimensions && {
      heightCm: attributes.dimensions.heightCm,
      widthCm: attributes.dimensions.widthCm,
      depthCm: attributes.dimensions.depthCm,
    },
    value: MoneyDto.toMoney(attributes.value),
    ownedByCreator: attributes.ownedByCreator,
    originCountry: attributes.originCountry,
  };
}
