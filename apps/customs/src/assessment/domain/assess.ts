import type { ArtworkCategory } from '@artbridge/contracts';
import { isCurrencyCode } from '@artbridge/money';
import { classify } from './evaluate/classification';
import {
  evaluateChinaArtistList,
  evaluateChinaExitPermit,
  evaluateChinaExitYear,
  evaluateChinaReexport,
} from './evaluate/china-exit';
import {
  evaluateCitesAppendixOne,
  evaluateCitesPermit,
  evaluateUkIvoryExemption,
} from './evaluate/cites';
import { assessDuties, type ClassifiedItem } from './evaluate/duties';
import { customsValuesOf } from './evaluate/customs-value';
import { itemFacts, type ItemFacts, type RuleFinding, type ShipmentFacts } from './evaluate/facts';
import { evaluateValueThresholdLicence } from './evaluate/value-threshold';
import {
  DECLARATION_KINDS,
  type ArtworkAttributes,
  type Assessment,
  type AssessmentRequest,
  type Finding,
  type FindingEffect,
  type IsoDate,
  type ItemAssessment,
  type Outcome,
  type Purpose,
} from './model';
import { activeRules, type ActiveRules, type RuleBook } from './rule-book';
import { customsTerritoryOf } from './rules/territories';
import { isIsoDate, isoDateOf, yearOf } from './support/dates';
import { createFxConverter, type FxRateLookup } from './support/fx';

export interface AssessmentContext {
  readonly rules: RuleBook;
  readonly fx: FxRateLookup;
  /** Declaration date when the request gives none (defaults to the current day). */
  readonly today?: Date;
}

/** The request cannot be assessed as given; `problems` names each field. */
export class InvalidAssessmentRequestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid assessment request: ${problems.join('; ')}`);
    this.name = 'InvalidAssessmentRequestError';
  }
}

/**
 * Assesses a shipment against the rule book in force on its declaration date: HS code, findings
 * and licences per item, the strictest outcome, and the destination's duty and VAT. Pure: the only
 * outside input is the FX lookup, and nothing is stored.
 */
export function assess(request: AssessmentRequest, context: AssessmentContext): Assessment {
  const date = request.date ?? isoDateOf(context.today ?? new Date());
  const problems = assessmentRequestProblems(request, date);
  if (problems.length > 0) throw new InvalidAssessmentRequestError(problems);

  const active = activeRules(context.rules, date);
  const shipment = shipmentFacts(request, date, context);
  const classified = request.items.map((item, index) => {
    const facts = itemFacts(item, index, shipment.declarationYear);
    const classification = classify(facts, active);
    return { facts, hsCode: classification.hsCode, classificationFinding: classification.finding };
  });
  const { duties, findingsByItem } = assessDuties(classified, shipment, active);
  const items = classified.map((item, index) =>
    itemAssessment(item, [
      item.classificationFinding,
      ...controlFindings(item.facts, shipment, active),
      ...findingsByItem[index],
    ]),
  );
  return {
    outcome: strictestOutcome(items.map((item) => item.outcome)),
    date,
    ruleBookVersion: context.rules.version,
    items,
    duties,
  };
}

function shipmentFacts(
  request: AssessmentRequest,
  date: IsoDate,
  context: AssessmentContext,
): ShipmentFacts {
  const exportTerritory = customsTerritoryOf(request.exportCountry);
  const importTerritory = customsTerritoryOf(request.importCountry);
  return {
    request,
    date,
    declarationYear: yearOf(date),
    exportTerritory,
    importTerritory,
    crossesBorder: exportTerritory !== importTerritory,
    exportControls: request.declarationKind !== 'IMPORT',
    fx: createFxConverter(context.fx, date, context.rules.fx),
    customsValues: customsValuesOf(request),
  };
}

/** Export and import controls (sections 2, 4, 5, 6), then the exit permit, which yields to any prohibition. */
function controlFindings(
  facts: ItemFacts,
  shipment: ShipmentFacts,
  active: ActiveRules,
): RuleFinding[] {
  const findings = applyLifts([
    ...active.CN_EXIT_YEAR.flatMap((rule) => evaluateChinaExitYear(rule, facts, shipment)),
    ...active.CN_ARTIST_LIST.flatMap((rule) => evaluateChinaArtistList(rule, facts, shipment)),
    ...active.CN_REEXPORT.flatMap((rule) => evaluateChinaReexport(rule, facts, shipment)),
    ...active.VALUE_THRESHOLD_LICENCE.flatMap((rule) =>
      evaluateValueThresholdLicence(rule, facts, shipment),
    ),
    ...active.CITES_APPENDIX_I.flatMap((rule) => evaluateCitesAppendixOne(rule, facts, shipment)),
    ...active.CITES_PERMIT.flatMap((rule) => evaluateCitesPermit(rule, facts, shipment)),
    ...active.UK_IVORY_EXEMPTION.flatMap((rule) => evaluateUkIvoryExemption(rule, facts, shipment)),
  ]);
  return [
    ...findings,
    ...active.CN_EXIT_PERMIT.flatMap((rule) =>
      evaluateChinaExitPermit(rule, facts, shipment, findings),
    ),
  ];
}

/** An exemption or a registered re-export turns named prohibitions into the lesser effect it states. */
function applyLifts(findings: readonly RuleFinding[]): RuleFinding[] {
  const lifting = findings.filter((finding) => finding.lift !== undefined);
  if (lifting.length === 0) return [...findings];
  return findings.map((finding) => {
    if (finding.effect !== 'PROHIBITED') return finding;
    const by = lifting.find((candidate) => candidate.lift!.ruleIds.includes(finding.ruleId));
    if (!by) return finding;
    return {
      ...finding,
      effect: by.lift!.effect,
      licence: by.lift!.licence,
      message: `${finding.message}; prohibition lifted by ${by.ruleId}, licence ${by.lift!.licence}`,
    };
  });
}

const EFFECT_RANK: Readonly<Record<FindingEffect, number>> = {
  PROHIBITED: 0,
  REVIEW: 1,
  LICENCE_REQUIRED: 2,
  INFO: 3,
};

function itemAssessment(
  item: ClassifiedItem,
  ruleFindings: readonly RuleFinding[],
): ItemAssessment {
  // Strictest first; equal effects keep the rule-book order.
  const findings: Finding[] = ruleFindings
    .map(({ lift: _lift, ...finding }) => finding)
    .sort((a, b) => EFFECT_RANK[a.effect] - EFFECT_RANK[b.effect]);
  const outcome = itemOutcome(findings);
  const licences = findings.flatMap((finding) =>
    finding.licence && finding.effect !== 'INFO' ? [finding.licence] : [],
  );
  return {
    hsCode: item.hsCode,
    outcome,
    findings,
    licencesRequired: outcome === 'PROHIBITED' ? [] : [...new Set(licences)],
  };
}

/** An item's outcome from its findings: any PROHIBITED; else any REVIEW or licence; else CLEAR. */
export function itemOutcome(findings: readonly Pick<Finding, 'effect'>[]): Outcome {
  if (findings.some((finding) => finding.effect === 'PROHIBITED')) return 'PROHIBITED';
  if (
    findings.some((finding) => finding.effect === 'REVIEW' || finding.effect === 'LICENCE_REQUIRED')
  )
    return 'REVIEW';
  return 'CLEAR';
}

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { CLEAR: 0, REVIEW: 1, PROHIBITED: 2 };

/** Any PROHIBITED → PROHIBITED; else any REVIEW (review or licence) → REVIEW; else CLEAR. */
export function strictestOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>(
    (strictest, outcome) => (OUTCOME_RANK[outcome] > OUTCOME_RANK[strictest] ? outcome : strictest),
    'CLEAR',
  );
}

const PURPOSES: readonly Purpose[] = ['SALE', 'TEMPORARY_EXHIBITION', 'RETURN'];
const COUNTRY = /^[A-Z]{2}$/;
/**
 * The categories of @artbridge/contracts, checked against its type at compile time. Its value
 * export is not imported: the contracts entry point loads decorated DTOs that need
 * reflect-metadata, which a pure engine should not depend on.
 */
const KNOWN_CATEGORIES: Readonly<Record<ArtworkCategory, true>> = {
  PAINTING: true,
  WATERCOLOUR: true,
  GOUACHE: true,
  PASTEL: true,
  DRAWING: true,
  CALLIGRAPHY: true,
  MOSAIC: true,
  COLLAGE: true,
  PRINT: true,
  SCULPTURE: true,
  PHOTOGRAPH: true,
  MANUSCRIPT: true,
  BOOK: true,
  MAP: true,
  ARCHAEOLOGICAL: true,
  ANTIQUE: true,
  COLLECTORS_PIECE: true,
  REPRODUCTION: true,
};
const CATEGORIES = Object.keys(KNOWN_CATEGORIES);

/**
 * What makes a request impossible to assess. The HTTP layer validates first and answers 400;
 * this is the engine's own guard, so it never computes on nonsense.
 */
export function assessmentRequestProblems(request: AssessmentRequest, date: IsoDate): string[] {
  const problems: string[] = [];
  if (!isIsoDate(date)) problems.push(`date '${date}' is not a yyyy-mm-dd calendar date`);
  if (!COUNTRY.test(request.exportCountry))
    problems.push('exportCountry must be an ISO 3166-1 alpha-2 code');
  if (!COUNTRY.test(request.importCountry))
    problems.push('importCountry must be an ISO 3166-1 alpha-2 code');
  if (!PURPOSES.includes(request.purpose))
    problems.push(`purpose must be one of ${PURPOSES.join(', ')}`);
  if (request.declarationKind !== undefined && !DECLARATION_KINDS.includes(request.declarationKind))
    problems.push(`declarationKind must be one of ${DECLARATION_KINDS.join(', ')}`);
  if (request.ftzBonded === true && request.ftzReleased === true)
    problems.push(
      'ftzReleased: works released from bond to the domestic market are no longer in bond, so ftzBonded must not be true as well',
    );
  if (request.price !== undefined) {
    if (!isCurrencyCode(request.price.currency))
      problems.push(`price.currency '${request.price.currency}' is not an ISO 4217 currency`);
    if (typeof request.price.minor !== 'bigint' || request.price.minor < 0n)
      problems.push('price.amount must be a non-negative amount');
  }
  if (!Array.isArray(request.items)) return [...problems, 'items must be a list of artworks'];
  request.items.forEach((item, index) =>
    problems.push(...itemProblems(item).map((problem) => `items[${index}].${problem}`)),
  );
  return problems;
}

function itemProblems(item: ArtworkAttributes): string[] {
  const problems: string[] = [];
  if (!CATEGORIES.includes(item.category))
    problems.push(`category '${item.category}' is not one of ${CATEGORIES.join(' ')}`);
  if (!Number.isInteger(item.creationYear))
    problems.push('creationYear must be an integer (negative for BCE)');
  if (item.creationYearEnd !== undefined && !Number.isInteger(item.creationYearEnd))
    problems.push('creationYearEnd must be an integer');
  if (item.creationYearEnd !== undefined && item.creationYearEnd < item.creationYear)
    problems.push('creationYearEnd must not be before creationYear');
  if (!isCurrencyCode(item.value.currency))
    problems.push(`value.currency '${item.value.currency}' is not an ISO 4217 currency`);
  if (typeof item.value.minor !== 'bigint' || item.value.minor < 0n)
    problems.push('value.amount must be a non-negative amount');
  if (!COUNTRY.test(item.originCountry))
    problems.push('originCountry must be an ISO 3166-1 alpha-2 code');
  return problems;
}
