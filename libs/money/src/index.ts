export * from './lib/currency';
export * from './lib/money';
export * from './lib/allocate';
