export * from './balance-check';
export * from './camt053.parser';
export * from './csv-statement.parser';
export * from './idempotency-key';
export * from './parse-statement-file';
export * from './statement-format.error';
export * from './statement.types';
