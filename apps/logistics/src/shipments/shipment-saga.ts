import {
  ArtworkReservationRefusedV1,
  ArtworksReservedV1,
  CancelInvoice,
  CancelOverdueInvoice,
  DeclarationClearedV1,
  DeclarationFiledV1,
  DeclarationInfoAnsweredV1,
  DeclarationInfoRequestedV1,
  DeclarationRejectedV1,
  DeclarationReviewOverdueV1,
  FileDeclaration,
  HoldEscrow,
  InvoiceAmountV1,
  EscrowUnfundedV1,
  InvoiceEventV1,
  InvoiceIssuedV1,
  IssueInvoice,
  MarkArtworksExported,
  MarkArtworksInTransit,
  MoneyDto,
  ReleaseArtworks,
  ReleaseEscrow,
  ReserveArtworks,
  ReservedArtworkV1,
  ReturnLegCompleted,
  ShipmentAccepted,
  ShipmentArtworksV1,
  ShipmentCancelled,
  ShipmentClaimOpened,
  ShipmentCompleted,
  ShipmentCustodyTransferred,
  ShipmentDelivered,
  ShipmentDispatched,
  ShipmentSubmitted,
  ShipmentTermsV1,
} from '@artbridge/contracts';
import { Money, formatAmount } from '@artbridge/money';
import { PermanentMessageError } from '@artbridge/platform-messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { AdmissionClocks } from '../admission/admission-clocks';
import { runsAdmissionClock } from '../admission/domain/temporary-admission';
import type { AssessedDamage } from '../condition-reports/domain/condition-report';
import { ShipmentClaimEntity } from '../condition-reports/shipment-claim.entity';
import { LOGISTICS_SETTINGS, LogisticsSettings } from '../logistics-settings';
import {
  Compensation,
  compensationsAfterOverdueInvoice,
  compensationsFor,
  overduePaymentCompensations,
} from './domain/compensations';
import { Custody, trackingDetail } from './domain/custody';
import { PlannedLine, invoiceBeyondBound, planInvoice } from './domain/invoice-plan';
import { escrowCommandOnceFundedAgain, marksPaymentReversed } from './domain/payment-reversal';
import { ShipmentEvent, transition } from './domain/shipment-status';
import { withTimeNote } from './domain/reported-time';
import { TrackingEventType } from './domain/tracking';
import { SagaStep } from './saga-step';
import { DisputeOutcome, settlementEvent } from './domain/dispute';
import {
  addToTimeline,
  closeDeadlines,
  markDeadlineFired,
  setDeadline,
  startDeadline,
} from './shipment-journal';
import { ShipmentDeadlineEntity, type DeadlineKind } from './shipment-deadline.entity';
import { ShipmentEntity, ShipmentPackage } from './shipment.entity';
import { insertShipment, lockShipment, saveShipment } from './shipment-rows';

const show = (money: Money) => `${formatAmount(money)} ${money.currency}`;
const showDto = (money: MoneyDto) => `${money.amount} ${money.currency}`;

/** Contract strings have maximum lengths; a long reason is cut rather than refused. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function priceOf(shipment: ShipmentEntity): Money | undefined {
  return shipment.priceMinor !== null && shipment.priceCurrency !== null
    ? { minor: shipment.priceMinor, currency: shipment.priceCurrency }
    : undefined;
}

function termsV1(shipment: ShipmentEntity): ShipmentTermsV1 {
  const { consignee, origin, destination, purpose, incoterm, transportMode } = shipment.terms;
  return {
    consignee: { ...consignee },
    origin: { ...origin },
    destination: { ...destination },
    purpose,
    incoterm: { ...incoterm },
    transportMode,
  };
}

/**
 * The timers of the saga itself, which a cancellation or the completion stops. An exhibition
 * loan's admission clock is not one of them: it runs on after the sale side is done, until the
 * works leave on the return leg.
 */
const SAGA_TIMERS: readonly DeadlineKind[] = ['PAYMENT_DUE', 'INSPECTION_PERIOD', 'REVIEW_SLA'];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The shipment saga (ARCHITECTURE.md, "The shipment saga"), orchestrated here: each method is
 * one step, run in the transaction of whatever drove it (a reply from catalog, customs or
 * payments, a request, a deadline), with the shipment row locked. A step changes the status only
 * as the table of domain/shipment-status allows; a reply that arrives twice, or late for a
 * shipment already past that step, changes nothing and sends nothing.
 */
@Injectable()
export class ShipmentSaga {
  private readonly logger = new Logger(ShipmentSaga.name);

  constructor(
    @Inject(LOGISTICS_SETTINGS) private readonly settings: LogisticsSettings,
    private readonly admission: AdmissionClocks,
  ) {}

  /** The shipment, locked until the step's transaction ends, so steps on it never interleave. */
  lock(
    manager: EntityManager,
    id: string,
    alsoLock?: readonly string[],
  ): Promise<ShipmentEntity | null> {
    return lockShipment(manager, id, alsoLock);
  }

  // ---------------------------------------------------------------- started by logistics

  /**
   * A new shipment: announce it and ask catalog to reserve its artworks. A return leg reserves
   * nothing: its works are abroad under the outbound shipment (catalog holds them as that
   * shipment's), so it files its declaration at once with the works as the outbound declared
   * them.
   */
  async submitted(
    step: SagaStep,
    shipment: ShipmentEntity,
    by = shipment.exporterId,
  ): Promise<void> {
    await insertShipment(step.manager, shipment);
    const { incoterm, transportMode, origin, destination } = shipment.terms;
    const returnOf = shipment.returnOfId;
    // at the submission's own time: an origin condition report is kept at or after it
    // (recordedReportTime), and so sorts after this entry
    await addToTimeline(step.manager, shipment.id, {
      at: shipment.submittedAt,
      type: 'SUBMITTED',
      source: 'logistics',
      detail: `${plural(shipment.artworkIds.length, 'artwork')}, ${origin.country} → ${destination.country}, ${incoterm.rule} ${incoterm.place} by ${transportMode}, submitted by ${by}${returnOf ? `; return leg of ${returnOf}` : ''}`,
    });
    await step.send(
      ShipmentSubmitted,
      {
        shipmentId: shipment.id,
        exporterId: shipment.exporterId,
        artworkIds: shipment.artworkIds,
        terms: termsV1(shipment),
        ...(returnOf && { returnOfShipmentId: returnOf }),
      },
      shipment.id,
    );
    if (returnOf && shipment.declaredItems) {
      this.require(shipment, 'ARTWORKS_RESERVED');
      await this.note(
        step,
        shipment,
        'NOTHING_TO_RESERVE',
        `the works are abroad under shipment ${returnOf}: nothing to reserve`,
        true,
      );
      await this.fileDeclaration(step, shipment, shipment.declaredItems);
      await this.save(step.manager, shipment);
      return;
    }
    await step.send(
      ReserveArtworks,
      {
        shipmentId: shipment.id,
        exporterId: shipment.exporterId,
        artworkIds: shipment.artworkIds,
        // catalog checks licensed products against the destination, and keeps loans ON_LOAN
        destinationCountry: destination.country,
        purpose: shipment.terms.purpose,
      },
      shipment.id,
    );
  }

  /** PAID → IN_TRANSIT; the caller has checked the status and the packaging. */
  async dispatched(
    step: SagaStep,
    shipment: ShipmentEntity,
    operator: string,
    packages: ShipmentPackage[],
  ): Promise<void> {
    this.require(shipment, 'DISPATCHED');
    shipment.packages = packages;
    shipment.dispatchedAt = step.trigger.at;
    // at the dispatch's own time: a carrier's scan is kept at or after it (recordedTrackingTime),
    // and so sorts after this entry
    await addToTimeline(step.manager, shipment.id, {
      at: shipment.dispatchedAt,
      type: 'DISPATCHED',
      source: 'logistics',
      detail: `dispatched by ${operator}${packages.length > 0 ? ` in ${plural(packages.length, 'package')}` : ''}`,
    });
    if (this.heldInCatalog(shipment)) {
      await step.send(MarkArtworksInTransit, this.artworksOf(shipment), shipment.id);
    }
    await step.send(ShipmentDispatched, { shipmentId: shipment.id }, shipment.id);
    if (shipment.returnOfId) {
      // The works leave the country of the exhibition: their temporary admission is discharged.
      await this.admission.discharge(step, shipment.returnOfId, shipment.id);
    }
    await this.save(step.manager, shipment);
  }

  /**
   * A carrier's report while IN_TRANSIT: the timeline, at the time the carrier gives, with the
   * custody hand-over when there was one.
   */
  async tracked(
    step: SagaStep,
    shipment: ShipmentEntity,
    report: {
      type: Exclude<TrackingEventType, 'DELIVERED'>;
      location: string;
      at: Date;
      reportedAt?: Date;
      custody?: Custody;
    },
  ): Promise<void> {
    await this.trackingEntry(step, shipment, report);
    if (report.custody) await this.save(step.manager, shipment);
  }

  /**
   * IN_TRANSIT → DELIVERED; the buyer's inspection period starts (none at all: accepted now).
   * An exhibition loan's works are ON_LOAN in catalog from now on (onLoanOnDelivery), and its
   * temporary-admission clock starts with the delivery, for a loan into China
   * (runsAdmissionClock).
   */
  async delivered(
    step: SagaStep,
    shipment: ShipmentEntity,
    report: { location: string; at: Date; reportedAt?: Date; custody?: Custody },
  ): Promise<void> {
    this.require(shipment, 'DELIVERED');
    shipment.deliveredAt = report.at;
    await this.trackingEntry(step, shipment, { ...report, type: 'DELIVERED' });
    await step.send(ShipmentDelivered, { shipmentId: shipment.id }, shipment.id);
    if (this.onLoanOnDelivery(shipment)) {
      // the command that exports a sale's works: catalog makes a loan's ON_LOAN instead, its
      // reservation having said what the shipment is for
      await step.send(MarkArtworksExported, this.artworksOf(shipment), shipment.id);
    }
    if (runsAdmissionClock(shipment.terms.purpose, shipment.terms.destination.country)) {
      await this.admission.start(step, shipment, report.at);
    }
    const inspectionEnds = new Date(report.at.getTime() + this.settings.inspectionSeconds * 1000);
    await startDeadline(step.manager, shipment.id, 'INSPECTION_PERIOD', inspectionEnds);
    if (this.settings.inspectionSeconds === 0) {
      await markDeadlineFired(step.manager, shipment.id, 'INSPECTION_PERIOD', step.trigger.at);
      await this.accepted(step, shipment, 'INSPECTION_PERIOD_ENDED', 'no inspection period');
    }
    await this.save(step.manager, shipment);
  }

  /** DELIVERED → ACCEPTED by the buyer, or by silence; escrow is released, the works exported. */
  async accepted(
    step: SagaStep,
    shipment: ShipmentEntity,
    event: 'BUYER_ACCEPTED' | 'INSPECTION_PERIOD_ENDED',
    reason: string,
  ): Promise<void> {
    this.require(shipment, event);
    await closeDeadlines(step.manager, shipment.id, ['INSPECTION_PERIOD']);
    await this.note(
      step,
      shipment,
      event === 'BUYER_ACCEPTED' ? 'ACCEPTED' : 'INSPECTION_PERIOD_ENDED',
      reason,
      true,
    );
    await step.send(
      ShipmentAccepted,
      { shipmentId: shipment.id, accepted: true, reason: clip(reason, 2000) },
      shipment.id,
    );
    await this.releaseToExporter(step, shipment, `accepted: ${reason}`);
    await this.save(step.manager, shipment);
  }

  /**
   * ACCEPTED (by the buyer, by silence, or a dispute settled for the exporter): a sale's works are
   * exported in catalog (a loan's went ON_LOAN on delivery) and escrow is released to the
   * exporter; COMPLETED when payments says it was, or now when nothing was invoiced.
   */
  private async releaseToExporter(
    step: SagaStep,
    shipment: ShipmentEntity,
    why: string,
  ): Promise<void> {
    if (this.heldInCatalog(shipment) && !this.onLoanOnDelivery(shipment)) {
      await step.send(MarkArtworksExported, this.artworksOf(shipment), shipment.id);
    }
    if (shipment.invoiceId !== null) {
      if (await this.escrowCommandWithheld(step, shipment, 'release')) return;
      await step.send(
        ReleaseEscrow,
        { shipmentId: shipment.id, reason: clip(why, 500) },
        shipment.id,
      );
    } else {
      // Nothing was invoiced, so no escrow holds anything: done now.
      this.require(shipment, 'NOTHING_TO_RELEASE');
      await this.completed(step, shipment);
    }
  }

  /**
   * When the buyer's inspection period of a DELIVERED shipment ends (its INSPECTION_PERIOD
   * deadline, still open), for the paths that open a dispute (`inspectionEndedProblem`); none
   * in any other status: a dispute already open was opened in time.
   */
  async inspectionEndsAt(
    manager: EntityManager,
    shipment: ShipmentEntity,
  ): Promise<Date | undefined> {
    if (shipment.status !== 'DELIVERED') return undefined;
    const deadline = await manager.findOneBy(ShipmentDeadlineEntity, {
      shipmentId: shipment.id,
      kind: 'INSPECTION_PERIOD',
    });
    return deadline && deadline.closedAt === null ? deadline.dueAt : undefined;
  }

  /** DELIVERED → DISPUTED: the buyer refused the works; the money stays in escrow. */
  async refused(step: SagaStep, shipment: ShipmentEntity, reason: string): Promise<void> {
    this.require(shipment, 'BUYER_REFUSED');
    await closeDeadlines(step.manager, shipment.id, ['INSPECTION_PERIOD']);
    await this.note(step, shipment, 'REFUSED', reason, true);
    await step.send(
      ShipmentAccepted,
      { shipmentId: shipment.id, accepted: false, reason: clip(reason, 2000) },
      shipment.id,
    );
    if (
      shipment.invoiceId !== null &&
      !(await this.escrowCommandWithheld(step, shipment, 'hold'))
    ) {
      await step.send(
        HoldEscrow,
        { shipmentId: shipment.id, reason: clip(`refused by the buyer: ${reason}`, 500) },
        shipment.id,
      );
    }
    await this.save(step.manager, shipment);
  }

  /**
   * New damage found at destination: the works suffered in transit. Like a refusal it is a
   * dispute (DELIVERED → DISPUTED, escrow held, no acceptance by silence), and it opens a claim
   * for the damage; a further finding while DISPUTED joins the claim.
   */
  async damageReported(
    step: SagaStep,
    shipment: ShipmentEntity,
    finding: {
      reportId: string;
      damages: readonly AssessedDamage[];
      reason: string;
      recordedBy: string;
    },
  ): Promise<ShipmentClaimEntity> {
    const before = shipment.status;
    this.require(shipment, 'DAMAGE_REPORTED');
    await closeDeadlines(step.manager, shipment.id, ['INSPECTION_PERIOD']);
    const open = await step.manager.findOne(ShipmentClaimEntity, {
      where: { shipmentId: shipment.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (open) {
      open.damages = [...open.damages, ...finding.damages];
      open.reportIds = [...open.reportIds, finding.reportId];
      await step.manager.update(ShipmentClaimEntity, open.id, {
        damages: open.damages,
        reportIds: open.reportIds,
      });
      await this.note(step, shipment, 'CLAIM_UPDATED', `claim ${open.id}: ${finding.reason}`, true);
      await this.save(step.manager, shipment);
      return open;
    }
    // Escrow is held once: a refusal before this has held it already. Escrow the bank's reversal
    // emptied is not held now (payments would refuse it), but once it is funded again.
    const holdEscrow =
      shipment.invoiceId !== null && before === 'DELIVERED' && shipment.paymentReversedAt === null;
    const claim = Object.assign(new ShipmentClaimEntity(), {
      id: uuidv7(),
      shipmentId: shipment.id,
      status: 'OPEN',
      openedAt: new Date(Math.max(Date.now(), step.trigger.at.getTime())),
      openedBy: finding.recordedBy,
      reason: finding.reason,
      damages: [...finding.damages],
      reportIds: [finding.reportId],
      escrowHeld: holdEscrow,
    } satisfies ShipmentClaimEntity);
    await step.manager.insert(ShipmentClaimEntity, claim);
    await this.note(
      step,
      shipment,
      'CLAIM_OPENED',
      `claim ${claim.id}: ${finding.reason}${holdEscrow ? '; escrow held until it is settled' : ''}`,
      true,
    );
    await step.send(
      ShipmentClaimOpened,
      {
        shipmentId: shipment.id,
        claimId: claim.id,
        reportId: finding.reportId,
        reason: clip(finding.reason, 2000),
        damages: finding.damages.map(({ location, description, severity }) => ({
          location,
          description,
          severity,
        })),
      },
      shipment.id,
    );
    if (holdEscrow) {
      await step.send(
        HoldEscrow,
        { shipmentId: shipment.id, reason: clip(`claim ${claim.id}: ${finding.reason}`, 500) },
        shipment.id,
      );
    } else if (shipment.invoiceId !== null && before === 'DELIVERED') {
      await this.escrowCommandWithheld(step, shipment, 'hold');
    }
    await this.save(step.manager, shipment);
    return claim;
  }

  /**
   * DISPUTED, settled by `by` (an ADMIN, until buyers and a mediation have accounts). For the
   * exporter it ends as an acceptance does: ACCEPTED, the works exported, escrow released, and
   * COMPLETED on payments' EscrowReleased. For the buyer the sale is undone through the
   * compensations (domain/compensations, from DISPUTED): CANCELLING, the invoice cancelled (its
   * held escrow refunded to the buyer) and the works released in catalog, CANCELLED once both are
   * confirmed. An open damage claim is settled with it. The caller has checked the status.
   */
  async disputeSettled(
    step: SagaStep,
    shipment: ShipmentEntity,
    settlement: { outcome: DisputeOutcome; reason: string; by: string },
  ): Promise<void> {
    const { outcome, reason, by } = settlement;
    const forExporter = outcome === 'RELEASE_TO_EXPORTER';
    const event = settlementEvent(outcome);
    const allowed = transition(shipment.status, event);
    if (!allowed.ok) throw new Error(`shipment ${shipment.id}: ${allowed.reason}`);
    const claim = await step.manager.findOne(ShipmentClaimEntity, {
      where: { shipmentId: shipment.id, status: 'OPEN' },
      lock: { mode: 'pessimistic_write' },
    });
    if (claim) {
      await step.manager.update(ShipmentClaimEntity, claim.id, {
        status: forExporter ? 'SETTLED_FOR_EXPORTER' : 'SETTLED_FOR_BUYER',
      });
    }
    const invoiced = forExporter ? shipment.invoiceId !== null : shipment.invoiceRequested;
    const consequence = forExporter
      ? invoiced
        ? 'escrow released to the exporter'
        : 'nothing in escrow to release'
      : invoiced
        ? 'escrow refunded to the buyer, the sale undone'
        : 'nothing in escrow to refund, the sale undone';
    await this.note(
      step,
      shipment,
      'DISPUTE_SETTLED',
      `settled for the ${forExporter ? 'exporter' : 'buyer'} by ${by}: ${reason}${claim ? ` (claim ${claim.id})` : ''}; ${consequence}`,
      true,
    );
    if (forExporter) {
      this.require(shipment, event);
      await this.releaseToExporter(
        step,
        shipment,
        `dispute settled for the exporter by ${by}: ${reason}`,
      );
      await this.save(step.manager, shipment);
      return;
    }
    await this.compensate(
      step,
      shipment,
      event,
      `dispute settled for the buyer by ${by}: ${reason}`,
    );
  }

  /** The scheduler found a deadline due; false when the shipment had moved on (nothing done). */
  async deadlinePassed(
    step: SagaStep,
    shipment: ShipmentEntity,
    kind: 'PAYMENT_DUE' | 'INSPECTION_PERIOD',
    dueAt: Date,
  ): Promise<boolean> {
    if (kind === 'PAYMENT_DUE') {
      if (!this.allows(shipment, 'PAYMENT_DEADLINE_PASSED')) return false;
      await this.note(
        step,
        shipment,
        'PAYMENT_DEADLINE_PASSED',
        `not paid in full by ${dueAt.toISOString()}`,
        true,
      );
      await this.cancelOverdueInvoice(
        step,
        shipment,
        dueAt,
        `payment not received by ${dueAt.toISOString()}`,
      );
      return true;
    }
    if (!this.allows(shipment, 'INSPECTION_PERIOD_ENDED')) return false;
    await this.accepted(
      step,
      shipment,
      'INSPECTION_PERIOD_ENDED',
      `inspection period ended ${dueAt.toISOString()} without a complaint`,
    );
    return true;
  }

  // ---------------------------------------------------------------- catalog's replies

  async artworksReserved(step: SagaStep, event: ArtworksReservedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'ArtworksReserved');
    if (!this.advance(shipment, 'ARTWORKS_RESERVED')) return;
    await this.note(
      step,
      shipment,
      'ARTWORKS_RESERVED',
      `${plural(event.artworks.length, 'artwork')} reserved`,
    );
    shipment.declaredItems = event.artworks;
    await this.fileDeclaration(step, shipment, event.artworks);
    await this.save(step.manager, shipment);
  }

  /** RESERVED: customs is asked to file the declaration of the works. */
  private async fileDeclaration(
    step: SagaStep,
    shipment: ShipmentEntity,
    items: ReservedArtworkV1[],
  ): Promise<void> {
    const price = priceOf(shipment);
    await step.send(
      FileDeclaration,
      {
        shipmentId: shipment.id,
        exporterId: shipment.exporterId,
        terms: termsV1(shipment),
        ...(price && { price: MoneyDto.from(price) }),
        items,
        ...(shipment.ftzBonded && { ftzBonded: true }),
      },
      shipment.id,
    );
    await this.note(
      step,
      shipment,
      'DECLARATION_REQUESTED',
      shipment.returnOfId
        ? 'return declaration sent to customs'
        : shipment.ftzBonded
          ? 'export declaration sent to customs, declared for FTZ bonded storage (CN-FTZ-BONDED): import duty and VAT deferred until the works leave bond'
          : 'export declaration sent to customs',
      true,
    );
  }

  async reservationRefused(step: SagaStep, event: ArtworkReservationRefusedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'ArtworkReservationRefused');
    if (!this.allows(shipment, 'RESERVATION_REFUSED')) return this.ignored(shipment, step);
    const refused = event.refused
      .map((artwork) => `${artwork.artworkId} ${artwork.reason}: ${artwork.detail}`)
      .join('; ');
    await this.note(step, shipment, 'RESERVATION_REFUSED', refused);
    await this.compensate(step, shipment, 'RESERVATION_REFUSED', `reservation refused: ${refused}`);
  }

  async artworksReleased(step: SagaStep, event: ShipmentArtworksV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'ArtworksReleased');
    await this.compensated(
      step,
      shipment,
      'RELEASE_ARTWORKS',
      'ARTWORKS_RELEASED',
      `${plural(event.artworkIds.length, 'artwork')} available again`,
    );
  }

  async artworksMarkedInTransit(step: SagaStep, event: ShipmentArtworksV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'ArtworksMarkedInTransit');
    await this.note(
      step,
      shipment,
      'ARTWORKS_IN_TRANSIT',
      `${plural(event.artworkIds.length, 'artwork')} in transit`,
    );
  }

  async artworksExported(step: SagaStep, event: ShipmentArtworksV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'ArtworksExported');
    await this.note(
      step,
      shipment,
      'ARTWORKS_EXPORTED',
      `${plural(event.artworkIds.length, 'artwork')} ${this.onLoanOnDelivery(shipment) ? 'on loan' : 'exported'}`,
    );
  }

  // ---------------------------------------------------------------- customs' replies

  async declarationFiled(step: SagaStep, event: DeclarationFiledV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationFiled');
    if (!this.advance(shipment, 'DECLARATION_FILED')) return;
    shipment.declarationId = event.declarationId;
    let detail = `declaration ${event.declarationId}: ${event.outcome}`;
    if (event.outcome === 'REVIEW') {
      this.require(shipment, 'DECLARATION_REVIEW_REQUIRED');
      detail += ', an officer reviews it';
      if (event.reviewDueAt) {
        detail += `; decision due by ${new Date(event.reviewDueAt).toISOString()}`;
        await startDeadline(step.manager, shipment.id, 'REVIEW_SLA', new Date(event.reviewDueAt));
      }
    }
    await this.note(step, shipment, 'DECLARATION_FILED', detail);
    await this.save(step.manager, shipment);
  }

  async declarationInfoRequested(step: SagaStep, event: DeclarationInfoRequestedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationInfoRequested');
    if (!this.advance(shipment, 'DECLARATION_INFO_REQUESTED')) return;
    await this.note(
      step,
      shipment,
      'DECLARATION_INFO_REQUESTED',
      `${event.decidedBy} asks: ${event.reason}`,
    );
    await this.save(step.manager, shipment);
  }

  /** Customs' review ran past its SLA: the user sees it; the saga keeps waiting. */
  async declarationReviewOverdue(step: SagaStep, event: DeclarationReviewOverdueV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationReviewOverdue');
    if (shipment.status !== 'PENDING_REVIEW') return this.ignored(shipment, step);
    await this.note(
      step,
      shipment,
      'DECLARATION_REVIEW_OVERDUE',
      `the officer's decision was due by ${new Date(event.reviewDueAt).toISOString()}`,
    );
  }

  /**
   * The exporter answered the officer's question: the declaration is back in the officers' queue
   * and customs' review SLA runs again from the answer, so the REVIEW_SLA shown moves with it.
   */
  async declarationInfoAnswered(step: SagaStep, event: DeclarationInfoAnsweredV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationInfoAnswered');
    if (shipment.status !== 'PENDING_REVIEW') return this.ignored(shipment, step);
    const reviewDueAt = new Date(event.reviewDueAt);
    await setDeadline(step.manager, shipment.id, 'REVIEW_SLA', reviewDueAt);
    await this.note(
      step,
      shipment,
      'DECLARATION_INFO_ANSWERED',
      `${event.answeredBy} answered; the officer's decision is now due by ${reviewDueAt.toISOString()}`,
    );
  }

  async declarationCleared(step: SagaStep, event: DeclarationClearedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationCleared');
    this.filedImplicitly(shipment, event.declarationId);
    if (!this.advance(shipment, 'DECLARATION_CLEARED')) return;
    await closeDeadlines(step.manager, shipment.id, ['REVIEW_SLA']);
    const duties = event.duties && {
      duty: MoneyDto.toMoney(event.duties.duty),
      vat: MoneyDto.toMoney(event.duties.vat),
      total: MoneyDto.toMoney(event.duties.total),
    };
    await this.note(
      step,
      shipment,
      'DECLARATION_CLEARED',
      `cleared by ${event.decidedBy}` +
        (duties ? `; duties ${show(duties.duty)}, VAT ${show(duties.vat)}` : '; no duties'),
    );

    const { incoterm, destination, consignee } = shipment.terms;
    const plan = planInvoice({
      price: priceOf(shipment),
      duties,
      incoterm,
      destinationCountry: destination.country,
    });
    if (plan.dutiesNote) {
      await this.note(step, shipment, 'DUTIES_NOT_INVOICED', plan.dutiesNote, true);
    }
    if (plan.invoice) {
      const tooLarge = invoiceBeyondBound(plan.lines);
      if (tooLarge) return this.invoiceTooLarge(step, shipment, plan.lines, tooLarge);
      const dueAt = new Date(step.trigger.at.getTime() + this.settings.paymentDueSeconds * 1000);
      await step.send(
        IssueInvoice,
        {
          shipmentId: shipment.id,
          exporterId: shipment.exporterId,
          buyer: { ...consignee },
          lines: plan.lines.map((line) => ({
            kind: line.kind,
            description: line.description,
            amount: MoneyDto.from(line.amount),
          })),
          dueAt: dueAt.toISOString(),
        },
        shipment.id,
      );
      shipment.invoiceRequested = true;
      await this.note(
        step,
        shipment,
        'INVOICE_REQUESTED',
        `${show(plan.total)} (${plan.lines.map((line) => line.kind).join(', ')}) to ${consignee.name}, due by ${dueAt.toISOString()}`,
        true,
      );
    } else {
      this.require(shipment, 'NOTHING_TO_INVOICE');
      await this.note(step, shipment, 'NOTHING_TO_INVOICE', plan.reason, true);
    }
    await this.save(step.manager, shipment);
  }

  /**
   * CLEARED, but payments could not issue the invoice (invoiceBeyondBound): it would dead-letter
   * the IssueInvoice and the shipment would stay CLEARED for good, its works reserved. Nothing is
   * invoiced; the shipment is cancelled through the compensations (the works released).
   */
  private async invoiceTooLarge(
    step: SagaStep,
    shipment: ShipmentEntity,
    lines: readonly PlannedLine[],
    reason: string,
  ): Promise<void> {
    const amounts = lines.map((line) => `${line.kind} ${show(line.amount)}`).join(' + ');
    await this.note(
      step,
      shipment,
      'INVOICE_TOO_LARGE',
      `${amounts}: ${reason}; no invoice requested`,
      true,
    );
    await this.compensate(step, shipment, 'INVOICE_TOO_LARGE', reason);
  }

  async declarationRejected(step: SagaStep, event: DeclarationRejectedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'DeclarationRejected');
    this.filedImplicitly(shipment, event.declarationId);
    // Rule ids mean the rules forbid the export; without them it is an officer's own reason.
    const cause: ShipmentEvent =
      event.ruleIds.length > 0 ? 'DECLARATION_PROHIBITED' : 'DECLARATION_REJECTED';
    if (!this.allows(shipment, cause)) return this.ignored(shipment, step);
    const rules = event.ruleIds.length > 0 ? ` [${event.ruleIds.join(', ')}]` : '';
    await this.note(
      step,
      shipment,
      'DECLARATION_REJECTED',
      `rejected by ${event.decidedBy}: ${event.reason}${rules}`,
    );
    await this.compensate(step, shipment, cause, `declaration rejected: ${event.reason}${rules}`);
  }

  // ---------------------------------------------------------------- payments' replies

  async invoiceIssued(step: SagaStep, event: InvoiceIssuedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'InvoiceIssued');
    if (!this.advance(shipment, 'INVOICE_ISSUED')) return;
    shipment.invoiceId = event.invoiceId;
    // The invoice's own due date is the one the buyer was told.
    const dueAt = new Date(event.dueAt);
    await startDeadline(step.manager, shipment.id, 'PAYMENT_DUE', dueAt);
    await this.note(
      step,
      shipment,
      'INVOICE_ISSUED',
      `invoice ${event.reference} for ${showDto(event.total)}, due by ${dueAt.toISOString()}`,
    );
    await this.save(step.manager, shipment);
  }

  async invoicePartiallyPaid(step: SagaStep, event: InvoiceAmountV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'InvoicePartiallyPaid');
    await this.note(
      step,
      shipment,
      'INVOICE_PARTIALLY_PAID',
      `${showDto(event.amount)} received so far`,
    );
  }

  async escrowFunded(step: SagaStep, event: InvoiceAmountV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'EscrowFunded');
    if (this.awaitsOverdueInvoice(shipment))
      return this.paidBeforeCancellation(step, shipment, event);
    if (shipment.paymentReversedAt !== null)
      return this.paidAgainAfterDispatch(step, shipment, event);
    if (!this.advance(shipment, 'ESCROW_FUNDED')) return;
    await closeDeadlines(step.manager, shipment.id, ['PAYMENT_DUE']);
    await this.note(
      step,
      shipment,
      'ESCROW_FUNDED',
      `${showDto(event.amount)} paid in full, held in escrow`,
    );
    await this.save(step.manager, shipment);
  }

  /**
   * The bank reversed the buyer's payment and payments no longer holds escrow. A PAID shipment
   * (not dispatched) goes back to AWAITING_PAYMENT and its PAYMENT_DUE deadline runs again from
   * the invoice's original due date (already past: the scheduler fires it at once and payments
   * decides on the overdue cancellation). Once the works have left (domain/payment-reversal)
   * the journey goes on, the shipment marked (`paymentReversedAt`, for finance), and escrow is
   * neither released nor held until it is funded again (`escrowCommandWithheld`,
   * `paidAgainAfterDispatch`). In any other status only the timeline tells it.
   */
  async escrowUnfunded(step: SagaStep, event: EscrowUnfundedV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'EscrowUnfunded');
    let detail = `${showDto(event.amount)} no longer held in escrow: ${event.reason}`;
    if (this.advance(shipment, 'PAYMENT_REVERSED')) {
      await this.reopenPaymentDue(step, shipment);
      await this.save(step.manager, shipment);
    } else if (marksPaymentReversed(shipment.status, shipment.invoiceId !== null)) {
      shipment.paymentReversedAt ??= step.trigger.at;
      shipment.updatedAt = new Date();
      detail +=
        '; the works have left: escrow is neither released nor held for them until the buyer has paid again';
      await this.save(step.manager, shipment);
    }
    await this.note(step, shipment, 'PAYMENT_REVERSED', detail);
  }

  /**
   * Escrow funded again after a reversal heard once the works had left: the mark is lifted, and
   * what was withheld meanwhile goes now (domain/payment-reversal): an ACCEPTED shipment's
   * release (again, if payments refused one sent before the reversal: a release already done
   * changes nothing there), a DISPUTED one's hold (the open claim's escrow held with it).
   */
  private async paidAgainAfterDispatch(
    step: SagaStep,
    shipment: ShipmentEntity,
    event: InvoiceAmountV1,
  ): Promise<void> {
    const reversedAt = shipment.paymentReversedAt;
    shipment.paymentReversedAt = null;
    shipment.updatedAt = new Date();
    const owed = escrowCommandOnceFundedAgain(shipment.status);
    await this.note(
      step,
      shipment,
      'ESCROW_FUNDED',
      `${showDto(event.amount)} paid again, held in escrow (the payment reversed ${reversedAt?.toISOString()} is made good)` +
        (owed === 'RELEASE_ESCROW'
          ? '; releasing it to the exporter, as accepted'
          : owed === 'HOLD_ESCROW'
            ? '; held until the dispute is settled'
            : ''),
    );
    const why = "escrow funded again after the bank reversed the buyer's payment";
    if (owed === 'RELEASE_ESCROW') {
      await step.send(
        ReleaseEscrow,
        { shipmentId: shipment.id, reason: `accepted; ${why}` },
        shipment.id,
      );
    } else if (owed === 'HOLD_ESCROW') {
      await step.manager.update(
        ShipmentClaimEntity,
        { shipmentId: shipment.id, status: 'OPEN' },
        { escrowHeld: true },
      );
      await step.send(
        HoldEscrow,
        { shipmentId: shipment.id, reason: `disputed; ${why}` },
        shipment.id,
      );
    }
    await this.save(step.manager, shipment);
  }

  /**
   * True, with a timeline entry saying so, when the bank reversed the buyer's payment after the
   * works left and escrow has not been funded since: payments would refuse to release or hold
   * escrow that holds nothing, so the command waits for `paidAgainAfterDispatch`.
   */
  private async escrowCommandWithheld(
    step: SagaStep,
    shipment: ShipmentEntity,
    command: 'release' | 'hold',
  ): Promise<boolean> {
    const reversedAt = shipment.paymentReversedAt;
    if (reversedAt === null) return false;
    await this.note(
      step,
      shipment,
      command === 'release' ? 'ESCROW_RELEASE_WITHHELD' : 'ESCROW_HOLD_WITHHELD',
      `the buyer's payment was reversed (${reversedAt.toISOString()}): escrow holds nothing to ${command}; ${command === 'release' ? 'ReleaseEscrow' : 'HoldEscrow'} goes once payments says escrow is funded again`,
      true,
    );
    return true;
  }

  async escrowHeld(step: SagaStep, event: InvoiceAmountV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'EscrowHeld');
    await this.note(
      step,
      shipment,
      'ESCROW_HELD',
      `${showDto(event.amount)} held until the dispute is settled`,
    );
  }

  async escrowReleased(step: SagaStep, event: InvoiceAmountV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'EscrowReleased');
    if (!this.advance(shipment, 'ESCROW_RELEASED')) return;
    await this.note(
      step,
      shipment,
      'ESCROW_RELEASED',
      `${showDto(event.amount)} released to ${shipment.exporterId}`,
    );
    await this.completed(step, shipment);
    await this.save(step.manager, shipment);
  }

  async invoiceVoided(step: SagaStep, event: InvoiceEventV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'InvoiceVoided');
    if (this.awaitsOverdueInvoice(shipment)) {
      return this.overdueInvoiceUndone(
        step,
        shipment,
        'INVOICE_VOIDED',
        `invoice ${event.invoiceId} voided`,
      );
    }
    await this.compensated(
      step,
      shipment,
      'CANCEL_INVOICE',
      'INVOICE_VOIDED',
      `invoice ${event.invoiceId} voided`,
    );
  }

  async invoiceRefunded(step: SagaStep, event: InvoiceAmountV1): Promise<void> {
    const shipment = await this.forReply(step, event.shipmentId, 'InvoiceRefunded');
    if (this.awaitsOverdueInvoice(shipment)) {
      return this.overdueInvoiceUndone(
        step,
        shipment,
        'INVOICE_REFUNDED',
        `${showDto(event.amount)} refunded to the buyer`,
      );
    }
    await this.compensated(
      step,
      shipment,
      'CANCEL_INVOICE',
      'INVOICE_REFUNDED',
      `${showDto(event.amount)} refunded to the buyer`,
    );
  }

  // ---------------------------------------------------------------- compensation

  /**
   * A failure: move to CANCELLING and send the undo commands for what was done, or straight to
   * CANCELLED when nothing was. The undo commands go through the outbox, so they are retried
   * until sent; each is confirmed by a reply (see `compensated`).
   */
  private async compensate(
    step: SagaStep,
    shipment: ShipmentEntity,
    cause: ShipmentEvent,
    reason: string,
  ): Promise<void> {
    const before = shipment.status;
    this.require(shipment, cause);
    shipment.cancellationReason = reason;
    await closeDeadlines(step.manager, shipment.id, SAGA_TIMERS);
    const undo = compensationsFor(before, shipment.invoiceRequested, this.heldInCatalog(shipment));
    if (shipment.status === 'CANCELLED' || undo.length === 0) {
      if (shipment.status === 'CANCELLING') this.require(shipment, 'COMPENSATION_COMPLETED');
      await this.cancelled(step, shipment);
    } else {
      shipment.pendingCompensations = undo;
      if (undo.includes('CANCEL_INVOICE')) {
        await step.send(
          CancelInvoice,
          { shipmentId: shipment.id, reason: clip(reason, 500) },
          shipment.id,
        );
      }
      if (undo.includes('RELEASE_ARTWORKS')) {
        await step.send(
          ReleaseArtworks,
          { ...this.artworksOf(shipment), reason: clip(reason, 500) },
          shipment.id,
        );
      }
      const doing = undo.map((u) =>
        u !== 'CANCEL_INVOICE'
          ? 'releasing the artworks'
          : before === 'DISPUTED'
            ? 'refunding the buyer from escrow'
            : 'cancelling the invoice',
      );
      await this.note(step, shipment, 'CANCELLING', `${reason}; ${doing.join(', ')}`, true);
    }
    await this.save(step.manager, shipment);
  }

  /**
   * The payment deadline passed (AWAITING_PAYMENT → CANCELLING): payments is asked to cancel the
   * invoice as overdue, and nothing else is undone yet. Payments owns the payment state: it keeps
   * an invoice it finds paid in full (escrow funded, its EscrowFunded maybe still on its way here:
   * logistics was down or behind), and the sale goes on (`paidBeforeCancellation`); an invoice it
   * voids or refunds releases the artworks (`overdueInvoiceUndone`).
   */
  private async cancelOverdueInvoice(
    step: SagaStep,
    shipment: ShipmentEntity,
    dueAt: Date,
    reason: string,
  ): Promise<void> {
    this.require(shipment, 'PAYMENT_DEADLINE_PASSED');
    shipment.cancellationReason = reason;
    await closeDeadlines(step.manager, shipment.id, SAGA_TIMERS);
    shipment.pendingCompensations = overduePaymentCompensations();
    await step.send(
      CancelOverdueInvoice,
      { shipmentId: shipment.id, reason: clip(reason, 500), dueAt: dueAt.toISOString() },
      shipment.id,
    );
    await this.note(
      step,
      shipment,
      'CANCELLING',
      `${reason}; cancelling the invoice as overdue (the artworks are released once payments has voided or refunded it)`,
      true,
    );
    await this.save(step.manager, shipment);
  }

  /** Payments' answer to the overdue invoice's cancellation is still awaited. */
  private awaitsOverdueInvoice(shipment: ShipmentEntity): boolean {
    return (
      shipment.status === 'CANCELLING' &&
      shipment.pendingCompensations.includes('CANCEL_OVERDUE_INVOICE')
    );
  }

  /**
   * Escrow was funded before payments took the overdue invoice's cancellation, which it then
   * keeps: the payment arrived in time for the sale. CANCELLING → PAID, nothing was undone; the
   * fired PAYMENT_DUE deadline is closed, as for any paid shipment.
   */
  private async paidBeforeCancellation(
    step: SagaStep,
    shipment: ShipmentEntity,
    event: InvoiceAmountV1,
  ): Promise<void> {
    this.require(shipment, 'PAID_BEFORE_CANCELLATION');
    shipment.pendingCompensations = [];
    shipment.cancellationReason = null;
    // pending again (un-fired), then closed: the timer no longer matters, the payment came
    await this.reopenPaymentDue(step, shipment);
    await closeDeadlines(step.manager, shipment.id, ['PAYMENT_DUE']);
    await this.note(
      step,
      shipment,
      'ESCROW_FUNDED',
      `${showDto(event.amount)} paid in full, held in escrow: the payment had arrived before the cancellation took effect, the invoice stands and the sale goes on`,
    );
    await this.save(step.manager, shipment);
  }

  /** The PAYMENT_DUE timer pending again, to its original due date (if it was ever started). */
  private async reopenPaymentDue(step: SagaStep, shipment: ShipmentEntity): Promise<void> {
    const deadline = await step.manager.findOneBy(ShipmentDeadlineEntity, {
      shipmentId: shipment.id,
      kind: 'PAYMENT_DUE',
    });
    if (deadline) await setDeadline(step.manager, shipment.id, 'PAYMENT_DUE', deadline.dueAt);
  }

  /** Payments voided or refunded the overdue invoice: now the rest is undone. */
  private async overdueInvoiceUndone(
    step: SagaStep,
    shipment: ShipmentEntity,
    type: string,
    detail: string,
  ): Promise<void> {
    const rest = compensationsAfterOverdueInvoice(this.heldInCatalog(shipment));
    shipment.pendingCompensations = rest;
    const releasing = rest.includes('RELEASE_ARTWORKS');
    await this.note(step, shipment, type, releasing ? `${detail}; releasing the artworks` : detail);
    if (releasing) {
      const reason = shipment.cancellationReason ?? 'payment overdue';
      await step.send(
        ReleaseArtworks,
        { ...this.artworksOf(shipment), reason: clip(reason, 500) },
        shipment.id,
      );
    }
    if (rest.length === 0) {
      this.require(shipment, 'COMPENSATION_COMPLETED');
      await this.cancelled(step, shipment);
    }
    await this.save(step.manager, shipment);
  }

  /** One undo step confirmed; the last one cancels the shipment. */
  private async compensated(
    step: SagaStep,
    shipment: ShipmentEntity,
    done: Compensation,
    type: string,
    detail: string,
  ): Promise<void> {
    if (shipment.status !== 'CANCELLING' || !shipment.pendingCompensations.includes(done)) {
      return this.ignored(shipment, step);
    }
    shipment.pendingCompensations = shipment.pendingCompensations.filter((c) => c !== done);
    await this.note(step, shipment, type, detail);
    if (shipment.pendingCompensations.length === 0) {
      this.require(shipment, 'COMPENSATION_COMPLETED');
      await this.cancelled(step, shipment);
    }
    await this.save(step.manager, shipment);
  }

  private async cancelled(step: SagaStep, shipment: ShipmentEntity): Promise<void> {
    const reason = shipment.cancellationReason ?? 'cancelled';
    await this.note(step, shipment, 'CANCELLED', reason, true);
    await step.send(
      ShipmentCancelled,
      { shipmentId: shipment.id, reason: clip(reason, 2000) },
      shipment.id,
    );
  }

  private async completed(step: SagaStep, shipment: ShipmentEntity): Promise<void> {
    await closeDeadlines(step.manager, shipment.id, SAGA_TIMERS);
    await this.note(step, shipment, 'COMPLETED', 'journey completed', true);
    await step.send(ShipmentCompleted, { shipmentId: shipment.id }, shipment.id);
    const returnOf = shipment.returnOfId;
    if (returnOf) {
      // The loan's works are home: catalog holds them as the outbound shipment's until it hears this.
      await step.send(
        ReturnLegCompleted,
        {
          shipmentId: returnOf,
          returnShipmentId: shipment.id,
          artworkIds: shipment.artworkIds,
          completedAt: new Date(Math.max(Date.now(), step.trigger.at.getTime())).toISOString(),
        },
        returnOf,
      );
    }
  }

  // ---------------------------------------------------------------- helpers

  private async forReply(step: SagaStep, shipmentId: string, what: string) {
    const shipment = await this.lock(step.manager, shipmentId, step.related);
    // Replies only come for shipments this service created, in the transaction that sent the
    // command: an unknown one is a fault to report (dead-letter), not something a retry fixes.
    if (!shipment) {
      throw new PermanentMessageError(`${what} names shipment ${shipmentId}, unknown to logistics`);
    }
    return shipment;
  }

  /**
   * Customs may send its decision without the filing notice before it: the decision implies
   * the filing.
   */
  private filedImplicitly(shipment: ShipmentEntity, declarationId: string): void {
    if (shipment.status === 'RESERVED') this.require(shipment, 'DECLARATION_FILED');
    shipment.declarationId ??= declarationId; // saved only if the decision is taken
  }

  private allows(shipment: ShipmentEntity, event: ShipmentEvent): boolean {
    return transition(shipment.status, event).ok;
  }

  /** For replies: moves the shipment, or returns false when it is past that step. */
  private advance(shipment: ShipmentEntity, event: ShipmentEvent): boolean {
    const result = transition(shipment.status, event);
    if (!result.ok) {
      this.logger.debug({ msg: 'late or repeated reply ignored', shipmentId: shipment.id, event });
      return false;
    }
    shipment.status = result.status;
    shipment.updatedAt = new Date();
    return true;
  }

  /** For steps whose status the caller has checked: a refusal here is a bug. */
  private require(shipment: ShipmentEntity, event: ShipmentEvent): void {
    const result = transition(shipment.status, event);
    if (!result.ok) throw new Error(`shipment ${shipment.id}: ${result.reason}`);
    shipment.status = result.status;
    shipment.updatedAt = new Date();
  }

  private ignored(shipment: ShipmentEntity, step: SagaStep): void {
    this.logger.debug({
      msg: 'late or repeated reply ignored',
      shipmentId: shipment.id,
      status: shipment.status,
      messageId: step.trigger.messageId,
    });
  }

  /**
   * Whether catalog holds the works for this shipment. A return leg's works are held by the
   * outbound shipment (catalog marked them exported with it): the return leg neither reserves,
   * moves nor releases them there.
   */
  private heldInCatalog(shipment: ShipmentEntity): boolean {
    return shipment.returnOfId === null;
  }

  /**
   * Whether catalog takes the works out with this shipment on delivery rather than on acceptance:
   * an exhibition loan's are lent, not sold, so they are ON_LOAN once at the venue (API.md,
   * ARCHITECTURE.md), whatever the inspection then finds. A refusal or new damage leaves them
   * there, abroad, until the return leg brings them home; only a sale waits for the buyer.
   */
  private onLoanOnDelivery(shipment: ShipmentEntity): boolean {
    return shipment.terms.purpose === 'TEMPORARY_EXHIBITION' && this.heldInCatalog(shipment);
  }

  /** A tracking report in the timeline, and the custody hand-over it records, if any. */
  private async trackingEntry(
    step: SagaStep,
    shipment: ShipmentEntity,
    report: {
      type: TrackingEventType;
      location: string;
      at: Date;
      reportedAt?: Date;
      custody?: Custody;
    },
  ): Promise<void> {
    const { custody } = report;
    const detail = trackingDetail(report.location, custody, shipment.custodian);
    await addToTimeline(step.manager, shipment.id, {
      at: report.at,
      type: report.type,
      source: 'logistics',
      detail: report.reportedAt
        ? withTimeNote(detail, 'carrier', report.reportedAt, report.at)
        : detail,
    });
    if (!custody) return;
    shipment.custodian = custody.to.trim();
    await step.send(
      ShipmentCustodyTransferred,
      {
        shipmentId: shipment.id,
        from: custody.from.trim(),
        to: custody.to.trim(),
        signedBy: custody.signedBy.trim(),
        trackingType: report.type,
        location: report.location,
        at: report.at.toISOString(),
      },
      shipment.id,
    );
  }

  private artworksOf(shipment: ShipmentEntity): ShipmentArtworksV1 {
    return { shipmentId: shipment.id, artworkIds: shipment.artworkIds };
  }

  /**
   * A timeline entry: at the time the triggering fact happened, from the service that reported
   * it; `own` for what logistics itself does or decides.
   */
  private note(
    step: SagaStep,
    shipment: ShipmentEntity,
    type: string,
    detail: string,
    own = false,
  ): Promise<void> {
    const { trigger } = step;
    return addToTimeline(step.manager, shipment.id, {
      at: own ? new Date(Math.max(Date.now(), trigger.at.getTime())) : trigger.at,
      type,
      source: own ? 'logistics' : trigger.source,
      detail,
      messageId: own ? null : trigger.messageId,
    });
  }

  private save(manager: EntityManager, shipment: ShipmentEntity): Promise<void> {
    return saveShipment(manager, shipment);
  }
}
