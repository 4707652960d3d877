import type { ArtworkCategory } from '@artbridge/contracts';
import type { ActiveRules, HsAgeBand } from '../rule-book';
import { findingOf, type ItemFacts, type RuleFinding } from './facts';
import { notice } from './notices';

export interface Classification {
  readonly hsCode: string | null;
  readonly finding: RuleFinding;
}

type ClassificationRules = Pick<ActiveRules, 'HS_HEADING' | 'HS_ANTIQUE' | 'HS_PRINTED_MATTER'>;

/**
 * HS 2022 classification, in the order the Chapter 97 notes impose: headings 9701-9705 first,
 * then 9706 for anything else over 100 years (it yields to 9701-9705 but takes precedence over
 * other chapters), then printed matter. Anything left gets no code and says why; never a throw.
 */
export function classify(facts: ItemFacts, rules: ClassificationRules): Classification {
  return (
    headingOf(facts, rules) ??
    antiqueOf(facts, rules) ??
    printedMatterOf(facts, rules) ??
    unclassified(facts, rules)
  );
}

function bandFor(bands: readonly HsAgeBand[], age: number): HsAgeBand | undefined {
  return bands.find((band) => band.olderThanYears === undefined || age > band.olderThanYears);
}

function ageText(facts: ItemFacts, band: HsAgeBand, bands: readonly HsAgeBand[]): string {
  if (bands.length === 1) return '';
  if (band.olderThanYears !== undefined)
    return `, ${facts.age} years old (over ${band.olderThanYears})`;
  const youngest = Math.min(
    ...bands.flatMap((b) => (b.olderThanYears === undefined ? [] : [b.olderThanYears])),
  );
  return `, ${facts.age} years old (not over ${youngest})`;
}

function headingOf(facts: ItemFacts, rules: ClassificationRules): Classification | undefined {
  const { item } = facts;
  for (const rule of rules.HS_HEADING) {
    const { categories, requiresHandExecuted, bands, description } = rule.params;
    if (!categories.includes(item.category) || (requiresHandExecuted && !item.handExecuted))
      continue;
    const band = bandFor(bands, facts.age);
    if (!band) continue;
    return {
      hsCode: band.code,
      finding: findingOf(
        rule,
        'INFO',
        `HS ${band.code}: ${description}${ageText(facts, band, bands)}`,
      ),
    };
  }
  return undefined;
}

function antiqueOf(facts: ItemFacts, rules: ClassificationRules): Classification | undefined {
  for (const rule of rules.HS_ANTIQUE) {
    const band = bandFor(rule.params.bands, facts.age);
    if (!band) continue;
    return {
      hsCode: band.code,
      finding: findingOf(
        rule,
        'INFO',
        `HS ${band.code}: antique not classifiable in 9701-9705${ageText(facts, band, rule.params.bands)}`,
      ),
    };
  }
  return undefined;
}

function printedMatterOf(facts: ItemFacts, rules: ClassificationRules): Classification | undefined {
  const { item } = facts;
  for (const rule of rules.HS_PRINTED_MATTER) {
    const { code, categoriesAlways, categoriesWhenNotHandExecuted } = rule.params;
    const printed =
      categoriesAlways.includes(item.category) ||
      (!item.handExecuted && categoriesWhenNotHandExecuted.includes(item.category));
    if (!printed) continue;
    const why =
      item.category === 'PHOTOGRAPH'
        ? 'photograph'
        : 'printed reproduction or picture not executed entirely by hand';
    return { hsCode: code, finding: findingOf(rule, 'INFO', `HS ${code}: ${why}; not Chapter 97`) };
  }
  return undefined;
}

const NOT_IN_TABLE: Partial<Record<ArtworkCategory, string>> = {
  ANTIQUE:
    'an antique must be over 100 years old for heading 9706; classify the object by what it is made of',
  BOOK: 'a book of 100 years or less is printed matter of heading 4901, which this table does not hold',
  MAP: 'a map of 100 years or less is printed matter of heading 4905, which this table does not hold',
  MANUSCRIPT:
    'a manuscript of 100 years or less belongs to Chapter 49 (heading 4906), which this table does not hold',
};

function unclassified(facts: ItemFacts, rules: ClassificationRules): Classification {
  const noRules =
    rules.HS_HEADING.length + rules.HS_ANTIQUE.length + rules.HS_PRINTED_MATTER.length === 0;
  const reason = noRules
    ? 'no HS 2022 classification rule was in force on the declaration date'
    : (NOT_IN_TABLE[facts.item.category] ??
      `a ${facts.item.category.toLowerCase()} not executed by hand is not an original of Chapter 97; classify it by what it is made of`);
  return {
    hsCode: null,
    finding: notice(
      'HS-UNCLASSIFIED',
      'INFO',
      `not classifiable by this engine: ${reason}; an officer must classify it`,
    ),
  };
}
