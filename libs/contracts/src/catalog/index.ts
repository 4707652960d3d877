export * from './artwork-registered.v1';
