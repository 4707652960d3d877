import { MoneyDto, type ArtworkAttributesV1 } from '@artbridge/contracts';
import { PermanentMessageError, type MessageContext } from '@artbridge/platform-messaging';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { instanceToPlain } from 'class-transformer';
import { dutyLineView, findingView } from '../assessment/assessment.view';
import type { AssessmentService } from '../assessment/assessment.service';
import {
  InvalidAssessmentRequestError,
  type Assessment,
  type AssessmentRequest,
} from '../assessment/domain';
import {
  clearedMessage,
  filedMessage,
  rejectedMessage,
  type DeclarationMessage,
} from './declaration-events';
import { insertFiling } from './declaration-rows';
import { DeclarationEntity, DeclarationItemEntity, type AuditDetails } from './declaration.entity';
import { AUTOMATIC, reviewDeadline, type AutomaticDecision } from './domain/review';

/**
 * Runs the engine for a declaration a message asks for, in the inbox's transaction. A request
 * the contract let through but the engine cannot compute on is dead-lettered at once: retrying
 * will not help.
 */
export async function assessForMessage(
  assessments: AssessmentService,
  request: AssessmentRequest,
  context: MessageContext,
  now: Date,
): Promise<Assessment> {
  try {
    return await assessments.assess(request, context.manager, now);
  } catch (error) {
    if (error instanceof InvalidAssessmentRequestError)
      throw new PermanentMessageError(error.message);
    throw error;
  }
}

/** What the engine's assessment decides of a declaration's row. */
export type AssessedColumns = Pick<
  DeclarationEntity,
  | 'status'
  | 'outcome'
  | 'declarationDate'
  | 'ruleBookVersion'
  | 'dutiesCurrency'
  | 'customsValueMinor'
  | 'dutyMinor'
  | 'vatMinor'
  | 'dutiesTotalMinor'
  | 'dutiesComplete'
  | 'dutyLines'
  | 'assessedDutyMinor'
  | 'assessedVatMinor'
  | 'filedAt'
  | 'reviewDueAt'
  | 'overdueAt'
  | 'decidedBy'
  | 'decidedAt'
  | 'decisionReason'
>;

function dutiesColumns(assessment: Assessment) {
  const duties = assessment.duties;
  if (!duties)
    return {
      dutiesCurrency: null,
      customsValueMinor: null,
      dutyMinor: null,
      vatMinor: null,
      dutiesTotalMinor: null,
      dutiesComplete: null,
      dutyLines: null,
    };
  return {
    dutiesCurrency: duties.currency,
    customsValueMinor: duties.customsValue.minor,
    dutyMinor: duties.duty.minor,
    vatMinor: duties.vat.minor,
    dutiesTotalMinor: duties.total.minor,
    dutiesComplete: duties.complete,
    dutyLines: duties.lines.map(dutyLineView),
  };
}

/** CLEAR and PROHIBITED are decided at once by the engine; REVIEW waits with a deadline. */
export function assessedColumns(
  assessment: Assessment,
  decision: AutomaticDecision,
  now: Date,
  reviewSlaSeconds: number,
): AssessedColumns {
  const inReview = decision.status === 'PENDING_REVIEW';
  return {
    status: decision.status,
    outcome: assessment.outcome,
    declarationDate: assessment.date,
    ruleBookVersion: assessment.ruleBookVersion,
    ...dutiesColumns(assessment),
    // only an officer's approval assesses duties the engine could not complete
    assessedDutyMinor: null,
    assessedVatMinor: null,
    filedAt: now,
    reviewDueAt: inReview ? reviewDeadline(now, reviewSlaSeconds) : null,
    overdueAt: null,
    decidedBy: inReview ? null : AUTOMATIC,
    decidedAt: inReview ? null : now,
    decisionReason: inReview ? null : decision.reason,
  };
}

/** A work as declared: the attributes it was assessed on. */
export interface DeclaredWork {
  readonly artworkId: string;
  readonly attributes: ArtworkAttributesV1;
}

/** The declaration's items, in the order assessed, each with what the engine found. */
export function assessedItems(
  declarationId: string,
  works: readonly DeclaredWork[],
  assessment: Assessment,
) {
  return works.map(({ artworkId, attributes }, position) => {
    const assessed = assessment.items[position];
    return {
      declarationId,
      position,
      artworkId,
      title: attributes.title,
      artistName: attributes.artist.name,
      creationYear: attributes.creationYear,
      category: attributes.category,
      originCountry: attributes.originCountry,
      value: MoneyColumns.of(MoneyDto.toMoney(attributes.value)),
      // stored as JSON: the same fields, plain
      attributes: instanceToPlain(attributes) as ArtworkAttributesV1,
      hsCode: assessed.hsCode,
      outcome: assessed.outcome,
      findings: assessed.findings.map(findingView),
      licencesRequired: [...assessed.licencesRequired],
    } satisfies DeclarationItemEntity;
  });
}

export interface Filing {
  readonly declaration: DeclarationEntity;
  readonly items: ReturnType<typeof assessedItems>;
  readonly decision: AutomaticDecision;
  /** Who filed it and what the FILED step records. */
  readonly filedBy: string;
  readonly filedDetails: AuditDetails;
}

/**
 * Stores an assessed declaration, its items, its first two audit steps (FILED and the
 * engine's AUTOMATIC_OUTCOME) in one statement, and announces it: filed, then cleared or
 * rejected when the engine decided. In the inbox's transaction. Returns false, changing nothing,
 * when the shipment already has a declaration of that kind (the unique key settles a race).
 */
export async function recordFiling(context: MessageContext, filing: Filing): Promise<boolean> {
  const { declaration, decision } = filing;
  const at = declaration.filedAt;
  const filed = await insertFiling(context.manager, declaration, filing.items, [
    {
      declarationId: declaration.id,
      at,
      actor: filing.filedBy,
      action: 'FILED',
      details: filing.filedDetails,
    },
    {
      declarationId: declaration.id,
      at,
      actor: AUTOMATIC,
      action: 'AUTOMATIC_OUTCOME',
      toStatus: decision.status,
      reason: decision.reason,
      details: {
        outcome: declaration.outcome,
        ruleIds: decision.ruleIds,
        ruleBookVersion: declaration.ruleBookVersion,
        declarationDate: declaration.declarationDate,
        ...(declaration.reviewDueAt && { reviewDueAt: declaration.reviewDueAt.toISOString() }),
      },
    },
  ]);
  if (!filed) return false;

  const messages: DeclarationMessage[] = [filedMessage(declaration, AUTOMATIC)];
  if (declaration.status === 'CLEARED') messages.push(clearedMessage(declaration, AUTOMATIC));
  if (declaration.status === 'REJECTED')
    messages.push(
      rejectedMessage(declaration, AUTOMATIC, declaration.decisionReason!, decision.ruleIds),
    );
  for (const { definition, payload } of messages)
    await context.publish(definition, payload, { subject: declaration.id });
  return true;
}
