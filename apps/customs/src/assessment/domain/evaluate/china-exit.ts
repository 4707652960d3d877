import type {
  ChinaArtistListRule,
  ChinaExitPermitRule,
  ChinaExitYearRule,
  ChinaReexportRule,
} from '../rule-book';
import { findRestrictedArtist } from './artist-names';
import {
  findingOf,
  formatYears,
  isSelected,
  type ItemFacts,
  type RuleFinding,
  type ShipmentFacts,
} from './facts';

/** RULES.md section 2: the rules apply to cultural items leaving China (an export declaration). */
function leavesChina(shipment: ShipmentFacts, facts: ItemFacts): boolean {
  return (
    shipment.crossesBorder &&
    shipment.exportControls &&
    shipment.exportTerritory === 'CN' &&
    facts.cultural
  );
}

function inYears(year: number, fromYear: number | undefined, toYear: number): boolean {
  return (fromYear === undefined || year >= fromYear) && year <= toYear;
}

/**
 * 1911, 1912-1949 and 1966 lines. The rule is decided on the later year of a range; a range that
 * reaches back across the line (made 1905-1915) goes to review, since the earlier date would be
 * prohibited or need the permit and only the exit review can date the item: the review asks for
 * its permit (rangeLicence), so that no officer approves the item without it.
 */
export function evaluateChinaExitYear(
  rule: ChinaExitYearRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const {
    fromYear,
    toYear,
    selection,
    excluding,
    requiresEthnicMinority,
    effect,
    licence,
    rangeLicence,
    description,
  } = rule.params;
  if (!leavesChina(shipment, facts)) return [];
  if (requiresEthnicMinority && !facts.item.artist.ethnicMinority) return [];
  if (!isSelected(facts, selection, excluding)) return [];
  const years = formatYears(facts);
  if (inYears(facts.latestYear, fromYear, toYear)) {
    return [findingOf(rule, effect, `created ${years}: ${description}`, { licence })];
  }
  const rangeReachesLine =
    facts.earliestYear <= toYear && (fromYear === undefined || facts.latestYear >= fromYear);
  if (rangeReachesLine && facts.earliestYear !== facts.latestYear) {
    return [
      findingOf(
        rule,
        'REVIEW',
        `created ${years}, a range that reaches into the rule (${description}); the exit review must date the item: licence ${rangeLicence}`,
        { licence: rangeLicence },
      ),
    ];
  }
  return [];
}

/** The two artist lists, whatever the year. While a list is incomplete, say so for unlisted painters. */
export function evaluateChinaArtistList(
  rule: ChinaArtistListRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const { listName, artists, effect, licence, listComplete, incompleteListNoticeCategories } =
    rule.params;
  // The lists restrict the artists' own works: a printed copy of one (a poster, category PRINT
  // and not hand-executed) is cultural by its category for the year lines, but no work of theirs.
  if (!leavesChina(shipment, facts) || !facts.item.handExecuted) return [];
  const match = findRestrictedArtist(facts.item.artist.name, artists);
  if (match) {
    const { artist } = match;
    const who = `${artist.name} (${artist.hanzi[0]}${artist.lifeYears ? `, ${artist.lifeYears}` : ''})`;
    return [
      findingOf(
        rule,
        effect,
        `work by ${who}, on the list of ${listName}; catalogued as '${match.matchedText}'`,
        { licence },
      ),
    ];
  }
  if (!listComplete && incompleteListNoticeCategories.includes(facts.item.category)) {
    return [
      findingOf(
        rule,
        'INFO',
        `'${facts.item.artist.name}' is not on the list of ${listName} as held by this engine, which is incomplete`,
      ),
    ];
  }
  return [];
}

/** A cultural item made in or before 1949 and not prohibited leaves only with a permit. */
export function evaluateChinaExitPermit(
  rule: ChinaExitPermitRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
  earlierFindings: readonly RuleFinding[],
): RuleFinding[] {
  if (!leavesChina(shipment, facts) || facts.latestYear > rule.params.toYear) return [];
  if (earlierFindings.some((finding) => finding.effect === 'PROHIBITED')) return [];
  return [
    findingOf(
      rule,
      'LICENCE_REQUIRED',
      `cultural item created ${formatYears(facts)}, in or before ${rule.params.toYear}: exit permit and seal, exit through a designated port`,
      { licence: rule.params.licence },
    ),
  ];
}

/** Re-export of a temporarily imported item: the exit prohibitions become a verification. */
export function evaluateChinaReexport(
  rule: ChinaReexportRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const { purposes, liftsRuleIds, effect, licence } = rule.params;
  if (!leavesChina(shipment, facts) || !purposes.includes(shipment.request.purpose)) return [];
  return [
    findingOf(
      rule,
      'INFO',
      'return of an item temporarily imported into China: it re-exits once the review institution matches it to its entry registration',
      { lift: { ruleIds: liftsRuleIds, effect, licence } },
    ),
  ];
}
