import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { metadataFile, OPENAPI_TARGETS, REGENERATE_COMMAND } from './openapi-metadata';

const ROOT = resolve(__dirname, '../..');

/**
 * Each committed openapi-metadata.ts (an app's, and the libraries' shared one) is what the generator writes from the code as it is
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

  it.each(OPENAPI_TARGETS)('of %s is up to date', (target) => {
    const committed = readFileSync(join(ROOT, metadataFile(target)), 'utf8');
    if (committed !== readFileSync(join(scratch, `${target}.ts`), 'utf8')) {
      throw new Error(
        `${metadataFile(target)} is stale (its DTOs or controllers changed since it was ` +
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
    // the contracts' models once, in the shared file, not again in each app's
    expect(readFileSync(join(ROOT, metadataFile('shared')), 'utf8')).toContain('PartyDto: {');
    expect(readFileSync(join(ROOT, metadataFile('logistics')), 'utf8')).not.toContain(
      'PartyDto: {',
    );
  });
});
