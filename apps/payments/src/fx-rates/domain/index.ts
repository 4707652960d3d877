export * from './currency-conversion';
export * from './ecb-rates.parser';
export * from './daily-rate-sets';
