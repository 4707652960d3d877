import {
  AdmissionDischarged,
  AdmissionExtended,
  AdmissionOverdue,
  AdmissionReminder,
  AdmissionStarted,
  ArtworkRegistered,
  ArtworkRevalued,
  BondedEntered,
  BondedReExported,
  BondedReleased,
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  CancelInvoice,
  CancelOverdueInvoice,
  DeclarationCleared,
  DeclarationFiled,
  DeclarationInfoAnswered,
  DeclarationInfoRequested,
  DeclarationRejected,
  DeclarationReviewOverdue,
  EscrowFunded,
  EscrowUnfunded,
  EscrowHeld,
  EscrowReleased,
  FileDeclaration,
  HoldEscrow,
  InvoiceIssued,
  InvoicePartiallyPaid,
  InvoiceRefunded,
  InvoiceVoided,
  IssueInvoice,
  MarkArtworksExported,
  MarkArtworksInTransit,
  ReleaseArtworks,
  ReleaseEscrow,
  ReserveArtworks,
  ReturnLegCompleted,
  ReturnLegCreated,
  ShipmentAccepted,
  ShipmentCancelled,
  ShipmentClaimOpened,
  ShipmentCompleted,
  ShipmentConditionReported,
  ShipmentCustodyTransferred,
  ShipmentDelivered,
  ShipmentDispatched,
  ShipmentSubmitted,
  ImportDeclarationCleared,
  ImportDeclarationFiled,
  ImportDeclarationInfoRequested,
  ImportDeclarationRejected,
  ImportDeclarationReviewOverdue,
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { AdmissionClockEntity } from './admission/admission-clock.entity';
import { AdmissionClocks } from './admission/admission-clocks';
import { AdmissionController } from './admission/admission.controller';
import { AdmissionService } from './admission/admission.service';
import { ArtworkProjectionEntity } from './artworks/artwork-projection.entity';
import { ArtworkRegisteredHandler } from './artworks/artwork-registered.handler';
import { ArtworkRevaluedHandler } from './artworks/artwork-revalued.handler';
import { ArtworksController } from './artworks/artworks.controller';
import { ImportJourneyHandler } from './bonded/import-journey.handler';
import { BondedStorageController } from './bonded/bonded-storage.controller';
import { BondedStorageEntity } from './bonded/bonded-storage.entity';
import { BondedStorageService } from './bonded/bonded-storage.service';
import { ConditionReportEntity } from './condition-reports/condition-report.entity';
import { ConditionReportsController } from './condition-reports/condition-reports.controller';
import { ConditionReportsService } from './condition-reports/condition-reports.service';
import { ShipmentClaimEntity } from './condition-reports/shipment-claim.entity';
import { LOGISTICS_SETTINGS, LogisticsSettings, loadLogisticsSettings } from './logistics-settings';
import { LOGISTICS_MIGRATIONS } from './migrations';
import { DeadlineScheduler } from './shipments/deadline-scheduler';
import { SagaRepliesHandler } from './shipments/saga-replies.handler';
import { ShipmentDeadlineEntity } from './shipments/shipment-deadline.entity';
import { ShipmentSaga } from './shipments/shipment-saga';
import { ShipmentViews } from './shipments/shipment-views';
import { ShipmentEntity } from './shipments/shipment.entity';
import { ShipmentsController } from './shipments/shipments.controller';
import { ShipmentsService } from './shipments/shipments.service';
import { TimelineEntryEntity } from './shipments/timeline-entry.entity';

/** Everything the saga sends and hears; their topics are created at start. */
const SAGA_MESSAGES = [
  // to and from catalog
  ReserveArtworks,
  ReleaseArtworks,
  MarkArtworksInTransit,
  MarkArtworksExported,
  ArtworksReserved,
  ArtworkReservationRefused,
  ArtworksReleased,
  ArtworksMarkedInTransit,
  ArtworksExported,
  // to and from customs
  FileDeclaration,
  DeclarationFiled,
  DeclarationCleared,
  DeclarationRejected,
  DeclarationInfoRequested,
  DeclarationInfoAnswered,
  DeclarationReviewOverdue,
  // to and from payments
  IssueInvoice,
  CancelInvoice,
  CancelOverdueInvoice,
  ReleaseEscrow,
  HoldEscrow,
  InvoiceIssued,
  InvoicePartiallyPaid,
  EscrowFunded,
  EscrowUnfunded,
  EscrowHeld,
  EscrowReleased,
  InvoiceVoided,
  InvoiceRefunded,
  // the shipment's own story
  ShipmentSubmitted,
  ShipmentDispatched,
  ShipmentDelivered,
  ShipmentAccepted,
  ShipmentCompleted,
  ShipmentCancelled,
  // fine-art shipping: condition, custody, temporary admission, bonded storage
  ShipmentConditionReported,
  ShipmentClaimOpened,
  ShipmentCustodyTransferred,
  AdmissionStarted,
  AdmissionReminder,
  AdmissionOverdue,
  AdmissionExtended,
  AdmissionDischarged,
  ReturnLegCreated,
  ReturnLegCompleted,
  BondedEntered,
  BondedReleased,
  BondedReExported,
  // after release from bond: the import, for the timeline
  ImportDeclarationFiled,
  ImportDeclarationCleared,
  ImportDeclarationRejected,
  ImportDeclarationInfoRequested,
  ImportDeclarationReviewOverdue,
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePaymentReversed,
];

/** Shipments, crates, tracking, bonded storage, and the shipment saga. */
@Module({})
export class LogisticsModule {
  static forRoot(
    config: ServiceConfig,
    settings: LogisticsSettings = loadLogisticsSettings(),
  ): DynamicModule {
    return {
      module: LogisticsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [
            ArtworkProjectionEntity,
            ShipmentEntity,
            ShipmentDeadlineEntity,
            TimelineEntryEntity,
            ConditionReportEntity,
            ShipmentClaimEntity,
            AdmissionClockEntity,
            BondedStorageEntity,
          ],
          migrations: LOGISTICS_MIGRATIONS,
          messages: [ArtworkRegistered, ArtworkRevalued, ...SAGA_MESSAGES],
        }),
      ],
      controllers: [
        ArtworksController,
        ArtworkRegisteredHandler,
        ArtworkRevaluedHandler,
        ShipmentsController,
        ConditionReportsController,
        AdmissionController,
        BondedStorageController,
        SagaRepliesHandler,
        ImportJourneyHandler,
      ],
      providers: [
        { provide: LOGISTICS_SETTINGS, useValue: settings },
        ShipmentSaga,
        ShipmentsService,
        ShipmentViews,
        DeadlineScheduler,
        AdmissionClocks,
        AdmissionService,
        ConditionReportsService,
        BondedStorageService,
      ],
    };
  }
}
