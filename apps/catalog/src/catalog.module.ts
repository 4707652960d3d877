import {
  ArtworkRegistered,
  ArtworkReservationRefused,
  ArtworkRevalued,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  ArtworksReturned,
  IpLicenceRegistered,
  IpProductRegistered,
  MarkArtworksExported,
  MarkArtworksInTransit,
  ReleaseArtworks,
  ReserveArtworks,
  ReturnLegCompleted,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { ArtworkEntity } from './artworks/artwork.entity';
import { ArtworksController } from './artworks/artworks.controller';
import { RegisterArtworkService } from './artworks/register-artwork.service';
import { RevalueArtworkService } from './artworks/revalue-artwork.service';
import { SearchArtworksService } from './artworks/search-artworks.service';
import { ImportJobEntity } from './imports/import-job.entity';
import { ImportJobsService } from './imports/import-jobs.service';
import { ImportsController } from './imports/imports.controller';
import { IpLicenceEntity } from './ip-licences/ip-licence.entity';
import { IpLicencesController } from './ip-licences/ip-licences.controller';
import { IpLicencesService } from './ip-licences/ip-licences.service';
import { IpProductEntity } from './ip-licences/ip-product.entity';
import { CATALOG_MIGRATIONS } from './migrations';
import { ReservationHandler } from './reservations/reservation.handler';
import { ShipmentHoldEntity } from './reservations/shipment-hold.entity';

/** Artworks and creative cultural products: the register the other services read from. */
@Module({})
export class CatalogModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [
            ArtworkEntity,
            ImportJobEntity,
            IpLicenceEntity,
            IpProductEntity,
            ShipmentHoldEntity,
          ],
          migrations: CATALOG_MIGRATIONS,
          messages: [
            ArtworkRegistered,
            ArtworkRevalued,
            // the shipment saga: commands taken, answers given
            ReserveArtworks,
            ReleaseArtworks,
            MarkArtworksInTransit,
            MarkArtworksExported,
            ArtworksReserved,
            ArtworkReservationRefused,
            ArtworksReleased,
            ArtworksMarkedInTransit,
            ArtworksExported,
            // exhibition loans: the return leg completed, the works are home
            ReturnLegCompleted,
            ArtworksReturned,
            // creative cultural products
            IpLicenceRegistered,
            IpProductRegistered,
          ],
        }),
      ],
      controllers: [
        ArtworksController,
        ImportsController,
        IpLicencesController,
        ReservationHandler,
      ],
      providers: [
        RegisterArtworkService,
        RevalueArtworkService,
        SearchArtworksService,
        ImportJobsService,
        IpLicencesService,
      ],
    };
  }
}
