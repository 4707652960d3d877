import 'reflect-metadata';
import { loadServiceConfig, runService, startService } from '@artbridge/platform-service';
import { CatalogModule } from './catalog.module';
import openApiMetadata from './openapi-metadata';

const CATALOG_PORT = 3001;

runService(async () => {
  const config = loadServiceConfig('catalog', CATALOG_PORT);
  await startService(CatalogModule.forRoot(config), config, openApiMetadata);
});
