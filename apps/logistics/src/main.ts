import 'reflect-metadata';
import { loadServiceConfig, runService, startService } from '@artbridge/platform-service';
import { LogisticsModule } from './logistics.module';

const LOGISTICS_PORT = 3004;

runService(async () => {
  const config = loadServiceConfig('logistics', LOGISTICS_PORT);
  await startService(LogisticsModule.forRoot(config), config);
});
