// One jest run for the whole workspace, split into two projects:
// - unit: pure code, no I/O, runs anywhere;
// - integration: real Kafka and PostgreSQL, brought up once per run by the global set-up and
//   shared by every suite (each suite isolates itself by database name and topic prefix).
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target}`,
  ]),
);

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['reflect-metadata'],
};

// The web's components: TSX through the same fast transformer, in a browser-like DOM.
const webSwc = {
  ...swc,
  swcrc: false,
  jsc: {
    ...swc.jsc,
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
  },
};

module.exports = {
  // On two cores jest runs every suite in its main process; a handle a failed suite leaves open
  // (a socket, a child) would keep the run alive until CI kills it. Suites clean up after
  // themselves (TestContext.cleanup); this is the last guard, not the cleanup.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/jest.environment.js',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx'],
      transform: { '^.+\\.tsx?$': ['@swc/jest', webSwc] },
      moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
      moduleNameMapper: {
        ...moduleNameMapper,
        '\\.css$': '<rootDir>/apps/web/src/testing/style-stub.js',
      },
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/testing/setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools,e2e,tests}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/platform/testing/src/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/platform/testing/src/integration-timeout.ts'],
    },
  ],
};
