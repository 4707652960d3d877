export * from './creditor-reference';
