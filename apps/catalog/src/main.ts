import 'reflect-metadata';
import { loadServiceConfig, runService, startOrDescribeService } from '@artbridge/platform-service';
import { CatalogModule } from './catalog.module';
import openApiMetadata from './openapi-metadata';

const CATALOG_PORT = 3001;

runService(async () => {
  const config = loadServiceConfig('catalog', CATALOG_PORT);
  await startOrDescribeService(CatalogModule.forRoot(config), config, openApiMetadata);
});
