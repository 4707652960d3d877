export * from './declaration.v1';
export * from './import-declaration.v1';
