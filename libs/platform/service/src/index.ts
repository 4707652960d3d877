export * from './lib/dead-letters.controller';
export * from './lib/health.controller';
export * from './lib/page-query';
export * from './lib/service-config';
export * from './lib/service-platform.module';
export * from './lib/start-service';
export * from './lib/upload';
export * from './lib/validation';
