export * from './lib/app-metrics';
export * from './lib/http-metrics';
export * from './lib/messaging-metrics';
export * from './lib/metrics-port';
export * from './lib/metrics-registry';
export * from './lib/metrics-server';
