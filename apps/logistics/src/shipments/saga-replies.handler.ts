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
  DeclarationInfoAnswered,
  DeclarationInfoAnsweredV1,
  DeclarationInfoRequested,
  DeclarationInfoRequestedV1,
  DeclarationRejected,
  DeclarationRejectedV1,
  DeclarationReviewOverdue,
  DeclarationReviewOverdueV1,
  EscrowFunded,
  EscrowUnfunded,
  EscrowUnfundedV1,
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
import { SagaStep, stepFromMessage } from './saga-step';
import { ShipmentSaga } from './shipment-saga';

/**
 * The replies of catalog, customs and payments that drive the saga. Each runs in the inbox's
 * transaction: a message delivered again never gets here twice, and what a step sends commits
 * with it.
 */
@Controller()
export class SagaRepliesHandler {
  constructor(private readonly saga: ShipmentSaga) {}

  /** What the steps write is held back and written with the rest of the chunk, at its end. */
  private step(context: MessageContext, run: (step: SagaStep) => Promise<void>): Promise<void> {
    return run(stepFromMessage(context));
  }

  @EventPattern(ArtworksReserved.type)
  onArtworksReserved(@Payload() event: ArtworksReservedV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.artworksReserved(step, event));
  }

  @EventPattern(ArtworkReservationRefused.type)
  onReservationRefused(
    @Payload() event: ArtworkReservationRefusedV1,
    @Ctx() context: MessageContext,
  ) {
    return this.step(context, (step) => this.saga.reservationRefused(step, event));
  }

  @EventPattern(ArtworksReleased.type)
  onArtworksReleased(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.artworksReleased(step, event));
  }

  @EventPattern(ArtworksMarkedInTransit.type)
  onArtworksMarkedInTransit(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.artworksMarkedInTransit(step, event));
  }

  @EventPattern(ArtworksExported.type)
  onArtworksExported(@Payload() event: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.artworksExported(step, event));
  }

  @EventPattern(DeclarationFiled.type)
  onDeclarationFiled(@Payload() event: DeclarationFiledV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.declarationFiled(step, event));
  }

  @EventPattern(DeclarationInfoRequested.type)
  onDeclarationInfoRequested(
    @Payload() event: DeclarationInfoRequestedV1,
    @Ctx() context: MessageContext,
  ) {
    return this.step(context, (step) => this.saga.declarationInfoRequested(step, event));
  }

  @EventPattern(DeclarationInfoAnswered.type)
  onDeclarationInfoAnswered(
    @Payload() event: DeclarationInfoAnsweredV1,
    @Ctx() context: MessageContext,
  ) {
    return this.step(context, (step) => this.saga.declarationInfoAnswered(step, event));
  }

  @EventPattern(DeclarationReviewOverdue.type)
  onDeclarationReviewOverdue(
    @Payload() event: DeclarationReviewOverdueV1,
    @Ctx() context: MessageContext,
  ) {
    return this.step(context, (step) => this.saga.declarationReviewOverdue(step, event));
  }

  @EventPattern(DeclarationCleared.type)
  onDeclarationCleared(@Payload() event: DeclarationClearedV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.declarationCleared(step, event));
  }

  @EventPattern(DeclarationRejected.type)
  onDeclarationRejected(@Payload() event: DeclarationRejectedV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.declarationRejected(step, event));
  }

  @EventPattern(InvoiceIssued.type)
  onInvoiceIssued(@Payload() event: InvoiceIssuedV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.invoiceIssued(step, event));
  }

  @EventPattern(InvoicePartiallyPaid.type)
  onInvoicePartiallyPaid(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.invoicePartiallyPaid(step, event));
  }

  @EventPattern(EscrowFunded.type)
  onEscrowFunded(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.escrowFunded(step, event));
  }

  @EventPattern(EscrowUnfunded.type)
  onEscrowUnfunded(@Payload() event: EscrowUnfundedV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.escrowUnfunded(step, event));
  }

  @EventPattern(EscrowHeld.type)
  onEscrowHeld(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.escrowHeld(step, event));
  }

  @EventPattern(EscrowReleased.type)
  onEscrowReleased(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.escrowReleased(step, event));
  }

  @EventPattern(InvoiceVoided.type)
  onInvoiceVoided(@Payload() event: InvoiceEventV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.invoiceVoided(step, event));
  }

  @EventPattern(InvoiceRefunded.type)
  onInvoiceRefunded(@Payload() event: InvoiceAmountV1, @Ctx() context: MessageContext) {
    return this.step(context, (step) => this.saga.invoiceRefunded(step, event));
  }
}
