export * from './chart-of-accounts';
export * from './escrow';
export * from './ledger-balances';
export * from './posting';
export * from './postings';
