import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { metadataFile, OPENAPI_APPS, REGENERATE_COMMAND } from './openapi-metadata';

const ROOT = resolve(__dirname, '../..');

/**
 * Each app's committed openapi-metadata.ts is what the generator writes from the code as it is
 * now: a DTO or controller changed without regenerating would leave /docs-json describing the
 * old one. The generator runs as npm runs it, in a process of its own (prettier, which formats
 * its output, loads itself by a dynamic import, which jest's module system does not take).
 */
describe('generated OpenAPI metadata', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'artbridge-openapi-metadata-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeAll(() => {
    execFileSync(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/openapi/openapi-metadata.ts', '--out', scratch],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }, 120_000);

  it.each(OPENAPI_APPS)('of %s is up to date', (app) => {
    const committed = readFileSync(join(ROOT, metadataFile(app)), 'utf8');
    if (committed !== readFileSync(join(scratch, `${app}.ts`), 'utf8')) {
      throw new Error(
        `${metadataFile(app)} is stale (its DTOs or controllers changed since it was ` +
          `generated): run \`${REGENERATE_COMMAND}\` and commit the result`,
      );
    }
  });

  it('describes the request DTOs with their class-validator constraints and comments', () => {
    const logistics = readFileSync(join(ROOT, metadataFile('logistics')), 'utf8');
    expect(logistics).toMatch(/SubmitShipmentDto: \{[^]*?artworkIds: \{[^}]*required: true/);
    expect(readFileSync(join(ROOT, metadataFile('payments')), 'utf8')).toContain(
      'ListInvoicesQuery',
    );
  });
});
