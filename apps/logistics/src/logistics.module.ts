import {
  ArtworkRegistered,
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  CancelInvoice,
  DeclarationCleared,
  DeclarationFiled,
  DeclarationInfoRequested,
  DeclarationRejected,
  DeclarationReviewOverdue,
  EscrowFunded,
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
  ShipmentAccepted,
  ShipmentCancelled,
  ShipmentCompleted,
  ShipmentDelivered,
  ShipmentDispatched,
  ShipmentSubmitted,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { ArtworkProjectionEntity } from './artworks/artwork-projection.entity';
import { ArtworkRegisteredHandler } from './artworks/artwork-registered.handler';
import { ArtworksController } from './artworks/artworks.controller';
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
  DeclarationReviewOverdue,
  // to and from payments
  IssueInvoice,
  CancelInvoice,
  ReleaseEscrow,
  HoldEscrow,
  InvoiceIssued,
  InvoicePartiallyPaid,
  EscrowFunded,
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
          ],
          migrations: LOGISTICS_MIGRATIONS,
          messages: [ArtworkRegistered, ...SAGA_MESSAGES],
        }),
      ],
      controllers: [
        ArtworksController,
        ArtworkRegisteredHandler,
        ShipmentsController,
        SagaRepliesHandler,
      ],
      providers: [
        { provide: LOGISTICS_SETTINGS, useValue: settings },
        ShipmentSaga,
        ShipmentsService,
        ShipmentViews,
        DeadlineScheduler,
      ],
    };
  }
}
