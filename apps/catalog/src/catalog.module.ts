import {
  ArtworkRegistered,
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  MarkArtworksExported,
  MarkArtworksInTransit,
  ReleaseArtworks,
  ReserveArtworks,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { ArtworkEntity } from './artworks/artwork.entity';
import { ArtworksController } from './artworks/artworks.controller';
import { RegisterArtworkService } from './artworks/register-artwork.service';
import { SearchArtworksService } from './artworks/search-artworks.service';
import { ImportJobEntity } from './imports/import-job.entity';
import { ImportJobsService } from './imports/import-jobs.service';
import { ImportsController } from './imports/imports.controller';
import { CATALOG_MIGRATIONS } from './migrations';
import { ReservationHandler } from './reservations/reservation.handler';

/** Artworks and creative cultural products: the register the other services read from. */
@Module({})
export class CatalogModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [ArtworkEntity, ImportJobEntity],
          migrations: CATALOG_MIGRATIONS,
          messages: [
            ArtworkRegistered,
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
          ],
        }),
      ],
      controllers: [ArtworksController, ImportsController, ReservationHandler],
      providers: [RegisterArtworkService, SearchArtworksService, ImportJobsService],
    };
  }
}
