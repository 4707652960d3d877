export * from './lib/currency';
export * from './lib/money';
