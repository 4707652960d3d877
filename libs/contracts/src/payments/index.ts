export * from './invoice.v1';
