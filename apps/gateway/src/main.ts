import 'reflect-metadata';
import { describesOpenApi, printJson, runService } from '@artbridge/platform-service';
import { text } from 'node:stream/consumers';
import { loadGatewayConfig } from './gateway-config';
import { describeGateway, startGateway } from './start-gateway';

runService(async () => {
  const config = loadGatewayConfig();
  // `openapi`: the services' documents, keyed by service, come on stdin
  if (describesOpenApi())
    await printJson(await describeGateway(config, JSON.parse(await text(process.stdin))));
  else await startGateway(config);
});
