import 'reflect-metadata';
import { loadServiceConfig, runService, startOrDescribeService } from '@artbridge/platform-service';
import { loadLogisticsSettings } from './logistics-settings';
import { LogisticsModule } from './logistics.module';
import openApiMetadata from './openapi-metadata';

const LOGISTICS_PORT = 3004;

runService(async () => {
  const config = loadServiceConfig('logistics', LOGISTICS_PORT);
  const settings = loadLogisticsSettings();
  await startOrDescribeService(LogisticsModule.forRoot(config, settings), config, openApiMetadata);
});
