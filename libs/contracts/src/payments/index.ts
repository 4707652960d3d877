export * from './fx-rates.v1';
export * from './invoice.v1';
