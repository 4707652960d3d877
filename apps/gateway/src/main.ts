import 'reflect-metadata';
import { runService } from '@artbridge/platform-service';
import { loadGatewayConfig } from './gateway-config';
import { startGateway } from './start-gateway';

runService(async () => {
  await startGateway(loadGatewayConfig());
});
