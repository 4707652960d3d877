/**
 * The vocabulary of Tate's medium texts ("Oil paint on canvas", "Graphite and watercolour on
 * paper", "Bronze on marble base"): which techniques and materials a text names, in the order it
 * names them. Tate lists media roughly alphabetically, not by importance, so callers decide by
 * family ("any paint", "any photograph") rather than by position where that matters.
 */

export type TechniqueFamily =
  | 'paint'
  | 'gouache'
  | 'watercolour'
  | 'pastel'
  | 'drawing'
  | 'print'
  | 'photograph'
  | 'sculpture'
  | 'moving-image';

export interface TechniqueTerm {
  readonly technique: string;
  readonly family: TechniqueFamily;
  readonly pattern: RegExp;
}

export interface FoundTechnique {
  readonly technique: string;
  readonly family: TechniqueFamily;
  /** Where the term starts in the medium text. */
  readonly index: number;
}

/** CITES-listed materials the customs rules look for (RULES.md section 6). */
export const CITES_MATERIALS = [
  'IVORY',
  'TORTOISESHELL',
  'ROSEWOOD',
  'DALBERGIA_NIGRA',
  'CORAL',
] as const;
export type CitesMaterial = (typeof CITES_MATERIALS)[number];

// Order matters only between terms that start at the same place ("wood engraving" before "wood").
export const TECHNIQUE_TERMS: readonly TechniqueTerm[] = [
  { technique: 'OIL', family: 'paint', pattern: /\boil\b(?! pastel)/i }, // oil pastel is a pastel
  // "Acrylic paint", "Acrylic on canvas"; not "Screenprint on acrylic", where acrylic is a sheet.
  { technique: 'ACRYLIC', family: 'paint', pattern: /\bacrylic paint\b|^acrylic\b/i },
  { technique: 'TEMPERA', family: 'paint', pattern: /\btempera\b/i },
  { technique: 'ENAMEL', family: 'paint', pattern: /\benamel\b/i },
  { technique: 'PAINT', family: 'paint', pattern: /\bpaint\b|\bwall painting\b/i },
  { technique: 'GOUACHE', family: 'gouache', pattern: /\bgouache\b|\bbodycolou?r\b/i },
  { technique: 'WATERCOLOUR', family: 'watercolour', pattern: /\bwatercolou?rs?\b/i },
  { technique: 'PASTEL', family: 'pastel', pattern: /\bpastels?\b/i },
  { technique: 'INK', family: 'drawing', pattern: /\bink\b/i },
  { technique: 'PEN', family: 'drawing', pattern: /\bpen\b/i },
  { technique: 'GRAPHITE', family: 'drawing', pattern: /\bgraphite\b|\bpencil\b/i },
  { technique: 'CHALK', family: 'drawing', pattern: /\bchalk\b/i },
  { technique: 'CHARCOAL', family: 'drawing', pattern: /\bcharcoal\b/i },
  { technique: 'CRAYON', family: 'drawing', pattern: /\bcrayon\b/i },
  { technique: 'SCREENPRINT', family: 'print', pattern: /\b(?:screenprint|silkscreen|serigraph)/i },
  { technique: 'PHOTOLITHOGRAPH', family: 'print', pattern: /\bphoto-?lithograph/i },
  { technique: 'LITHOGRAPH', family: 'print', pattern: /\blithograph/i },
  { technique: 'PHOTO_ETCHING', family: 'print', pattern: /\bphoto-?etching/i },
  { technique: 'PHOTOGRAVURE', family: 'print', pattern: /\bphotogravure/i },
  { technique: 'ETCHING', family: 'print', pattern: /\betchings?\b/i },
  { technique: 'AQUATINT', family: 'print', pattern: /\baquatints?\b/i },
  { technique: 'MEZZOTINT', family: 'print', pattern: /\bmezzotints?\b/i },
  { technique: 'DRYPOINT', family: 'print', pattern: /\bdrypoints?\b/i },
  { technique: 'WOOD_ENGRAVING', family: 'print', pattern: /\bwood engravings?\b/i },
  { technique: 'ENGRAVING', family: 'print', pattern: /\bengravings?\b/i },
  { technique: 'WOODCUT', family: 'print', pattern: /\bwoodcuts?\b/i },
  { technique: 'LINOCUT', family: 'print', pattern: /\blinocuts?\b/i },
  { technique: 'INTAGLIO', family: 'print', pattern: /\bintaglio\b/i },
  { technique: 'MONOTYPE', family: 'print', pattern: /\bmono(?:print|type)s?\b/i },
  {
    technique: 'DIGITAL_PRINT',
    family: 'print',
    pattern: /\bdigital print|\binkjet\b|\bgicl[ée]e\b/i,
  },
  { technique: 'LETTERPRESS', family: 'print', pattern: /\bletterpress\b/i },
  { technique: 'OFFSET', family: 'print', pattern: /\boffset (?:lithograph|print)/i },
  { technique: 'PHOTOCOPY', family: 'print', pattern: /\bphotocop(?:y|ies)\b/i },
  { technique: 'BLUEPRINT', family: 'print', pattern: /\bblueprints?\b/i },
  { technique: 'PRINT', family: 'print', pattern: /\b(?:relief |blind embossed )?prints?\b/i },
  {
    technique: 'PHOTOGRAPH',
    family: 'photograph',
    pattern:
      /\bphotographs?\b|\bgelatine? silver\b|\bchromogenic\b|\bpolaroid\b|\bcibachrome\b|\btransparency\b/i,
  },
  { technique: 'BRONZE', family: 'sculpture', pattern: /\bbronze\b/i },
  { technique: 'MARBLE', family: 'sculpture', pattern: /\bmarble\b/i },
  {
    technique: 'STONE',
    family: 'sculpture',
    pattern: /\b(?:stone|limestone|sandstone|granite|slate|alabaster|gneiss)\b/i,
  },
  { technique: 'PLASTER', family: 'sculpture', pattern: /\bplaster\b/i },
  { technique: 'TERRACOTTA', family: 'sculpture', pattern: /\bterracotta\b/i },
  {
    technique: 'CERAMIC',
    family: 'sculpture',
    pattern: /\b(?:stoneware|ceramic|porcelain|earthenware)\b/i,
  },
  { technique: 'IVORY', family: 'sculpture', pattern: /\bivory\b/i },
  {
    technique: 'WOOD',
    family: 'sculpture',
    pattern:
      /\b(?:wood|wooden|plywood|hardboard|chipboard|fibreboard|oak|elm|mahogany|limewood|walnut|rosewood)\b/i,
  },
  { technique: 'STEEL', family: 'sculpture', pattern: /\bsteel\b/i },
  { technique: 'IRON', family: 'sculpture', pattern: /\biron\b/i },
  { technique: 'ALUMINIUM', family: 'sculpture', pattern: /\balumin(?:i)?um\b/i },
  { technique: 'LEAD', family: 'sculpture', pattern: /\blead(?:ed)?\b/i },
  { technique: 'BRASS', family: 'sculpture', pattern: /\bbrass\b/i },
  { technique: 'COPPER', family: 'sculpture', pattern: /\bcopper\b/i },
  { technique: 'METAL', family: 'sculpture', pattern: /\bmetal\b/i },
  { technique: 'GLASS', family: 'sculpture', pattern: /\bglass\b/i },
  {
    technique: 'PLASTIC',
    family: 'sculpture',
    pattern: /\b(?:plastic|perspex|resin|polyester|fibreglass|pvc)\b/i,
  },
  {
    technique: 'TEXTILE',
    family: 'sculpture',
    pattern: /\b(?:fabric|felt|textile|wool|cotton)\b/i,
  },
  {
    technique: 'MOVING_IMAGE',
    family: 'moving-image',
    pattern:
      /\b(?:video|(?<!(?:polyester|plastic|acetate) )film|slides?|projections?|sound|audio|flat screens?|monitors?|computer)\b/i,
  },
];

const CITES_TERMS: ReadonlyArray<readonly [CitesMaterial, RegExp]> = [
  ['IVORY', /\bivory\b/i],
  ['TORTOISESHELL', /\btortoise[\s-]?shell\b/i],
  ['DALBERGIA_NIGRA', /\bbrazilian rosewood\b|\bdalbergia nigra\b/i],
  ['ROSEWOOD', /\b(?<!brazilian )rosewood\b|\bdalbergia\b(?! nigra)/i],
  ['CORAL', /\bcoral\b/i],
];

/**
 * Processes that are not "plate wholly executed by hand" (HS Chapter 97 note on original prints):
 * a print made with any of them is a reproduction for customs, not an original print.
 */
const MECHANICAL_PRINT_TECHNIQUES: ReadonlySet<string> = new Set([
  'DIGITAL_PRINT',
  'PHOTOLITHOGRAPH',
  'PHOTO_ETCHING',
  'PHOTOGRAVURE',
  'OFFSET',
  'BLUEPRINT',
  'LETTERPRESS',
  'PHOTOCOPY',
]);

/** Every technique term of the text, in text order (ties in TECHNIQUE_TERMS order). */
export function findTechniques(medium: string | null | undefined): FoundTechnique[] {
  if (!medium) return [];
  const found: FoundTechnique[] = [];
  for (const term of TECHNIQUE_TERMS) {
    const match = term.pattern.exec(medium);
    if (match) found.push({ technique: term.technique, family: term.family, index: match.index });
  }
  // Array.prototype.sort is stable: same-index terms keep the table's order.
  return found.sort((a, b) => a.index - b.index);
}

export function hasFamily(found: readonly FoundTechnique[], family: TechniqueFamily): boolean {
  return found.some((term) => term.family === family);
}

export function firstOfFamily(
  found: readonly FoundTechnique[],
  family: TechniqueFamily,
): string | undefined {
  return found.find((term) => term.family === family)?.technique;
}

export function usesMechanicalPrinting(found: readonly FoundTechnique[]): boolean {
  return found.some((term) => MECHANICAL_PRINT_TECHNIQUES.has(term.technique));
}

/** CITES materials named in the text ("Marble, ivory and bronze on marble base" -> IVORY). */
export function findCitesMaterials(medium: string | null | undefined): CitesMaterial[] {
  if (!medium) return [];
  return CITES_TERMS.filter(([, pattern]) => pattern.test(medium)).map(([material]) => material);
}
