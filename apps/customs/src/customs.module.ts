import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { CUSTOMS_MIGRATIONS } from './migrations';

/** Declarations, classification, export and import controls, duties, and the officers' review. */
@Module({})
export class CustomsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: CustomsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [],
          migrations: CUSTOMS_MIGRATIONS,
          messages: [],
        }),
      ],
    };
  }
}
