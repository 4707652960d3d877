import type { MessageDefinition } from '@artbridge/contracts';
import { AuthModule } from '@artbridge/platform-auth';
import { MESSAGING_MIGRATIONS, MessagingModule } from '@artbridge/platform-messaging';
import { serviceDataSourceOptions } from '@artbridge/platform-persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EntitySchema } from 'typeorm';
import { DeadLettersController } from './dead-letters.controller';
import { HealthController } from './health.controller';
import { HttpLoggingModule } from './http-logging';
import { IDEMPOTENCY_MIGRATIONS } from './idempotency/migrations';
import type { ServiceConfig } from './service-config';

export interface ServicePlatformOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: (Function | EntitySchema)[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Messages the service publishes or consumes. */
  messages: readonly MessageDefinition[];
}

/**
 * What every service stands on, in one import: structured logs, its database with migrations
 * run at start (the platform's own first: messaging, Idempotency-Key), the messaging backbone,
 * bearer-token checks on every route, GET /health, and the dead letters of its consumer
 * (GET /dead-letters, POST /dead-letters/{id}/redrive, ADMIN).
 */
@Module({})
export class ServicePlatformModule {
  static forRoot(config: ServiceConfig, options: ServicePlatformOptions): DynamicModule {
    return {
      module: ServicePlatformModule,
      imports: [
        HttpLoggingModule.forRoot(config.service, config.logLevel),
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({
            url: config.databaseUrl,
            entities: options.entities,
            migrations: [...MESSAGING_MIGRATIONS, ...IDEMPOTENCY_MIGRATIONS, ...options.migrations],
            applicationName: config.service,
          }),
        ),
        MessagingModule.forRoot({
          service: config.service,
          brokers: config.kafkaBrokers,
          topicPrefix: config.topicPrefix,
          partitions: config.topicPartitions,
          definitions: options.messages,
          databaseUrl: config.databaseUrl,
        }),
        TerminusModule,
        AuthModule.forRoot(config.jwtSecret),
      ],
      controllers: [HealthController, DeadLettersController],
    };
  }
}
