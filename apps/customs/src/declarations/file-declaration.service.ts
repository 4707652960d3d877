import {
  DeclarationCleared,
  DeclarationFiled,
  DeclarationRejected,
  FileDeclarationV1,
  MoneyDto,
} from '@artbridge/contracts';
import { type Money } from '@artbridge/money';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { Inject, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { v7 as uuidv7 } from 'uuid';
import { toDomainAttributes } from '../assessment/artwork-attributes';
import { AssessmentService } from '../assessment/assessment.service';
import { dutyLineView, findingView } from '../assessment/assessment.view';
import { InvalidAssessmentRequestError, isoDateOf, type Assessment } from '../assessment/domain';
import { CUSTOMS_SETTINGS, type CustomsSettings } from '../customs-settings';
import { appendAudit } from './audit-trail';
import { dutiesPayload } from './duties-payload';
import { DeclarationEntity, DeclarationItemEntity } from './declaration.entity';
import { AUTOMATIC, automaticDecision, reviewDeadline } from './domain/review';

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

@Injectable()
export class FileDeclarationService {
  constructor(
    private readonly assessments: AssessmentService,
    @Inject(CUSTOMS_SETTINGS) private readonly settings: CustomsSettings,
  ) {}

  /**
   * Assesses the shipment as of today and stores its declaration: CLEAR clears it, PROHIBITED
   * rejects it, REVIEW queues it for an officer with a deadline. All in the inbox's transaction,
   * with the events announcing it. A shipment already declared changes nothing.
   */
  async file(command: FileDeclarationV1, context: MessageContext): Promise<void> {
    const { manager } = context;
    if (await manager.existsBy(DeclarationEntity, { shipmentId: command.shipmentId })) return;

    const now = new Date();
    const { terms } = command;
    let assessment: Assessment;
    try {
      assessment = await this.assessments.assess(
        {
          exportCountry: terms.origin.country,
          importCountry: terms.destination.country,
          purpose: terms.purpose,
          date: isoDateOf(now),
          items: command.items.map((item) => toDomainAttributes(item.attributes)),
        },
        manager,
        now,
      );
    } catch (error) {
      // the contract let through what the engine cannot compute on: retrying will not help
      if (error instanceof InvalidAssessmentRequestError)
        throw new PermanentMessageError(error.message);
      throw error;
    }

    const decision = automaticDecision(assessment.outcome, assessment.items);
    const inReview = decision.status === 'PENDING_REVIEW';
    const price: Money | undefined = command.price && MoneyDto.toMoney(command.price);
    const declaration: DeclarationEntity = {
      id: uuidv7(),
      shipmentId: command.shipmentId,
      exporterId: command.exporterId,
      correlationId: context.envelope.correlationId,
      status: decision.status,
      outcome: assessment.outcome,
      declarationDate: assessment.date,
      ruleBookVersion: assessment.ruleBookVersion,
      consigneeName: terms.consignee.name,
      consigneeCountry: terms.consignee.country,
      consigneeAddress: terms.consignee.address,
      exportCountry: terms.origin.country,
      exportPlace: terms.origin.place,
      importCountry: terms.destination.country,
      importPlace: terms.destination.place,
      purpose: terms.purpose,
      transportMode: terms.transportMode,
      incotermRule: terms.incoterm.rule,
      incotermPlace: terms.incoterm.place,
      priceMinor: price?.minor ?? null,
      priceCurrency: price?.currency ?? null,
      ...dutiesColumns(assessment),
      filedAt: now,
      reviewDueAt: inReview ? reviewDeadline(now, this.settings.reviewSlaSeconds) : null,
      overdueAt: null,
      decidedBy: inReview ? null : AUTOMATIC,
      decidedAt: inReview ? null : now,
      decisionReason: inReview ? null : decision.reason,
    };
    // the unique shipment id settles a race the check above cannot see
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DeclarationEntity)
      .values(declaration)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return;

    await manager.insert(
      DeclarationItemEntity,
      command.items.map((item, position) => {
        const assessed = assessment.items[position];
        return {
          declarationId: declaration.id,
          position,
          artworkId: item.artworkId,
          title: item.attributes.title,
          artistName: item.attributes.artist.name,
          creationYear: item.attributes.creationYear,
          category: item.attributes.category,
          originCountry: item.attributes.originCountry,
          value: MoneyColumns.of(MoneyDto.toMoney(item.attributes.value)),
          attributes: instanceToPlain(item.attributes),
          hsCode: assessed.hsCode,
          outcome: assessed.outcome,
          findings: assessed.findings.map(findingView),
          licencesRequired: [...assessed.licencesRequired],
        };
      }),
    );
    await appendAudit(
      manager,
      {
        declarationId: declaration.id,
        at: now,
        actor: command.exporterId,
        action: 'FILED',
        details: {
          shipmentId: command.shipmentId,
          items: command.items.length,
          command: context.envelope.id,
        },
      },
      {
        declarationId: declaration.id,
        at: now,
        actor: AUTOMATIC,
        action: 'AUTOMATIC_OUTCOME',
        toStatus: decision.status,
        reason: decision.reason,
        details: {
          outcome: assessment.outcome,
          ruleIds: decision.ruleIds,
          ruleBookVersion: assessment.ruleBookVersion,
          declarationDate: assessment.date,
          ...(declaration.reviewDueAt && { reviewDueAt: declaration.reviewDueAt.toISOString() }),
        },
      },
    );
    await this.announce(declaration, decision.ruleIds, context);
  }

  private async announce(
    declaration: DeclarationEntity,
    ruleIds: string[],
    context: MessageContext,
  ): Promise<void> {
    const meta = { subject: declaration.id };
    const decided = {
      declarationId: declaration.id,
      shipmentId: declaration.shipmentId,
      decidedBy: AUTOMATIC,
    };
    await context.publish(
      DeclarationFiled,
      {
        ...decided,
        outcome: declaration.outcome,
        ...(declaration.reviewDueAt && { reviewDueAt: declaration.reviewDueAt.toISOString() }),
      },
      meta,
    );
    if (declaration.status === 'CLEARED') {
      const duties = dutiesPayload(declaration);
      await context.publish(DeclarationCleared, { ...decided, ...(duties && { duties }) }, meta);
    } else if (declaration.status === 'REJECTED') {
      await context.publish(
        DeclarationRejected,
        { ...decided, reason: declaration.decisionReason!, ruleIds },
        meta,
      );
    }
  }
}
