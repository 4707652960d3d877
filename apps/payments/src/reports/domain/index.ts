export * from './escrow-held';
export * from './match-rate';
export * from './open-invoices-by-age';
