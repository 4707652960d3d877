import {
  DeclarationInfoAnswered,
  MoneyDto,
  type DeclarationInfoAnsweredV1,
} from '@artbridge/contracts';
import { toMoneyJson } from '@artbridge/money';
import type { Principal } from '@artbridge/platform-auth';
import { Outbox } from '@artbridge/platform-messaging';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { isoDateOf } from '../assessment/domain';
import { CUSTOMS_SETTINGS, type CustomsSettings } from '../customs-settings';
import { appendAudit } from './audit-trail';
import {
  clearedMessage,
  infoRequestedMessage,
  rejectedMessage,
  type DeclarationMessage,
} from './declaration-events';
import type { AnswerDto, AttachLicenceDto, DecisionDto } from './declaration.dto';
import { notFound } from './declaration-reader';
import {
  DeclarationEntity,
  DeclarationItemEntity,
  DeclarationLicenceEntity,
  type AuditAction,
} from './declaration.entity';
import type { LicenceResponse } from './declaration.response';
import { licenceView } from './declaration.view';
import {
  answerInfoRequest,
  assessedDutiesOnApproval,
  attachableLicenceTypes,
  decide,
  licenceAttachConflict,
  licenceProblems,
  missingLicences,
  ownDeclarationRefusal,
  reviewDeadline,
  type AssessedDuties,
  type Decision,
  type DeclarationStatus,
  type MissingLicence,
} from './domain/review';
import { dutiesDeferredOf, dutiesToAssessOf } from './duties-payload';

/** The officer's assessment on the trail, as the details' plain JSON holds it: `duty 130.00 CNY`. */
function assessedDutiesDetail(assessed: AssessedDuties): string[] {
  const text = (label: string, money: AssessedDuties['duty']) => {
    const { amount, currency } = toMoneyJson(money);
    return `${label} ${amount} ${currency}`;
  };
  return [text('duty', assessed.duty), text('vat', assessed.vat), text('total', assessed.total)];
}

/**
 * 409 for a step the declaration's status refuses, saying the status machine-readably:
 * `{ statusCode: 409, error, message, currentStatus }`, plus what else the caller needs.
 */
function conflict(
  message: string,
  currentStatus: DeclarationStatus,
  extra: Record<string, unknown> = {},
): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message,
    currentStatus,
    ...extra,
  });
}

const DECISION_ACTIONS: Readonly<Record<Decision, AuditAction>> = {
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
  REQUEST_INFO: 'INFO_REQUESTED',
};

/**
 * The review workflow: officers decide, exporters attach licences and answer questions. Each
 * use case locks the declaration, so two officers deciding at once cannot both succeed, and
 * writes the change, its audit entry and its event in one transaction.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(CUSTOMS_SETTINGS) private readonly settings: CustomsSettings,
  ) {}

  async decide(officer: Principal, id: string, dto: DecisionDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const declaration = await this.lock(manager, id);
      if (!declaration) throw notFound(id);
      const own = ownDeclarationRefusal(declaration, officer.username);
      if (own) throw new ForbiddenException(own);
      const now = new Date();
      const approving = dto.decision === 'APPROVE' && declaration.status === 'PENDING_REVIEW';
      // one after the other: a transaction has one connection
      const items = approving ? await this.items(manager, id) : [];
      const missing = approving
        ? await this.missingLicences(manager, id, items, isoDateOf(now))
        : [];
      const step = decide(declaration.status, dto.decision, missing);
      if ('conflict' in step)
        throw conflict(step.conflict, declaration.status, {
          ...(missing.length > 0 && { missingLicences: missing }),
        });
      const assessed = approving ? this.assessedDuties(declaration, items, dto) : null;

      const reason = dto.reason?.trim() || null;
      const final = dto.decision !== 'REQUEST_INFO';
      const assessedColumns = assessed && {
        assessedDutyMinor: assessed.duty.minor,
        assessedVatMinor: assessed.vat.minor,
      };
      await manager.update(DeclarationEntity, id, {
        status: step.status,
        ...(final && { decidedBy: officer.username, decidedAt: now, decisionReason: reason }),
        ...assessedColumns,
      });
      await appendAudit(manager, {
        declarationId: id,
        at: now,
        actor: officer.username,
        action: DECISION_ACTIONS[dto.decision],
        fromStatus: declaration.status,
        toStatus: step.status,
        reason,
        details: {
          decision: dto.decision,
          ...(assessed && { assessedDuties: assessedDutiesDetail(assessed) }),
        },
      });
      const by = officer.username;
      await this.publish(
        manager,
        declaration,
        dto.decision === 'APPROVE'
          ? clearedMessage({ ...declaration, ...assessedColumns }, by)
          : dto.decision === 'REJECT'
            ? // an officer's own reason: no rule of the book rejected it
              rejectedMessage(declaration, by, reason!, [])
            : infoRequestedMessage(declaration, by, reason!),
      );
    });
  }

  /**
   * The duties an approval clears with: none of the officer's when the engine's are complete or
   * deferred in bond; the officer's when it left some for review (else 409, naming the lines).
   */
  private assessedDuties(
    declaration: DeclarationEntity,
    items: readonly DeclarationItemEntity[],
    dto: DecisionDto,
  ): AssessedDuties | null {
    const given = dto.duties
      ? { duty: MoneyDto.toMoney(dto.duties.duty), vat: MoneyDto.toMoney(dto.duties.vat) }
      : undefined;
    const step = assessedDutiesOnApproval(
      dutiesToAssessOf(declaration, items),
      declaration.dutiesCurrency,
      given,
      dutiesDeferredOf(declaration),
    );
    if ('conflict' in step) throw conflict(step.conflict, declaration.status);
    if ('invalid' in step) throw new BadRequestException(step.invalid);
    return step.assessed;
  }

  async attachLicence(
    exporter: Principal,
    id: string,
    dto: AttachLicenceDto,
  ): Promise<LicenceResponse> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.lockOwn(manager, exporter, id);
      const refused = licenceAttachConflict(declaration.status);
      if (refused) throw conflict(refused, declaration.status);
      const artworkId = dto.artworkId ?? null;
      const items = await this.items(manager, id);
      const item = artworkId === null ? undefined : items.find((i) => i.artworkId === artworkId);
      if (artworkId !== null && !item)
        throw new BadRequestException([
          `artworkId ${artworkId} is not an item of declaration ${id}`,
        ]);
      // only a licence this declaration (or the item named) asks for counts towards approval
      const problems = licenceProblems(
        dto,
        isoDateOf(now),
        attachableLicenceTypes(items, artworkId),
        item ? `items[${item.position}]` : 'the declaration',
      );
      if (problems.length > 0) throw new BadRequestException(problems);
      const duplicate = await manager.existsBy(DeclarationLicenceEntity, {
        declarationId: id,
        type: dto.type,
        number: dto.number,
        artworkId: artworkId ?? IsNull(),
      });
      if (duplicate)
        throw conflict(
          `${dto.type} ${dto.number} is already attached to declaration ${id}`,
          declaration.status,
        );

      const licence: DeclarationLicenceEntity = {
        id: uuidv7(),
        declarationId: id,
        artworkId,
        type: dto.type,
        number: dto.number,
        issuer: dto.issuer,
        validUntil: dto.validUntil,
        attachedBy: exporter.username,
        attachedAt: now,
      };
      await manager.insert(DeclarationLicenceEntity, licence);
      await appendAudit(manager, {
        declarationId: id,
        at: now,
        actor: exporter.username,
        action: 'LICENCE_ATTACHED',
        details: {
          licenceId: licence.id,
          type: licence.type,
          number: licence.number,
          issuer: licence.issuer,
          validUntil: licence.validUntil,
          artworkId,
        },
      });
      return licenceView(licence);
    });
  }

  /**
   * The exporter's answer returns the declaration to the queue with a fresh review deadline. An
   * export declaration says so to the shipment saga (customs.declaration.info-answered, with the
   * new deadline), in the same transaction; an import declaration's journey has no event for it.
   */
  async answer(exporter: Principal, id: string, dto: AnswerDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const declaration = await this.lockOwn(manager, exporter, id);
      const step = answerInfoRequest(declaration.status);
      if ('conflict' in step) throw conflict(step.conflict, declaration.status);
      const now = new Date();
      // the officers' clock starts again: the wait for the exporter was not theirs
      const reviewDueAt = reviewDeadline(now, this.settings.reviewSlaSeconds);
      await manager.update(DeclarationEntity, id, {
        status: step.status,
        reviewDueAt,
        overdueAt: null,
      });
      await appendAudit(manager, {
        declarationId: id,
        at: now,
        actor: exporter.username,
        action: 'INFO_ANSWERED',
        fromStatus: declaration.status,
        toStatus: step.status,
        details: { message: dto.message, reviewDueAt: reviewDueAt.toISOString() },
      });
      if (declaration.kind === 'EXPORT') {
        const answered: DeclarationInfoAnsweredV1 = {
          declarationId: declaration.id,
          shipmentId: declaration.shipmentId,
          answeredBy: exporter.username,
          answeredAt: now.toISOString(),
          reviewDueAt: reviewDueAt.toISOString(),
        };
        await this.publish(manager, declaration, {
          definition: DeclarationInfoAnswered,
          payload: answered,
        });
      }
    });
  }

  private lock(manager: EntityManager, id: string): Promise<DeclarationEntity | null> {
    return manager.findOne(DeclarationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The exporter's own declaration, locked; another's is 404 as if it did not exist. */
  private async lockOwn(
    manager: EntityManager,
    exporter: Principal,
    id: string,
  ): Promise<DeclarationEntity> {
    const declaration = await this.lock(manager, id);
    if (!declaration || declaration.exporterId !== exporter.username) throw notFound(id);
    return declaration;
  }

  private items(manager: EntityManager, id: string): Promise<DeclarationItemEntity[]> {
    return manager.find(DeclarationItemEntity, {
      where: { declarationId: id },
      order: { position: 'ASC' },
    });
  }

  private async missingLicences(
    manager: EntityManager,
    id: string,
    items: readonly DeclarationItemEntity[],
    today: string,
  ): Promise<MissingLicence[]> {
    const licences = await manager.find(DeclarationLicenceEntity, { where: { declarationId: id } });
    return missingLicences(items, licences, today);
  }

  private async publish(
    manager: EntityManager,
    declaration: DeclarationEntity,
    { definition, payload }: DeclarationMessage,
  ): Promise<void> {
    await this.outbox.add(manager, definition, payload, {
      subject: declaration.id,
      correlationId: declaration.correlationId,
    });
  }
}
