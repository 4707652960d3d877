// Lint for the whole workspace. The module-boundary rule is the architecture's fence:
// a service may import only libs tagged scope:shared, never another service.
import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/coverage',
      '.nx',
      'tmp',
      '**/fixtures/boundary-violation/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // who may import whom, by layer
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:domain'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:domain'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            // and by owner: a service sees its own code and the shared libs only
            {
              sourceTag: 'scope:catalog',
              onlyDependOnLibsWithTags: ['scope:catalog', 'scope:shared'],
            },
            {
              sourceTag: 'scope:customs',
              onlyDependOnLibsWithTags: ['scope:customs', 'scope:shared'],
            },
            {
              sourceTag: 'scope:payments',
              onlyDependOnLibsWithTags: ['scope:payments', 'scope:shared'],
            },
            {
              sourceTag: 'scope:logistics',
              onlyDependOnLibsWithTags: ['scope:logistics', 'scope:shared'],
            },
            {
              sourceTag: 'scope:gateway',
              onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'],
            },
            // the web runs in the browser and knows the platform only through its HTTP API
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // service code logs through the structured logger, never the console
    files: ['apps/*/src/**/*.ts', 'libs/**/src/**/*.ts'],
    // (the command line's output is its console)
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', 'libs/platform/testing/**', 'apps/cli/**'],
    rules: { 'no-console': 'error' },
  },
];
