import {
  ArtworkReservationRefused,
  ArtworkReservationRefusedV1,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  ArtworksReservedV1,
  DeclarationCleared,
  DeclarationClearedV1,
  DeclarationFiled,
  DeclarationFiledV1,
  DeclarationInfoRequested,
  DeclarationInfoRequestedV1,
  DeclarationRejected,
  DeclarationRejectedV1,
  DeclarationReviewOverdue,
  DeclarationReviewOverdueV1,
  EscrowFunded,
  EscrowHeld,
  EscrowReleased,
  InvoiceAmountV1,
  InvoiceEventV1,
  InvoiceIssued,
  InvoiceIssuedV1,
  InvoicePartiallyPaid,
  InvoiceRefunded,
  InvoiceVoided,
  ShipmentArtworksV1,
} from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { stepFromMessage } from './saga-step';
import { ShipmentSaga } from './shipment-saga';

/**
 * The replies of catalog, customs and payments that drive the saga. Each runs in the inbox's
 * transaction: a message delivered again never gets here twice, and what a step sends commits
 * with it.
 */
@Controller()
export class SagaRepliesHandler {
  constructor(private readonly saga: ShipmentSaga) {}

  @EventPattern(ArtworksReserved.type)
  onArtworksReserved(@Payload() event: ArtworksReservedV1, @Ctx() context: MessageContext) {
    return this.saga.artworksReserved(stepFromMessage(context), event);
  }

  @EventPattern(ArtworkReservationRefused.type)
  onReservationRefused(
    @Payload() event: ArtworkReservationRefusedV1,
    @Ctx() context: MessageContext,
  ) {
    return this.saga.reservationRefused(stepFromMessage(context), event);
  }

  @EventPattern(ArtworksReleased.type)
  onArtworksReleased(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.saga.artworksReleased(stepFromMessage(context), event);
  }

  @EventPattern(ArtworksMarkedInTransit.type)
  onArtworksMarkedInTransit(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.saga.artworksMarkedInTransit(stepFromMessage(context), event);
  }

  @EventPattern(ArtworksExported.type)
  onArtworksExported(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.saga.artworksExported(stepFromMessage(context), event);
  }

  @EventPattern(DeclarationFiled.type)
  onDeclarationFiled(@Payload() event: DeclarationFiledV1, @Ctx() context: MessageContext) {
    return this.saga.declarationFiled(stepFromMessage(context), event);
  }

  @EventPattern(DeclarationInfoRequested.type)
  onDeclarationInfoRequested(
    @Payload() event: DeclarationInfoRequestedV1,
    @Ctx() context: MessageContext,
  ) {
    return this.saga.declarationInfoRequested(stepFromMessage(context), event);
  }

  @EventPattern(DeclarationReviewOverdue.type)
  onDeclarationReviewOverdue(
    @Payload() event: DeclarationReviewOverdueV1,
    @Ctx() context: MessageContext,
  ) {
    return this.saga.declarationReviewOverdue(stepFromMessage(context), event);
  }

  @EventPattern(DeclarationCleared.type)
  onDeclarationCleared(@Payload() event: DeclarationClearedV1, @Ctx() context: MessageContext) {
    return this.saga.declarationCleared(stepFromMessage(context), event);
  }

  @EventPattern(DeclarationRejected.type)
  onDeclarationRejected(@Payload() event: DeclarationRejectedV1, @Ctx() context: MessageContext) {
    return this.saga.declarationRejected(stepFromMessage(context), event);
  }

  @EventPattern(InvoiceIssued.type)
  onInvoiceIssued(@Payload() event: InvoiceIssuedV1, @Ctx() context: MessageContext) {
    return this.saga.invoiceIssued(stepFromMessage(context), event);
  }

  @EventPattern(InvoicePartiallyPaid.type)
  onInvoicePartiallyPaid(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.saga.invoicePartiallyPaid(stepFromMessage(context), event);
  }

  @EventPattern(EscrowFunded.type)
  onEscrowFunded(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.saga.escrowFunded(stepFromMessage(context), event);
  }

  @EventPattern(EscrowHeld.type)
  onEscrowHeld(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.saga.escrowHeld(stepFromMessage(context), event);
  }

  @EventPattern(EscrowReleased.type)
  onEscrowReleased(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.saga.escrowReleased(stepFromMessage(context), event);
  }

  @EventPattern(InvoiceVoided.type)
  onInvoiceVoided(@Payload() event: InvoiceEventV1, @Ctx() context: MessageContext) {
    return this.saga.invoiceVoided(stepFromMessage(context), event);
  }

  @EventPattern(InvoiceRefunded.type)
  onInvoiceRefunded(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.saga.invoiceRefunded(stepFromMessage(context), event);
  }
}
