import type { ArtworkAttributesV1 } from '@artbridge/contracts';
import { MoneyDto } from '@artbridge/contracts';
import type { ArtworkAttributes } from './domain';

/** Wire attributes (money as a decimal string) to the engine's (money in minor units). */
export function toDomainAttributes(
  attributes: Omit<ArtworkAttributesV1, 'handExecuted'> & { handExecuted?: boolean },
): ArtworkAttributes {
  return {
    title: attributes.title,
    artist: {
      name: attributes.artist.name,
      birthYear: attributes.artist.birthYear,
      deathYear: attributes.artist.deathYear,
      ethnicMinority: attributes.artist.ethnicMinority,
    },
    creationYear: attributes.creationYear,
    creationYearEnd: attributes.creationYearEnd,
    category: attributes.category,
    technique: attributes.technique,
    handExecuted: attributes.handExecuted ?? true,
    portrait: attributes.portrait,
    medium: attributes.medium,
    materials: attributes.materials?.map((material) => ({
      material: material.material,
      weightGrams: material.weightGrams,
      acquiredYear: material.acquiredYear,
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
