import 'reflect-metadata';
import {
  loadServiceConfigWith,
  runService,
  startOrDescribeService,
} from '@artbridge/platform-service';
import { loadLogisticsSettings } from './logistics-settings';
import { LogisticsModule } from './logistics.module';
import openApiMetadata from './openapi-metadata';

const LOGISTICS_PORT = 3004;

runService(async () => {
  const [config, settings] = loadServiceConfigWith(
    'logistics',
    LOGISTICS_PORT,
    loadLogisticsSettings,
  );
  await startOrDescribeService(LogisticsModule.forRoot(config, settings), config, openApiMetadata);
});
