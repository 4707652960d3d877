import type { ArtworkCategory } from '@artbridge/contracts';
import {
  CitesMaterial,
  FoundTechnique,
  TechniqueFamily,
  findCitesMaterials,
  findTechniques,
  firstOfFamily,
  hasFamily,
  usesMechanicalPrinting,
} from './medium';

/**
 * From Tate's `classification` and `medium` to the customs category of API.md.
 *
 * | Tate classification | category |
 * |---|---|
 * | painting | PAINTING; GOUACHE / WATERCOLOUR / PASTEL when no paint (oil, acrylic, tempera, enamel, "paint") is named and one of those is |
 * | on paper, unique | PHOTOGRAPH if the first image-making medium named is a photograph; PAINTING if paint is named; else GOUACHE, WATERCOLOUR, PASTEL (first found, in that order); else PRINT if only print processes are named; else DRAWING (also when the medium is missing: Tate's unique works on paper are mostly drawings) |
 * | on paper, print | PHOTOGRAPH if the first image-making medium named is a photograph, else PRINT |
 * | sculpture, relief | SCULPTURE |
 * | installation | rejected when it is moving image or sound (video, film, slides, projection, monitors): no category of API.md describes it, the equipment and media must be registered by hand; PHOTOGRAPH when it starts with a photograph or transparency; else SCULPTURE (an original three-dimensional assemblage, HS 9703 "in any material") |
 * | block for printing | ANTIQUE: an engraved plate is neither the print (9702 takes impressions) nor a sculpture; as ANTIQUE, rule HS-9706 classifies it by age (over 100 years 9706, else outside Chapter 97) |
 * | time-based media | PHOTOGRAPH when the medium is photographs, else rejected as for moving-image installations |
 * | supporting material | rejected: archive material supporting a work, not a work |
 * | missing (null) | inferred from the medium (first technique named: paint, gouache, watercolour, pastel, drawing, print, photograph; books; "on canvas" as PAINTING); rejected when the medium does not say |
 *
 * handExecuted is false for photographs (a chemical or digital process) and for prints made with
 * a mechanical or photomechanical process (digital print, photo-etching, photolithograph, offset,
 * letterpress, blueprint); true otherwise.
 */
export type TateClassificationResult =
  | {
      readonly ok: true;
      readonly category: ArtworkCategory;
      readonly technique?: string;
      readonly handExecuted: boolean;
      readonly citesMaterials: readonly CitesMaterial[];
    }
  | { readonly ok: false; readonly field: 'classification' | 'medium'; readonly message: string };

export const TATE_CLASSIFICATIONS = [
  'painting',
  'on paper, unique',
  'on paper, print',
  'sculpture',
  'relief',
  'installation',
  'block for printing',
  'time-based media',
  'supporting material',
] as const;

const FAMILY_OF_CATEGORY: Partial<Record<ArtworkCategory, TechniqueFamily>> = {
  PAINTING: 'paint',
  GOUACHE: 'gouache',
  WATERCOLOUR: 'watercolour',
  PASTEL: 'pastel',
  DRAWING: 'drawing',
  PRINT: 'print',
  PHOTOGRAPH: 'photograph',
  SCULPTURE: 'sculpture',
  ANTIQUE: 'sculpture',
};

const PICTURE_FAMILIES: ReadonlySet<TechniqueFamily> = new Set([
  'paint',
  'gouache',
  'watercolour',
  'pastel',
  'drawing',
  'print',
  'photograph',
]);

/**
 * The technique named for the category (OIL for a painting, BRONZE for a sculpture); failing
 * that, the first one named that suits the kind of object: a flat work takes no material as its
 * technique ("Pigment on glass" has none), a three-dimensional one takes any but moving image.
 */
function chooseTechnique(
  category: ArtworkCategory,
  found: readonly FoundTechnique[],
): string | undefined {
  const family = FAMILY_OF_CATEGORY[category];
  const named = family && firstOfFamily(found, family);
  if (named) return named;
  const threeDimensional = family === 'sculpture';
  return found.find(
    (term) =>
      term.family !== 'moving-image' && (threeDimensional || PICTURE_FAMILIES.has(term.family)),
  )?.technique;
}

type Decision =
  { readonly category: ArtworkCategory } | { readonly rejected: string; readonly field?: 'medium' };

export function classifyTateWork(
  classification: string | null,
  medium: string | null,
): TateClassificationResult {
  const found = findTechniques(medium);
  const decision = decide(classification, medium, found);
  if ('rejected' in decision) {
    return { ok: false, field: decision.field ?? 'classification', message: decision.rejected };
  }
  const { category } = decision;
  const technique = chooseTechnique(category, found);
  const handExecuted = !(
    category === 'PHOTOGRAPH' ||
    (category === 'PRINT' && usesMechanicalPrinting(found))
  );
  return {
    ok: true,
    category,
    ...(technique ? { technique } : {}),
    handExecuted,
    citesMaterials: findCitesMaterials(medium),
  };
}

function decide(
  classification: string | null,
  medium: string | null,
  found: readonly FoundTechnique[],
): Decision {
  const quotedMedium = medium ? `'${medium}'` : 'missing';
  // An installation is what it names first ("Photograph, colour, on paper, 2 bamboo rods, ...");
  // a work on paper is what its first image-making medium is ("Metal tin cans and photographs").
  const startsAsPhotograph = found[0]?.family === 'photograph';
  const picturedAsPhotograph =
    found.find((term) => PICTURE_FAMILIES.has(term.family))?.family === 'photograph';
  switch (classification) {
    case 'painting':
      return { category: colourMediumCategory(found) ?? 'PAINTING' };
    case 'on paper, unique':
      if (picturedAsPhotograph) return { category: 'PHOTOGRAPH' };
      return {
        category: colourMediumCategory(found) ?? (onlyPrintProcesses(found) ? 'PRINT' : 'DRAWING'),
      };
    case 'on paper, print':
      return { category: picturedAsPhotograph ? 'PHOTOGRAPH' : 'PRINT' };
    case 'sculpture':
    case 'relief':
      return { category: 'SCULPTURE' };
    case 'installation':
      if (hasFamily(found, 'moving-image'))
        return movingImageRejection(classification, quotedMedium);
      return { category: startsAsPhotograph ? 'PHOTOGRAPH' : 'SCULPTURE' };
    case 'block for printing':
      return { category: 'ANTIQUE' };
    case 'time-based media':
      if (picturedAsPhotograph) return { category: 'PHOTOGRAPH' };
      return movingImageRejection(classification, quotedMedium);
    case 'supporting material':
      return {
        rejected:
          "classification 'supporting material' is archive material that supports a work, not an artwork",
      };
    case null:
      return inferFromMedium(medium, found, quotedMedium);
    default:
      return {
        rejected: `classification '${classification}' is not one of Tate's (${TATE_CLASSIFICATIONS.join('; ')})`,
      };
  }
}

/** Paint makes a painting; else the water-based media and pastel, most opaque first. */
function colourMediumCategory(found: readonly FoundTechnique[]): ArtworkCategory | undefined {
  if (hasFamily(found, 'paint')) return 'PAINTING';
  if (hasFamily(found, 'gouache')) return 'GOUACHE';
  if (hasFamily(found, 'watercolour')) return 'WATERCOLOUR';
  if (hasFamily(found, 'pastel')) return 'PASTEL';
  return undefined;
}

function onlyPrintProcesses(found: readonly FoundTechnique[]): boolean {
  return found.length > 0 && found.every((term) => term.family === 'print');
}

function movingImageRejection(classification: string | null, quotedMedium: string): Decision {
  const described =
    classification === null ? 'classification missing' : `classification '${classification}'`;
  return {
    rejected:
      `${described} with medium ${quotedMedium} is a moving-image or sound work: ` +
      'no category of the artwork attributes describes it; register its equipment and media by hand',
  };
}

const CATEGORY_OF_FIRST_FAMILY: Partial<Record<TechniqueFamily, ArtworkCategory>> = {
  paint: 'PAINTING',
  gouache: 'GOUACHE',
  watercolour: 'WATERCOLOUR',
  pastel: 'PASTEL',
  drawing: 'DRAWING',
  print: 'PRINT',
  photograph: 'PHOTOGRAPH',
};

function inferFromMedium(
  medium: string | null,
  found: readonly FoundTechnique[],
  quotedMedium: string,
): Decision {
  if (!medium) {
    return {
      rejected:
        'classification and medium are both missing: nothing says what kind of work this is',
    };
  }
  if (/^(?:\d+\s+)?books?\b/i.test(medium)) return { category: 'BOOK' };
  // The first technique named says what the work is ("Screenprint on polyester film" is a print).
  const first = found.find(
    (term) => term.family === 'moving-image' || CATEGORY_OF_FIRST_FAMILY[term.family] !== undefined,
  );
  if (first?.family === 'moving-image') return movingImageRejection(null, quotedMedium);
  if (first) {
    // A colour medium anywhere outranks the drawing it was started with.
    const category = CATEGORY_OF_FIRST_FAMILY[first.family]!;
    return {
      category: category === 'DRAWING' ? (colourMediumCategory(found) ?? 'DRAWING') : category,
    };
  }
  if (/\bon (?:\d+ )?canvas(?:es)?\b/i.test(medium)) return { category: 'PAINTING' };
  return {
    field: 'medium',
    rejected: `classification is missing and medium ${quotedMedium} does not say whether this is a painting, drawing, print, photograph or sculpture`,
  };
}
