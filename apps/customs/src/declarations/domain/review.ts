import { addMoney, MAX_AMOUNT_MINOR, type Money } from '@artbridge/money';
import {
  bondedStorageRule,
  type DeclarationKind,
  type FindingEffect,
  type IsoDate,
  type ItemAssessment,
  type Outcome,
  type RuleBook,
} from '../../assessment/domain';

export const DECLARATION_STATUSES = [
  'CLEARED',
  'REJECTED',
  'PENDING_REVIEW',
  'INFO_REQUESTED',
] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const DECISIONS = ['APPROVE', 'REJECT', 'REQUEST_INFO'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Who decided when no person did. */
export const AUTOMATIC = 'AUTOMATIC';

/** Events' reasons are bounded by the contract. */
export const REASON_MAX_LENGTH = 2000;

export type ReviewStep = { readonly status: DeclarationStatus } | { readonly conflict: string };

/** CLEAR clears at once, PROHIBITED rejects at once, REVIEW waits for an officer. */
export function statusAfterFiling(outcome: Outcome): DeclarationStatus {
  if (outcome === 'CLEAR') return 'CLEARED';
  if (outcome === 'PROHIBITED') return 'REJECTED';
  return 'PENDING_REVIEW';
}

export function reviewDeadline(from: Date, slaSeconds: number): Date {
  return new Date(from.getTime() + slaSeconds * 1000);
}

export function isOverdue(reviewDueAt: Date | null, now: Date): boolean {
  return reviewDueAt !== null && reviewDueAt.getTime() <= now.getTime();
}

function bounded(text: string): string {
  return text.length <= REASON_MAX_LENGTH ? text : `${text.slice(0, REASON_MAX_LENGTH - 1)}…`;
}

export interface AutomaticDecision {
  readonly status: DeclarationStatus;
  /** The rule ids that decided it: the prohibitions, or what needs review. */
  readonly ruleIds: string[];
  /** One line for the audit and the rejection event. */
  readonly reason: string;
}

const DECIDING_EFFECTS: Readonly<Record<Outcome, readonly FindingEffect[]>> = {
  PROHIBITED: ['PROHIBITED'],
  REVIEW: ['REVIEW', 'LICENCE_REQUIRED'],
  CLEAR: [],
};

/** What the engine's outcome means for the declaration, and why, in the rules' own words. */
export function automaticDecision(
  outcome: Outcome,
  items: readonly ItemAssessment[],
): AutomaticDecision {
  const status = statusAfterFiling(outcome);
  const deciding = items.flatMap((item, index) =>
    item.findings
      .filter((finding) => DECIDING_EFFECTS[outcome].includes(finding.effect))
      .map((finding) => ({ index, finding })),
  );
  const ruleIds = [...new Set(deciding.map(({ finding }) => finding.ruleId))];
  if (deciding.length === 0)
    return { status, ruleIds, reason: 'no finding prohibits the goods or needs review' };
  const reason = deciding
    .map(({ index, finding }) => `items[${index}] ${finding.ruleId}: ${finding.message}`)
    .join('; ');
  return { status, ruleIds, reason: bounded(reason) };
}

export interface DeclaredItemLicences {
  readonly position: number;
  readonly artworkId: string;
  readonly licencesRequired: readonly string[];
}

export interface AttachedLicence {
  readonly type: string;
  readonly validUntil: IsoDate;
  /** Null: the licence covers every item of the declaration. */
  readonly artworkId: string | null;
}

export interface MissingLicence {
  readonly type: string;
  readonly position: number;
  readonly artworkId: string;
}

/**
 * Each licence an item requires needs one of that type, for that item or for the whole
 * declaration, still valid on `today`.
 */
export function missingLicences(
  items: readonly DeclaredItemLicences[],
  attached: readonly AttachedLicence[],
  today: IsoDate,
): MissingLicence[] {
  const valid = attached.filter((licence) => licence.validUntil >= today);
  return items.flatMap((item) =>
    item.licencesRequired
      .filter(
        (type) =>
          !valid.some(
            (licence) =>
              licence.type === type &&
              (licence.artworkId === null || licence.artworkId === item.artworkId),
          ),
      )
      .map((type) => ({ type, position: item.position, artworkId: item.artworkId })),
  );
}

export function describeMissing(missing: readonly MissingLicence[]): string {
  return missing
    .map(({ type, position, artworkId }) => `${type} for items[${position}] (artwork ${artworkId})`)
    .join(', ');
}

/** An officer decides for the state, never on goods of their own: that is for another officer. */
export function ownDeclarationRefusal(
  declaration: { readonly exporterId: string },
  officer: string,
): string | undefined {
  return declaration.exporterId === officer
    ? 'an officer may not decide a declaration of their own'
    : undefined;
}

/** An officer's decision: only a declaration in review can be decided, and approval needs every licence. */
export function decide(
  current: DeclarationStatus,
  decision: Decision,
  missing: readonly MissingLicence[],
): ReviewStep {
  if (current !== 'PENDING_REVIEW')
    return { conflict: `the declaration is ${current}: only one PENDING_REVIEW can be decided` };
  if (decision === 'REJECT') return { status: 'REJECTED' };
  if (decision === 'REQUEST_INFO') return { status: 'INFO_REQUESTED' };
  if (missing.length > 0)
    return {
      conflict: `the declaration cannot be approved without a valid licence: ${describeMissing(missing)}`,
    };
  return { status: 'CLEARED' };
}

/** A duty line as the declaration stores it; a NOT_COMPUTED one names its rule and reason. */
export interface RecordedDutyLine {
  readonly status: string;
  readonly itemIndex: number;
  readonly ruleId?: string;
  readonly reason?: string;
}

export interface ItemFindings {
  readonly position: number;
  readonly findings: readonly { readonly ruleId: string; readonly effect: FindingEffect }[];
}

/** A duty line the engine could not compute, and left for an officer to assess. */
export interface DutyLineToAssess {
  readonly itemIndex: number;
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * An export declared for bonded storage into a country whose bonded-storage relief (CN-FTZ-BONDED)
 * was in force on its date: the destination's duty and VAT are deferred, charged by the import
 * declaration filed when the works are released from bond, never by this one.
 */
export function dutiesDeferredInBond(
  book: RuleBook,
  declaration: {
    readonly kind: DeclarationKind;
    readonly ftzBonded: boolean;
    readonly importCountry: string;
    readonly declarationDate: IsoDate;
  },
): boolean {
  return (
    declaration.kind === 'EXPORT' &&
    declaration.ftzBonded &&
    bondedStorageRule(book, declaration.declarationDate, declaration.importCountry, 'ENTRY') !==
      undefined
  );
}

/**
 * The duty lines an officer has to assess before the declaration can be cleared: those the engine
 * could not compute although the destination's tax is due, which sent their item to REVIEW for
 * that very rule (TARIFF-NOT-IN-TABLE, FX-RATE, AMOUNT-LIMIT). A heading the destination's table
 * does not cover at all (an INFO finding) is the destination's own customs' to assess, not this
 * approval's. None while the duties are deferred in bond (`deferredInBond`, see
 * dutiesDeferredInBond): whatever they are, this declaration charges zero, and the release's
 * import declaration assesses them.
 */
export function dutyLinesToAssess(
  lines: readonly RecordedDutyLine[] | null,
  items: readonly ItemFindings[],
  deferredInBond: boolean,
): DutyLineToAssess[] {
  if (deferredInBond) return [];
  return (lines ?? []).flatMap((line) => {
    if (line.status === 'COMPUTED' || line.ruleId === undefined) return [];
    const { ruleId } = line;
    const item = items.find((candidate) => candidate.position === line.itemIndex);
    const forReview = item?.findings.some(
      (finding) => finding.ruleId === ruleId && finding.effect === 'REVIEW',
    );
    return forReview ? [{ itemIndex: line.itemIndex, ruleId, reason: line.reason ?? '' }] : [];
  });
}

/** The duty and VAT an officer assessed, for the whole declaration, in its duties' currency. */
export interface AssessedDuties {
  readonly duty: Money;
  readonly vat: Money;
  readonly total: Money;
}

export type AssessedDutiesStep =
  | { readonly assessed: AssessedDuties | null }
  | { readonly conflict: string }
  | { readonly invalid: string[] };

/**
 * What an approval does with the duties: while some are left to assess, it needs the officer's
 * (else 409), in the declaration's duties currency (else 400); when none are, it takes none
 * (400), so nobody believes a figure of theirs replaced the engine's, or, the duties deferred in
 * bond (`deferredInBond`), was charged where the release's import declaration charges them.
 */
export function assessedDutiesOnApproval(
  toAssess: readonly DutyLineToAssess[],
  dutiesCurrency: string | null,
  given: { readonly duty: Money; readonly vat: Money } | undefined,
  deferredInBond = false,
): AssessedDutiesStep {
  if (toAssess.length === 0)
    return given === undefined
      ? { assessed: null }
      : {
          invalid: [
            deferredInBond
              ? 'duties may not be given: the declaration was declared for bonded storage, so its duty and VAT are deferred and assessed on the import declaration filed when the works are released'
              : "duties may be given only while the declaration's duties are incomplete: the engine computed them",
          ],
        };
  if (given === undefined) {
    const lines = toAssess
      .map(({ itemIndex, ruleId, reason }) => `items[${itemIndex}] ${ruleId}: ${reason}`)
      .join('; ');
    return {
      conflict: `the duties are incomplete (${lines}): approve with the duties you assessed`,
    };
  }
  const invalid = (['duty', 'vat'] as const)
    .filter((field) => given[field].currency !== dutiesCurrency)
    .map(
      (field) =>
        `duties.${field}.currency must be ${dutiesCurrency}, the currency of the declaration's duties`,
    );
  if (invalid.length > 0) return { invalid };
  const total = addMoney(given.duty, given.vat);
  if (total.minor > MAX_AMOUNT_MINOR)
    return {
      invalid: ['duties.vat is too large: duty and vat together exceed what an amount may be'],
    };
  return { assessed: { duty: given.duty, vat: given.vat, total } };
}

/** The exporter's answer puts an info request back in the officers' queue. */
export function answerInfoRequest(current: DeclarationStatus): ReviewStep {
  if (current !== 'INFO_REQUESTED')
    return {
      conflict: `the declaration is ${current}: there is no request for information to answer`,
    };
  return { status: 'PENDING_REVIEW' };
}

/** Licences count while a decision is still to come. */
export function licenceAttachConflict(current: DeclarationStatus): string | undefined {
  return current === 'PENDING_REVIEW' || current === 'INFO_REQUESTED'
    ? undefined
    : `the declaration is ${current}: licences can be attached only before the decision`;
}

/** RULES.md section 4: an EU export licence is valid for at most 12 months. */
const MAX_VALIDITY_MONTHS: Readonly<Record<string, number>> = { EU_EXPORT_LICENCE: 12 };

function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  // Date.UTC rolls 29 February of a non-leap year over to 1 March: the later day is the lenient one
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}

/**
 * The licence types an attached licence may be of: those an item of the declaration requires;
 * with `artworkId`, those that item requires.
 */
export function attachableLicenceTypes(
  items: readonly Pick<DeclaredItemLicences, 'artworkId' | 'licencesRequired'>[],
  artworkId: string | null,
): string[] {
  const covered = artworkId === null ? items : items.filter((i) => i.artworkId === artworkId);
  return [...new Set(covered.flatMap((item) => item.licencesRequired))].sort();
}

/**
 * What makes an attached licence unusable from the start (400), beyond its fields' shapes:
 * `requiredTypes` are those the declaration (or the item it names, `of`) requires.
 */
export function licenceProblems(
  licence: { readonly type: string; readonly validUntil: IsoDate },
  today: IsoDate,
  requiredTypes: readonly string[],
  of = 'the declaration',
): string[] {
  const problems: string[] = [];
  if (!requiredTypes.includes(licence.type))
    problems.push(
      requiredTypes.length > 0
        ? `type must be one of ${requiredTypes.join(', ')}`
        : `type must be a licence type ${of} requires, and it requires none`,
    );
  if (licence.validUntil < today)
    problems.push(`validUntil must not be in the past (today is ${today})`);
  const months = MAX_VALIDITY_MONTHS[licence.type];
  if (months !== undefined && licence.validUntil > addMonths(today, months))
    problems.push(
      `validUntil of an ${licence.type} must be within ${months} months of today (${today}): it is valid for at most ${months} months`,
    );
  return problems;
}
