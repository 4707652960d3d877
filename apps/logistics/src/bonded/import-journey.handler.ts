import {
  ImportDeclarationCleared,
  ImportDeclarationClearedV1,
  ImportDeclarationFiled,
  ImportDeclarationFiledV1,
  ImportDeclarationInfoRequested,
  ImportDeclarationInfoRequestedV1,
  ImportDeclarationRejected,
  ImportDeclarationRejectedV1,
  ImportDeclarationReviewOverdue,
  ImportDeclarationReviewOverdueV1,
  ImportDutyInvoiceIssued,
  ImportDutyInvoiceIssuedV1,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
  ImportDutyInvoicePaymentReversedV1,
  ImportDutyInvoicePaymentV1,
} from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { stepFromMessage } from '../shipments/saga-step';
import { addToTimeline } from '../shipments/shipment-journal';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { ImportJourneyStep, importJourney } from './domain/import-journey';

/**
 * Customs' import declaration and payments' import-duty invoice for works released from bonded
 * storage, onto the shipment's timeline. They move no saga state: the shipment's journey ended
 * when the works left bond. Runs in the inbox's transaction, so a redelivery adds nothing.
 */
@Controller()
export class ImportJourneyHandler {
  @EventPattern(ImportDeclarationFiled.type)
  onFiled(@Payload() event: ImportDeclarationFiledV1, @Ctx() context: MessageContext) {
    return record(context, event.shipmentId, importJourney.filed(event));
  }

  @EventPattern(ImportDeclarationCleared.type)
  onCleared(@Payload() event: ImportDeclarationClearedV1, @Ctx() context: MessageContext) {
    return record(context, event.shipmentId, importJourney.cleared(event));
  }

  @EventPattern(ImportDeclarationRejected.type)
  onRejected(@Payload() event: ImportDeclarationRejectedV1, @Ctx() context: MessageContext) {
    return record(context, event.shipmentId, importJourney.rejected(event));
  }

  @EventPattern(ImportDeclarationInfoRequested.type)
  onInfoRequested(
    @Payload() event: ImportDeclarationInfoRequestedV1,
    @Ctx() context: MessageContext,
  ) {
    return record(context, event.shipmentId, importJourney.infoRequested(event));
  }

  @EventPattern(ImportDeclarationReviewOverdue.type)
  onReviewOverdue(
    @Payload() event: ImportDeclarationReviewOverdueV1,
    @Ctx() context: MessageContext,
  ) {
    return record(context, event.shipmentId, importJourney.reviewOverdue(event));
  }

  @EventPattern(ImportDutyInvoiceIssued.type)
  onDutyInvoiced(@Payload() event: ImportDutyInvoiceIssuedV1, @Ctx() context: MessageContext) {
    return record(context, event.shipmentId, importJourney.dutyInvoiced(event));
  }

  @EventPattern(ImportDutyInvoicePartiallyPaid.type)
  onDutyPartiallyPaid(
    @Payload() event: ImportDutyInvoicePaymentV1,
    @Ctx() context: MessageContext,
  ) {
    return record(context, event.shipmentId, importJourney.dutyPartiallyPaid(event));
  }

  @EventPattern(ImportDutyInvoicePaid.type)
  onDutyPaid(@Payload() event: ImportDutyInvoicePaymentV1, @Ctx() context: MessageContext) {
    return record(context, event.shipmentId, importJourney.dutyPaid(event));
  }

  /**
   * The bank took back a payment of the duty: the timeline, the only record logistics keeps of
   * the duty, says it is owed again. Each event carries the amounts after it, so a later
   * IMPORT_DUTY_PAID (paid again) simply follows it in time.
   */
  @EventPattern(ImportDutyInvoicePaymentReversed.type)
  onDutyPaymentReversed(
    @Payload() event: ImportDutyInvoicePaymentReversedV1,
    @Ctx() context: MessageContext,
  ) {
    return record(context, event.shipmentId, importJourney.dutyPaymentReversed(event));
  }
}

/** On the timeline of a shipment logistics knows; news of any other is no concern of ours. */
async function record(
  context: MessageContext,
  shipmentId: string,
  step: ImportJourneyStep,
): Promise<void> {
  const { manager, trigger } = stepFromMessage(context);
  if (!(await manager.existsBy(ShipmentEntity, { id: shipmentId }))) return;
  await addToTimeline(manager, shipmentId, { ...step, ...trigger });
}
