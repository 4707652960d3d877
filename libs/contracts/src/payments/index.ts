export * from './escrow-unfunded.v1';
export * from './fx-rates.v1';
export * from './import-duty-invoice.v1';
export * from './invoice.v1';
export * from './overdue-invoice.v1';
