import 'reflect-metadata';
import { loadServiceConfig, runService, startOrDescribeService } from '@artbridge/platform-service';
import { PaymentsModule } from './payments.module';
import openApiMetadata from './openapi-metadata';

const PAYMENTS_PORT = 3003;

runService(async () => {
  const config = loadServiceConfig('payments', PAYMENTS_PORT);
  await startOrDescribeService(PaymentsModule.forRoot(config), config, openApiMetadata);
});
