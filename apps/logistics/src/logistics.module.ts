import { ArtworkRegistered } from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { ArtworkProjectionEntity } from './artworks/artwork-projection.entity';
import { ArtworkRegisteredHandler } from './artworks/artwork-registered.handler';
import { ArtworksController } from './artworks/artworks.controller';
import { LOGISTICS_MIGRATIONS } from './migrations';

/** Shipments, crates, tracking, bonded storage, and the shipment saga. */
@Module({})
export class LogisticsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: LogisticsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [ArtworkProjectionEntity],
          migrations: LOGISTICS_MIGRATIONS,
          messages: [ArtworkRegistered],
        }),
      ],
      controllers: [ArtworksController, ArtworkRegisteredHandler],
    };
  }
}
