export * from './lib/http';
export * from './lib/infrastructure';
export * from './lib/service-process';
export * from './lib/service-under-test';
export * from './lib/test-context';
export * from './lib/test-names';
export * from './lib/topic-reader';
export * from './lib/wait-for';
