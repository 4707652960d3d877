import { AuthModule } from '@artbridge/platform-auth';
import { HttpLoggingModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AuthController } from './auth/auth.controller';
import { UserDirectory } from './auth/domain/user-directory';
import { ServiceDocuments } from './docs/service-documents';
import type { GatewayConfig } from './gateway-config';
import { GATEWAY_CONFIG } from './gateway-config.provider';
import { HealthController } from './health/health.controller';
import { ProxyController } from './routing/proxy.controller';
import { ServiceProxies } from './routing/service-proxies';

/**
 * The single public entry: sign-in, /api/<service>/* routed to the services, one OpenAPI
 * document for all of it. No database and no Kafka, so not the services' ServicePlatformModule:
 * structured logs, the token guard (its own routes need a token unless @Public) and GET /health.
 */
@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        HttpLoggingModule.forRoot('gateway', config.logLevel),
        AuthModule.forRoot(config.jwtSecret),
        ...webModule(config.webRoot),
      ],
      // the catch-all proxy last, so that the gateway's own routes come first
      controllers: [HealthController, AuthController, ProxyController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: UserDirectory, useFactory: () => UserDirectory.load(config.demoUsers) },
        ServiceProxies,
        ServiceDocuments,
      ],
    };
  }
}

/**
 * The web's files at /, and its index.html for any other path that is not the API (the web
 * routes in the browser); nothing when the web is not built (`npm start` builds it).
 */
function webModule(root: string): DynamicModule[] {
  if (!existsSync(join(root, 'index.html'))) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: root,
      exclude: ['/api', '/api/{*path}', '/health'],
      serveStaticOptions: { index: 'index.html', maxAge: '1h', fallthrough: true },
    }),
  ];
}
