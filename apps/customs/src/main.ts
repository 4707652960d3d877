import 'reflect-metadata';
import { loadServiceConfig, runService, startOrDescribeService } from '@artbridge/platform-service';
import { loadCustomsSettings } from './customs-settings';
import { CustomsModule } from './customs.module';
import openApiMetadata from './openapi-metadata';

const CUSTOMS_PORT = 3002;

runService(async () => {
  const config = loadServiceConfig('customs', CUSTOMS_PORT);
  await startOrDescribeService(
    CustomsModule.forRoot(config, loadCustomsSettings()),
    config,
    openApiMetadata,
  );
});
