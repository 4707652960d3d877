export * from './declaration.v1';
