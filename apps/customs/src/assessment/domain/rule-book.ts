import type { ArtworkCategory } from '@artbridge/contracts';
import type { NoticeId } from './evaluate/notices';
import type { FindingEffect, IsoDate, ProtectedMaterial, Purpose } from './model';
import type { RestrictedArtist } from './rules/china-restricted-artists';
import { isIsoDate, isWithin } from './support/dates';
import type { FxPolicy } from './support/fx';

/**
 * The rule book: every rule of RULES.md sections 1-6 as data. A rule is one version of a rule id
 * with its source, validity window and parameters; `kind` names the function that evaluates it
 * (evaluate/*). Changing a figure or a date is a data change: add a new version of the rule with
 * its own validity window, never edit the old one.
 */
export interface RuleBook {
  /** Version of the whole book, reported with every assessment. */
  readonly version: string;
  readonly fx: FxPolicy;
  readonly rules: readonly RuleDefinition[];
}

interface RuleBase<Kind extends string, Params> {
  readonly id: string;
  readonly version: number;
  readonly kind: Kind;
  /** Legal source, cited in every finding. */
  readonly source: string;
  /** First day the rule applies (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day the rule applies (inclusive); open-ended when absent. */
  readonly validTo?: IsoDate;
  /** A figure marked *check*: named here and appended to every finding of the rule. */
  readonly toConfirm?: string;
  readonly params: Params;
}

/** "Age > 100" is `{ comparison: 'GT', years: 100 }`; "age >= 250" is GTE. */
export interface AgeCondition {
  readonly comparison: 'GT' | 'GTE';
  readonly years: number;
}

/** First band whose age condition holds gives the code; a band without one always matches. */
export interface HsAgeBand {
  readonly olderThanYears?: number;
  readonly code: string;
}

export interface HsHeadingParams {
  readonly heading: string;
  readonly categories: readonly ArtworkCategory[];
  readonly bands: readonly HsAgeBand[];
  /** Originals only: "executed entirely by hand", "plate made wholly by hand", "original sculpture". */
  readonly requiresHandExecuted: boolean;
  readonly description: string;
}

export interface HsAntiqueParams {
  readonly heading: string;
  readonly bands: readonly HsAgeBand[];
}

export interface HsPrintedMatterParams {
  readonly code: string;
  /** Flat pictures that are printed matter when not executed by hand. */
  readonly categoriesWhenNotHandExecuted: readonly ArtworkCategory[];
  /** Always printed matter (reproductions, photographs). */
  readonly categoriesAlways: readonly ArtworkCategory[];
}

/** Which items a rule is about; every field given must hold (an empty selector takes all). */
export interface ItemSelector {
  readonly categories?: readonly ArtworkCategory[];
  /** Matched case-insensitively against `technique`. */
  readonly techniques?: readonly string[];
  /** Whole words matched case-insensitively in `medium` and `technique`. */
  readonly mediumKeywords?: readonly string[];
  readonly portrait?: boolean;
}

/** Any of the alternatives selects the item. */
export type ItemSelection = readonly ItemSelector[];

export interface ChinaExitYearParams {
  /** Created in or after this year (the item's latest year). */
  readonly fromYear?: number;
  /** Created in or before this year. */
  readonly toYear: number;
  readonly selection?: ItemSelection;
  /** Items matched by these belong to another rule ("other cultural item"). */
  readonly excluding?: ItemSelection;
  readonly requiresEthnicMinority?: boolean;
  readonly effect: Extract<FindingEffect, 'PROHIBITED' | 'REVIEW'>;
  readonly licence?: string;
  /**
   * The licence a dating range that reaches back into the rule's years needs (CN_EXIT_PERMIT):
   * its earlier date would be prohibited or need the permit, and only the exit review, whose
   * permit lets the item leave, can date it.
   */
  readonly rangeLicence: string;
  readonly description: string;
}

export interface ChinaArtistListParams {
  readonly listName: string;
  readonly artists: readonly RestrictedArtist[];
  readonly effect: Extract<FindingEffect, 'PROHIBITED' | 'REVIEW'>;
  readonly licence?: string;
  /** While the list is known to be incomplete, unlisted painting/calligraphy exports get an INFO. */
  readonly listComplete: boolean;
  readonly incompleteListNoticeCategories: readonly ArtworkCategory[];
}

export interface ChinaExitPermitParams {
  readonly toYear: number;
  readonly licence: string;
}

/** Lifts named prohibitions for items re-exported after a registered temporary import. */
export interface ChinaReexportParams {
  readonly purposes: readonly Purpose[];
  readonly liftsRuleIds: readonly string[];
  readonly effect: Extract<FindingEffect, 'REVIEW' | 'LICENCE_REQUIRED'>;
  readonly licence: string;
}

export interface ValueThreshold {
  /** Decimal string in `currency`. */
  readonly amount: string;
  readonly currency: string;
  readonly comparison: 'GT' | 'GTE';
}

export interface ValueThresholdLicenceParams {
  /** EXPORT: leaving the territory; IMPORT: entering it. */
  readonly direction: 'EXPORT' | 'IMPORT';
  /** 'EU' or a country code. */
  readonly territory: string;
  readonly selection: ItemSelection;
  readonly excluding?: ItemSelection;
  readonly age?: AgeCondition;
  readonly requiresNotOwnedByCreator?: boolean;
  readonly requiresCreatedOutsideTerritory?: boolean;
  /** Absent: the licence is needed whatever the value. */
  readonly threshold?: ValueThreshold;
  /**
   * The value the threshold is tested on. APPRAISED: the item's value. FINANCIAL (export
   * licences): the larger of the item's value and its share of a sale's price, so that neither an
   * under-appraised value nor an under-declared price avoids the licence; zero there is no value
   * known, and the item goes to REVIEW (VALUE-UNKNOWN) for an officer to value it.
   */
  readonly testedValue: 'APPRAISED' | 'FINANCIAL';
  readonly exemptPurposes?: readonly Purpose[];
  readonly licence: string;
  readonly description: string;
  /** Notice reported when the value cannot be converted (EU-VALUE for EU thresholds). */
  readonly conversionRuleId: Extract<NoticeId, 'EU-VALUE' | 'FX-RATE'>;
}

export interface CitesAppendixOneParams {
  readonly material: ProtectedMaterial;
  readonly species: string;
  /** Acquired before this year → pre-Convention certificate instead of prohibition. */
  readonly listingYear: number;
  readonly commercialPurposes: readonly Purpose[];
  /**
   * Territories ('EU') inside which commercial trade of a specimen acquired after the listing is
   * prohibited too, not only across a border: the EU bans the commercial use of Annex A specimens
   * (Regulation (EC) No 338/97, Article 8(1)). Permits and certificates stay border-bound.
   */
  readonly commercialTradeProhibitedWithin?: readonly string[];
  readonly preConventionLicence: string;
  readonly permitLicence: string;
}

export interface CitesPermitParams {
  readonly material: ProtectedMaterial;
  readonly species: string;
  readonly licence: string;
  /** Finished items holding at most this much of the wood are exempt. */
  readonly exemptUpToGrams?: number;
}

export interface UkIvoryExemption {
  readonly name: string;
  /** Ivory share strictly below this percent of volume. */
  readonly maxVolumePercentExclusive?: number;
  /** Made before 1 January of this year (whole years only: conservative). */
  readonly madeBeforeYear: number;
  readonly requiresMusicalInstrument?: boolean;
  readonly requiresPortrait?: boolean;
  readonly maxSurfaceCm2?: number;
}

export interface UkIvoryExemptionParams {
  readonly material: ProtectedMaterial;
  readonly countries: readonly string[];
  readonly commercialPurposes: readonly Purpose[];
  readonly exemptions: readonly UkIvoryExemption[];
  readonly licence: string;
  /** The CITES prohibition this exemption lifts for these countries ... */
  readonly liftsRuleId: string;
  /** ... into this licence (a CITES permit is still needed). */
  readonly liftedToLicence: string;
}

export interface ImportDutyParams {
  readonly countries: readonly string[];
  /** HS headings (4 digits) the rate applies to. */
  readonly headings: readonly string[];
  readonly ratePercent: string;
  /** Thangka are excluded from China's provisional 1 % rate. */
  readonly excludesThangka?: boolean;
  readonly onlyThangka?: boolean;
  readonly note?: string;
}

export interface ImportVatRate {
  /** Null: the rate is not known to this table; duties for the line are not computed. */
  readonly percent: string | null;
  /**
   * Headings the reduced `percent` does not cover, with the rate they take instead: Germany's 7 %
   * is for works of art and collectors' pieces, so its antiques (9706) pay the standard 19 %.
   */
  readonly percentByHeading?: Readonly<Record<string, string>>;
  /** Currency in which the destination collects duty and VAT. */
  readonly currency: string;
  readonly note?: string;
  /** This country's figure is to be confirmed. */
  readonly toConfirm?: boolean;
}

export interface ImportVatParams {
  readonly taxName: string;
  readonly rates: Readonly<Record<string, ImportVatRate>>;
  /** Headings the rate applies to; absent: all goods. */
  readonly headings?: readonly string[];
}

export interface DutyReliefParams {
  readonly countries: readonly string[];
  readonly relief: 'TEMPORARY_ADMISSION' | 'RETURNED_GOODS' | 'FTZ_BONDED';
  /** The relief applies to this purpose; FTZ_BONDED applies when the request says ftzBonded. */
  readonly purpose?: Purpose;
  readonly description: string;
}

/** How works leave a free-trade zone's bonded storage. */
export type FtzExit = 'RELEASE' | 'RE_EXPORT';

/**
 * Leaving bond ends the deferral of a FTZ_BONDED relief: released to the domestic market, the
 * deferred duty and VAT are due (an import declaration); re-exported, nothing is due.
 */
export interface FtzExitParams {
  readonly countries: readonly string[];
  readonly exit: FtzExit;
  /** Import duty and VAT are due on this exit. */
  readonly dutyDue: boolean;
  /** The relief whose deferral this exit ends. */
  readonly endsReliefRuleId: string;
  readonly description: string;
}

export type HsHeadingRule = RuleBase<'HS_HEADING', HsHeadingParams>;
export type HsAntiqueRule = RuleBase<'HS_ANTIQUE', HsAntiqueParams>;
export type HsPrintedMatterRule = RuleBase<'HS_PRINTED_MATTER', HsPrintedMatterParams>;
export type ChinaExitYearRule = RuleBase<'CN_EXIT_YEAR', ChinaExitYearParams>;
export type ChinaArtistListRule = RuleBase<'CN_ARTIST_LIST', ChinaArtistListParams>;
export type ChinaExitPermitRule = RuleBase<'CN_EXIT_PERMIT', ChinaExitPermitParams>;
export type ChinaReexportRule = RuleBase<'CN_REEXPORT', ChinaReexportParams>;
export type ValueThresholdLicenceRule = RuleBase<
  'VALUE_THRESHOLD_LICENCE',
  ValueThresholdLicenceParams
>;
export type CitesAppendixOneRule = RuleBase<'CITES_APPENDIX_I', CitesAppendixOneParams>;
export type CitesPermitRule = RuleBase<'CITES_PERMIT', CitesPermitParams>;
export type UkIvoryExemptionRule = RuleBase<'UK_IVORY_EXEMPTION', UkIvoryExemptionParams>;
export type ImportDutyRule = RuleBase<'IMPORT_DUTY', ImportDutyParams>;
export type ImportVatRule = RuleBase<'IMPORT_VAT', ImportVatParams>;
export type DutyReliefRule = RuleBase<'DUTY_RELIEF', DutyReliefParams>;
export type FtzExitRule = RuleBase<'FTZ_EXIT', FtzExitParams>;

export type RuleDefinition =
  | HsHeadingRule
  | HsAntiqueRule
  | HsPrintedMatterRule
  | ChinaExitYearRule
  | ChinaArtistListRule
  | ChinaExitPermitRule
  | ChinaReexportRule
  | ValueThresholdLicenceRule
  | CitesAppendixOneRule
  | CitesPermitRule
  | UkIvoryExemptionRule
  | ImportDutyRule
  | ImportVatRule
  | DutyReliefRule
  | FtzExitRule;

export type RuleKind = RuleDefinition['kind'];
export type RuleOfKind<K extends RuleKind> = Extract<RuleDefinition, { kind: K }>;

/** The rules in force on a date, grouped by kind, in rule-book order. */
export type ActiveRules = { readonly [K in RuleKind]: readonly RuleOfKind<K>[] };

export function isRuleInForce(rule: RuleDefinition, date: IsoDate): boolean {
  return isWithin(date, rule.validFrom, rule.validTo);
}

const activeRulesCache = new WeakMap<RuleBook, Map<IsoDate, ActiveRules>>();

/** Rules in force on `date`; memoised per book and date since assessments repeat dates. */
export function activeRules(book: RuleBook, date: IsoDate): ActiveRules {
  let byDate = activeRulesCache.get(book);
  if (!byDate) {
    byDate = new Map();
    activeRulesCache.set(book, byDate);
  }
  let active = byDate.get(date);
  if (!active) {
    active = groupByKind(book.rules.filter((rule) => isRuleInForce(rule, date)));
    byDate.set(date, active);
  }
  return active;
}

function groupByKind(rules: readonly RuleDefinition[]): ActiveRules {
  const of = <K extends RuleKind>(kind: K) =>
    rules.filter((rule): rule is RuleOfKind<K> => rule.kind === kind);
  return {
    HS_HEADING: of('HS_HEADING'),
    HS_ANTIQUE: of('HS_ANTIQUE'),
    HS_PRINTED_MATTER: of('HS_PRINTED_MATTER'),
    CN_EXIT_YEAR: of('CN_EXIT_YEAR'),
    CN_ARTIST_LIST: of('CN_ARTIST_LIST'),
    CN_EXIT_PERMIT: of('CN_EXIT_PERMIT'),
    CN_REEXPORT: of('CN_REEXPORT'),
    VALUE_THRESHOLD_LICENCE: of('VALUE_THRESHOLD_LICENCE'),
    CITES_APPENDIX_I: of('CITES_APPENDIX_I'),
    CITES_PERMIT: of('CITES_PERMIT'),
    UK_IVORY_EXEMPTION: of('UK_IVORY_EXEMPTION'),
    IMPORT_DUTY: of('IMPORT_DUTY'),
    IMPORT_VAT: of('IMPORT_VAT'),
    DUTY_RELIEF: of('DUTY_RELIEF'),
    FTZ_EXIT: of('FTZ_EXIT'),
  };
}

/**
 * What makes a rule book unusable: bad dates, duplicate versions, or two versions of one rule id
 * in force on the same day (the engine would not know which figure applies).
 */
export function ruleBookProblems(book: RuleBook): string[] {
  const problems: string[] = [];
  const versionsById = new Map<string, RuleDefinition[]>();
  for (const rule of book.rules) {
    const label = `${rule.id} v${rule.version}`;
    if (!isIsoDate(rule.validFrom))
      problems.push(`${label}: validFrom '${rule.validFrom}' is not yyyy-mm-dd`);
    if (rule.validTo !== undefined && !isIsoDate(rule.validTo))
      problems.push(`${label}: validTo '${rule.validTo}' is not yyyy-mm-dd`);
    if (rule.validTo !== undefined && rule.validTo < rule.validFrom)
      problems.push(`${label}: validTo is before validFrom`);
    if (!rule.source.trim()) problems.push(`${label}: no source`);
    const versions = versionsById.get(rule.id) ?? [];
    versionsById.set(rule.id, [...versions, rule]);
  }
  for (const [id, versions] of versionsById) {
    const sorted = [...versions].sort((a, b) => a.version - b.version);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous.version === current.version)
        problems.push(`${id}: version ${current.version} appears twice`);
      if (previous.validTo === undefined || previous.validTo >= current.validFrom) {
        problems.push(
          `${id}: v${previous.version} and v${current.version} are both in force on ${current.validFrom}`,
        );
      }
    }
  }
  return problems;
}
