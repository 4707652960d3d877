export * from './creditor-reference';
export * from './invoice';
