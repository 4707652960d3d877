export * from './lib/auth.decorators';
export * from './lib/auth.guard';
export * from './lib/auth.module';
export * from './lib/principal';
export * from './lib/tokens';
