export * from './creditor-reference';
export * from './import-duty-invoice';
export * from './invoice';
