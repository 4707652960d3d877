import 'reflect-metadata';
import {
  loadServiceConfigWith,
  runService,
  startOrDescribeService,
} from '@artbridge/platform-service';
import { loadCustomsSettings } from './customs-settings';
import { CustomsModule } from './customs.module';
import openApiMetadata from './openapi-metadata';

const CUSTOMS_PORT = 3002;

runService(async () => {
  const [config, settings] = loadServiceConfigWith('customs', CUSTOMS_PORT, loadCustomsSettings);
  await startOrDescribeService(CustomsModule.forRoot(config, settings), config, openApiMetadata);
});
