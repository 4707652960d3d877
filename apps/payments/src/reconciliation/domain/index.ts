export * from './fee-tolerance';
export * from './open-invoice-index';
export * from './party-matching';
export * from './reconcile';
export * from './reconciliation.types';
export * from './manual-match';
export * from './payable-index';
