import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { PAYMENTS_MIGRATIONS } from './migrations';

/** Invoices, escrow, the double-entry ledger, bank statements and reconciliation. */
@Module({})
export class PaymentsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [],
          migrations: PAYMENTS_MIGRATIONS,
          messages: [],
        }),
      ],
    };
  }
}
