import type {
  ArtworkAttributes,
  AssessmentRequest,
  Finding,
  FindingEffect,
  IsoDate,
} from '../model';
import type { AgeCondition, ItemSelection, ItemSelector, RuleDefinition } from '../rule-book';
import type { FxConverter } from '../support/fx';
import type { CustomsValues } from './customs-value';

/** What every rule needs to know about the shipment, computed once per assessment. */
export interface ShipmentFacts {
  readonly request: AssessmentRequest;
  readonly date: IsoDate;
  readonly declarationYear: number;
  /** 'EU' for member states, else the country code. */
  readonly exportTerritory: string;
  readonly importTerritory: string;
  readonly crossesBorder: boolean;
  /**
   * The export country's controls apply: false for an IMPORT declaration, whose works have
   * left the export country already (its controls were the export declaration's).
   */
  readonly exportControls: boolean;
  readonly fx: FxConverter;
  /** Each item's customs value (customsValuesOf): a sale's price split over the items, or their values. */
  readonly customsValues: CustomsValues;
}

/** What every rule needs to know about one item, computed once per item. */
export interface ItemFacts {
  readonly item: ArtworkAttributes;
  readonly index: number;
  readonly earliestYear: number;
  /** Later year of a range: ages count from it. */
  readonly latestYear: number;
  /** Whole years from the later creation year to the declaration year (see meetsAgeLimit). */
  readonly age: number;
  /** RULES.md: anything in the categories other than mass-produced goods (isCulturalItem). */
  readonly cultural: boolean;
  /** technique and medium, lower case, for keyword selectors. */
  readonly describedAs: string;
}

/** A prohibition that another finding turns into a lesser effect (an exemption, a re-export). */
export interface ProhibitionLift {
  readonly ruleIds: readonly string[];
  readonly effect: Extract<FindingEffect, 'REVIEW' | 'LICENCE_REQUIRED'>;
  readonly licence: string;
}

export interface RuleFinding extends Finding {
  readonly lift?: ProhibitionLift;
}

/**
 * Categories that are cultural items however they were made. The rules name printed prints
 * (EU-EXP-DRAWING, CN-EXIT-1949), photographs (EU-EXP-DRAWING), books (EU-EXP-BOOK) and printed
 * maps (EU-EXP-MAP), which no hand executes, and archaeological objects and antiques, which are
 * defined by their age and origin, not by their making (and can be no modern product); all are
 * relics under China's exit rules (CN-EXIT-1911: an 1850 printed book). `handExecuted: false`
 * ("reproductions and mass-produced products", API.md) does not take them out; the rules' age
 * lines keep a modern print run, photograph or book out of the controls. The hand-executed
 * categories (painting, drawing, sculpture...) and collectors' pieces, whose EU rule has no age
 * line, stay out when not hand-executed: a printed copy of a painting or a cast-resin edition is
 * a mass-produced product.
 */
export const CULTURAL_HOWEVER_MADE: readonly ArtworkAttributes['category'][] = [
  'PRINT',
  'PHOTOGRAPH',
  'BOOK',
  'MAP',
  'ARCHAEOLOGICAL',
  'ANTIQUE',
];

/**
 * RULES.md: a cultural item is anything in the categories other than mass-produced goods. A
 * REPRODUCTION never is; a category of CULTURAL_HOWEVER_MADE always is; any other is when executed
 * by hand.
 */
export function isCulturalItem(item: ArtworkAttributes): boolean {
  if (item.category === 'REPRODUCTION') return false;
  return item.handExecuted || CULTURAL_HOWEVER_MADE.includes(item.category);
}

export function itemFacts(
  item: ArtworkAttributes,
  index: number,
  declarationYear: number,
): ItemFacts {
  const latestYear = Math.max(item.creationYear, item.creationYearEnd ?? item.creationYear);
  const earliestYear = Math.min(item.creationYear, item.creationYearEnd ?? item.creationYear);
  return {
    item,
    index,
    earliestYear,
    latestYear,
    age: ageInYears(latestYear, declarationYear),
    cultural: isCulturalItem(item),
    describedAs: `${item.technique ?? ''} ${item.medium ?? ''}`.toLowerCase(),
  };
}

/**
 * Declaration year minus creation year. There is no year 0, so a BCE year counts one less:
 * from 200 BC (-200) to AD 2026 is 2,225 years. No threshold is near enough for this to matter
 * except to keep ages honest.
 */
export function ageInYears(creationYear: number, declarationYear: number): number {
  return declarationYear - creationYear - (creationYear < 0 ? 1 : 0);
}

/**
 * Whether the item meets an age limit on the declaration date, judged from its (later) creation
 * year: true, false, or undefined when the year alone cannot tell. Only the boundary year (the
 * declaration year less the limit) is in doubt. A work of 1976 is more than 50 years old on
 * 31 December 2026 if made before 31 December 1976, not if made on that day; on 1 January 2026 it
 * is 50 at the most (made on 1 January 1976), so not more. "At least" is in doubt on every day
 * but 31 December, when a work of the boundary year has had its anniversary.
 */
export function meetsAgeLimit(
  facts: ItemFacts,
  limit: AgeCondition,
  date: IsoDate,
): boolean | undefined {
  if (facts.age !== limit.years)
    return limit.comparison === 'GT' ? facts.age > limit.years : facts.age >= limit.years;
  const monthDay = date.slice(5);
  if (limit.comparison === 'GT') return monthDay === '01-01' ? false : undefined;
  return monthDay === '12-31' ? true : undefined;
}

/** A finding of a rule in the book; a figure to confirm is said in the message. */
export function findingOf(
  rule: RuleDefinition,
  effect: FindingEffect,
  message: string,
  extra: { licence?: string; lift?: ProhibitionLift } = {},
): RuleFinding {
  const confirm = rule.toConfirm ? ` (to be confirmed: ${rule.toConfirm})` : '';
  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    effect,
    message: message + confirm,
    source: rule.source,
    ...extra,
  };
}

const keywordPatterns = new Map<string, RegExp>();

/** Latin keywords match whole words ("oil", not "soil"); CJK keywords match anywhere. */
function mentions(text: string, keyword: string): boolean {
  if (!/^[a-z0-9 -]+$/i.test(keyword)) return text.includes(keyword);
  let pattern = keywordPatterns.get(keyword);
  if (!pattern) {
    pattern = new RegExp(`\\b${keyword.toLowerCase()}\\b`);
    keywordPatterns.set(keyword, pattern);
  }
  return pattern.test(text);
}

export function matchesSelector(facts: ItemFacts, selector: ItemSelector): boolean {
  const { item } = facts;
  if (selector.categories && !selector.categories.includes(item.category)) return false;
  if (
    selector.techniques &&
    !(item.technique && selector.techniques.includes(item.technique.toUpperCase()))
  )
    return false;
  if (
    selector.mediumKeywords &&
    !selector.mediumKeywords.some((keyword) => mentions(facts.describedAs, keyword))
  )
    return false;
  if (selector.portrait !== undefined && (item.portrait ?? false) !== selector.portrait)
    return false;
  return true;
}

export function isSelected(
  facts: ItemFacts,
  selection: ItemSelection | undefined,
  excluding?: ItemSelection,
): boolean {
  const included =
    selection === undefined || selection.some((selector) => matchesSelector(facts, selector));
  const excluded =
    excluding !== undefined && excluding.some((selector) => matchesSelector(facts, selector));
  return included && !excluded;
}

export function formatYears(facts: ItemFacts): string {
  const year = (value: number) => (value < 0 ? `${-value} BC` : String(value));
  return facts.earliestYear === facts.latestYear
    ? year(facts.latestYear)
    : `${year(facts.earliestYear)}-${year(facts.latestYear)}`;
}
