export * from './declaration-info-answered.v1';
export * from './declaration.v1';
export * from './import-declaration.v1';
