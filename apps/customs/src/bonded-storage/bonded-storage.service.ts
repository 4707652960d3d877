import type {
  BondedEnteredV1,
  BondedReExportedV1,
  BondedReleasedV1,
  BondedStorageEventV1,
} from '@artbridge/contracts';
import type { Money } from '@artbridge/money';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { toDomainAttributes } from '../assessment/artwork-attributes';
import { AssessmentService } from '../assessment/assessment.service';
import {
  bondedStorageRule,
  CUSTOMS_RULE_BOOK,
  isoDateOf,
  type BondedMovement,
  type IsoDate,
} from '../assessment/domain';
import { CUSTOMS_SETTINGS, type CustomsSettings } from '../customs-settings';
import { appendAudit } from '../declarations/audit-trail';
import {
  assessedColumns,
  assessedItems,
  assessForMessage,
  recordFiling,
} from '../declarations/declaration-filing';
import {
  DeclarationAuditEntity,
  DeclarationEntity,
  DeclarationItemEntity,
  type AuditDetails,
} from '../declarations/declaration.entity';
import { AUTOMATIC, automaticDecision } from '../declarations/domain/review';
import {
  BONDED_ACTIONS,
  bondedMovementReason,
  importDeclarationDate,
  LOGISTICS,
  releasedItems,
  releasedPrice,
  releasePurpose,
  type BondedNote,
} from './domain/bonded-storage';
import {
  chargedAtExport,
  creditDutyPaidAtExport,
  paidAtExportCount,
  type RecordedExportDutyLine,
} from './domain/duty-paid-at-export';

/** The duty and VAT the officer who approved the declaration assessed, in its duties' currency. */
function officerAssessedDuties(
  declaration: DeclarationEntity,
): { readonly duty: Money; readonly vat: Money } | null {
  const { dutiesCurrency: currency, assessedDutyMinor: duty, assessedVatMinor: vat } = declaration;
  if (currency === null || duty === null || vat === null) return null;
  return { duty: { minor: duty, currency }, vat: { minor: vat, currency } };
}

/**
 * Customs' side of bonded storage in a free-trade zone, on logistics' reports. Entry and
 * re-export are noted on the shipment's export declaration (no duty); release to the domestic
 * market files an IMPORT declaration for the zone's country with the export declaration's
 * items, assessed by the engine for that country's import controls, duty and VAT, decided or
 * queued for an officer like an export. Works whose duty and VAT the export declaration already
 * charged (a shipment not declared bonded at submission), computed by the engine or assessed by
 * the approving officer, are not charged again: zero, with a DUTY-PAID-AT-EXPORT finding
 * (domain/duty-paid-at-export). Each in the inbox's transaction.
 */
@Injectable()
export class BondedStorageService {
  constructor(
    private readonly assessments: AssessmentService,
    @Inject(CUSTOMS_SETTINGS) private readonly settings: CustomsSettings,
  ) {}

  async entered(event: BondedEnteredV1, context: MessageContext): Promise<void> {
    const exported = await this.exportDeclaration(event, 'bonded-entered', context);
    await this.note(context, exported, event, new Date(event.enteredAt), {
      movement: 'ENTRY',
      location: event.location,
      declaredBonded: exported.ftzBonded,
    });
  }

  async reExported(event: BondedReExportedV1, context: MessageContext): Promise<void> {
    const exported = await this.exportDeclaration(event, 'bonded-re-exported', context);
    await this.note(context, exported, event, new Date(event.reExportedAt), {
      movement: 'RE_EXPORT',
      destination: event.destination,
    });
  }

  /** Files the import declaration; a shipment already declared for import changes nothing. */
  async released(event: BondedReleasedV1, context: MessageContext): Promise<void> {
    const { manager } = context;
    const imported = { shipmentId: event.shipmentId, kind: 'IMPORT' as const };
    if (await manager.existsBy(DeclarationEntity, imported)) return;
    const exported = await this.exportDeclaration(event, 'bonded-released', context);
    const declared = await manager.find(DeclarationItemEntity, {
      where: { declarationId: exported.id },
      order: { position: 'ASC' },
    });
    const { items, unknown } = releasedItems(declared, event.artworkIds);
    if (unknown.length > 0)
      throw new PermanentMessageError(
        `bonded-released names artworks ${unknown.join(', ')} that export declaration ${exported.id} of shipment ${event.shipmentId} does not hold: their attributes are unknown to customs`,
      );

    // the works as the export declaration declared them: what customs assessed then
    const works = items.map((item) => ({
      artworkId: item.artworkId,
      attributes: item.attributes,
    }));
    const now = new Date();
    const releasedAt = new Date(event.releasedAt);
    // released to the domestic market: no longer an exhibition (releasePurpose)
    const purpose = releasePurpose(exported.purpose);
    const assessed = await assessForMessage(
      this.assessments,
      {
        exportCountry: exported.exportCountry,
        importCountry: event.country,
        purpose,
        date: importDeclarationDate(releasedAt, now),
        declarationKind: 'IMPORT',
        ftzReleased: true,
        // a sale's works are valued at (their share of) its price, as on the export declaration
        price: releasedPrice(
          exported.purpose,
          exported.priceMinor === null || exported.priceCurrency === null
            ? undefined
            : { minor: exported.priceMinor, currency: exported.priceCurrency },
          declared.map((item) => ({
            position: item.position,
            value: toDomainAttributes(item.attributes).value,
          })),
          items.map((item) => item.position),
        ),
        items: works.map((work) => toDomainAttributes(work.attributes)),
      },
      context,
      now,
    );
    // not declared bonded: the duty and VAT its export declaration charged, the engine's or the
    // approving officer's, are not charged again
    const rule = this.rule(assessed.date, event.country, 'RELEASE');
    const charged = chargedAtExport(
      {
        ...exported,
        dutyLines: exported.dutyLines as RecordedExportDutyLine[] | null,
        items: declared,
        assessedDuties: officerAssessedDuties(exported),
      },
      event.country,
      items.map((item) => item.position),
    );
    const assessment = creditDutyPaidAtExport(assessed, charged, exported.id, rule?.ruleId);
    const decision = automaticDecision(assessment.outcome, assessment.items);
    const declaration: DeclarationEntity = {
      id: uuidv7(),
      ...imported,
      exportDeclarationId: exported.id,
      bondedZone: event.zone,
      bondedWarehouse: event.warehouse,
      bondedReleasedAt: releasedAt,
      ftzBonded: false,
      exporterId: exported.exporterId,
      correlationId: context.envelope.correlationId,
      consigneeName: event.importer.name,
      consigneeCountry: event.importer.country,
      consigneeAddress: event.importer.address,
      // consigned from where the shipment came; imported where the zone is
      exportCountry: exported.exportCountry,
      exportPlace: exported.exportPlace,
      importCountry: event.country,
      importPlace: event.zone,
      purpose,
      transportMode: exported.transportMode,
      incotermRule: exported.incotermRule,
      incotermPlace: exported.incotermPlace,
      priceMinor: exported.priceMinor,
      priceCurrency: exported.priceCurrency,
      ...assessedColumns(assessment, decision, now, this.settings.reviewSlaSeconds),
    };
    const recorded = await recordFiling(context, {
      declaration,
      items: assessedItems(declaration.id, works, assessment),
      decision,
      filedBy: AUTOMATIC,
      filedDetails: {
        shipmentId: event.shipmentId,
        items: works.length,
        exportDeclarationId: exported.id,
        zone: event.zone,
        country: event.country,
        warehouse: event.warehouse,
        releasedAt: releasedAt.toISOString(),
        importer: event.importer.name,
        ruleId: rule?.ruleId ?? null,
        exportDeclaredBonded: exported.ftzBonded,
        dutyPaidAtExport: paidAtExportCount(charged),
        event: context.envelope.id,
      },
    });
    if (!recorded) return;
    await this.note(context, exported, event, releasedAt, {
      movement: 'RELEASE',
      importDeclarationId: declaration.id,
      importer: event.importer.name,
      declaredBonded: exported.ftzBonded,
      dutyDue: (declaration.dutiesTotalMinor ?? 0n) > 0n,
    });
  }

  /** The shipment's export declaration: the works' attributes and the trail to note on. */
  private async exportDeclaration(
    event: BondedStorageEventV1,
    what: string,
    context: MessageContext,
  ): Promise<DeclarationEntity> {
    const declaration = await context.manager.findOneBy(DeclarationEntity, {
      shipmentId: event.shipmentId,
      kind: 'EXPORT',
    });
    // bond comes after dispatch, dispatch after clearance: without a declaration this is a fault
    if (!declaration)
      throw new PermanentMessageError(
        `${what} names shipment ${event.shipmentId}, of which customs has no export declaration: the works' attributes are unknown to customs`,
      );
    return declaration;
  }

  private rule(date: IsoDate, country: string, movement: BondedMovement) {
    return bondedStorageRule(CUSTOMS_RULE_BOOK, date, country, movement);
  }

  /** One entry on the export declaration's trail per movement: a repeated report adds none. */
  private async note(
    context: MessageContext,
    exported: DeclarationEntity,
    event: BondedStorageEventV1,
    movedAt: Date,
    note: BondedNote,
  ): Promise<void> {
    const { manager } = context;
    const action = BONDED_ACTIONS[note.movement];
    if (await manager.existsBy(DeclarationAuditEntity, { declarationId: exported.id, action }))
      return;
    const rule = this.rule(isoDateOf(movedAt), event.country, note.movement);
    const details: AuditDetails = {
      zone: event.zone,
      country: event.country,
      warehouse: event.warehouse,
      at: movedAt.toISOString(),
      ruleId: rule?.ruleId ?? null,
      ruleVersion: rule?.ruleVersion ?? null,
      dutyDue:
        note.movement === 'RELEASE' && !note.declaredBonded
          ? note.dutyDue
          : (rule?.dutyDue ?? note.movement === 'RELEASE'),
      event: context.envelope.id,
      ...(note.movement === 'ENTRY' && { location: note.location }),
      ...(note.movement === 'RELEASE' && { importDeclarationId: note.importDeclarationId }),
      ...(note.movement === 'RE_EXPORT' && {
        destinationCountry: note.destination.country,
        destinationPlace: note.destination.place,
      }),
    };
    await appendAudit(manager, {
      declarationId: exported.id,
      at: new Date(),
      actor: LOGISTICS,
      action,
      reason: bondedMovementReason(event, note, rule),
      details,
    });
  }
}
