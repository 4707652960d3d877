import { FileDeclarationV1, MoneyDto } from '@artbridge/contracts';
import { type Money } from '@artbridge/money';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { toDomainAttributes } from '../assessment/artwork-attributes';
import { AssessmentService } from '../assessment/assessment.service';
import { isoDateOf, type Assessment } from '../assessment/domain';
import { CUSTOMS_SETTINGS, type CustomsSettings } from '../customs-settings';
import {
  assessedColumns,
  assessedItems,
  assessForMessage,
  recordFiling,
} from './declaration-filing';
import { DeclarationEntity } from './declaration.entity';
import { automaticDecision } from './domain/review';

@Injectable()
export class FileDeclarationService {
  constructor(
    private readonly assessments: AssessmentService,
    @Inject(CUSTOMS_SETTINGS) private readonly settings: CustomsSettings,
  ) {}

  /**
   * Assesses the shipment as of today and stores its export declaration: CLEAR clears it,
   * PROHIBITED rejects it, REVIEW queues it for an officer with a deadline. All in the inbox's
   * transaction, with the events announcing it. A shipment already declared changes nothing.
   * Two statements when all goes well: the rates the engine needs, and the filing.
   */
  async file(command: FileDeclarationV1, context: MessageContext): Promise<void> {
    const declared = { shipmentId: command.shipmentId, kind: 'EXPORT' as const };
    const now = new Date();
    const { terms } = command;
    const ftzBonded = command.ftzBonded === true;
    const price: Money | undefined = command.price && MoneyDto.toMoney(command.price);
    // No look for a declaration first, a round trip on every filing: the insert's unique key
    // finds a repeated command, whose assessment is then thrown away. Only when the engine
    // refuses the repeat (today's rates, say) is the declaration looked for, so that the
    // repeat still changes nothing rather than being dead-lettered.
    let assessment: Assessment;
    try {
      assessment = await assessForMessage(
        this.assessments,
        {
          exportCountry: terms.origin.country,
          importCountry: terms.destination.country,
          purpose: terms.purpose,
          date: isoDateOf(now),
          // CN-FTZ-BONDED: the destination's duty and VAT deferred until the works leave bond
          ftzBonded,
          // a sale's customs value is its price (the transaction value), split over the items
          price,
          items: command.items.map((item) => toDomainAttributes(item.attributes)),
        },
        context,
        now,
      );
    } catch (error) {
      if (
        error instanceof PermanentMessageError &&
        (await context.manager.existsBy(DeclarationEntity, declared))
      )
        return;
      throw error;
    }

    const decision = automaticDecision(assessment.outcome, assessment.items);
    const declaration: DeclarationEntity = {
      id: uuidv7(),
      ...declared,
      exportDeclarationId: null,
      bondedZone: null,
      bondedWarehouse: null,
      bondedReleasedAt: null,
      ftzBonded,
      exporterId: command.exporterId,
      correlationId: context.envelope.correlationId,
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
      ...assessedColumns(assessment, decision, now, this.settings.reviewSlaSeconds),
    };
    await recordFiling(context, {
      declaration,
      items: assessedItems(declaration.id, command.items, assessment),
      decision,
      filedBy: command.exporterId,
      filedDetails: {
        shipmentId: command.shipmentId,
        items: command.items.length,
        ftzBonded,
        command: context.envelope.id,
      },
    });
  }
}
