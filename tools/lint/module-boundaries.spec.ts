import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The architecture's fence, proven: the lint rule refuses what ARCHITECTURE.md forbids. */
describe('module boundaries (nx enforce-module-boundaries)', () => {
  const root = resolve(__dirname, '../..');
  const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

  beforeAll(() => {
    // the rule reads Nx's cached project graph; make sure it is there
    execFileSync(bin('nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore' });
  }, 60_000);

  /** Lints `code` as if it were `file`, through the ESLint CLI and the workspace's config. */
  function boundaryErrors(file: string, code: string): string[] {
    const result = spawnSync(
      bin('eslint'),
      ['--stdin', '--stdin-filename', resolve(root, file), '--format', 'json'],
      {
        cwd: root,
        input: code,
        encoding: 'utf8',
      },
    );
    const [report] = JSON.parse(result.stdout) as {
      messages: { ruleId: string | null; message: string }[];
    }[];
    return report.messages
      .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
      .map((m) => m.message);
  }

  it('refuses a service importing another service', () => {
    const errors = boundaryErrors(
      'apps/logistics/src/artworks/illegal.ts',
      `import { CatalogModule } from '../../../catalog/src/catalog.module';\nexport const x = CatalogModule;\n`,
    );
    expect(errors).toEqual([
      expect.stringContaining('Projects cannot be imported by a relative or absolute path'),
    ]);
  });

  it('refuses a domain library reaching into the platform', () => {
    const errors = boundaryErrors(
      'libs/money/src/lib/illegal.ts',
      `import { Outbox } from '@artbridge/platform-messaging';\nexport const x = Outbox;\n`,
    );
    // every platform lib already depends on money, so the rule may name the cycle first
    expect(errors).toEqual([
      expect.stringMatching(
        /can only depend on libs tagged with "type:domain"|Circular dependency between "money" and "platform-messaging"/,
      ),
    ]);
  });

  it("refuses a service importing the public API's generated types, which its clients use", () => {
    // a service answers the API: its response classes are the source of those types
    const errors = boundaryErrors(
      'apps/logistics/src/shipments/illegal.ts',
      `import type { Schema } from '@artbridge/public-api';\nexport type X = Schema<'logistics.ShipmentResponse'>;\n`,
    );
    expect(errors).toEqual([expect.stringContaining('can only depend on libs tagged with')]);
  });

  it("lets the web, the CLI and the end-to-end tests use the public API's types", () => {
    const code = `import type { Schema } from '@artbridge/public-api';\nexport type X = Schema<'logistics.ShipmentResponse'>;\n`;
    expect(boundaryErrors('apps/web/src/api/legal.ts', code)).toEqual([]);
    expect(boundaryErrors('apps/cli/src/api/legal.ts', code)).toEqual([]);
    expect(boundaryErrors('e2e/legal.ts', code)).toEqual([]);
  });

  it('lets a service use the contracts and the platform', () => {
    const errors = boundaryErrors(
      'apps/logistics/src/artworks/legal.ts',
      `import { ArtworkRegistered } from '@artbridge/contracts';\nimport { Outbox } from '@artbridge/platform-messaging';\nexport const x = [ArtworkRegistered, Outbox];\n`,
    );
    expect(errors).toEqual([]);
  });
});
