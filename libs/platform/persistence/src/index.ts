export * from './lib/data-source';
export * from './lib/database-url';
export * from './lib/deferred-writes';
export * from './lib/money.column';
export * from './lib/postgres-server';
export * from './lib/snake-naming.strategy';
export { literalList, sendWithCommit } from './lib/prepared-statements';
