import 'reflect-metadata';
import { loadServiceConfig, runService, startService } from '@artbridge/platform-service';
import { PaymentsModule } from './payments.module';
import openApiMetadata from './openapi-metadata';

const PAYMENTS_PORT = 3003;

runService(async () => {
  const config = loadServiceConfig('payments', PAYMENTS_PORT);
  await startService(PaymentsModule.forRoot(config), config, openApiMetadata);
});
