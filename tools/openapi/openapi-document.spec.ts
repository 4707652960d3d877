import { createConfig, lintFromString } from '@redocly/openapi-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOCUMENT_FILE, PUBLIC_API_DIR, REGENERATE_COMMAND, TYPES_FILE } from './openapi-document';

const ROOT = resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, read loosely
const document = (): any =>
  JSON.parse(readFileSync(join(ROOT, PUBLIC_API_DIR, DOCUMENT_FILE), 'utf8'));

/**
 * The committed document of the public API and its types are what the generator writes from
 * the code as it is now: a route, DTO or response class changed without regenerating would
 * leave the web app and the CLI typed against the old API. The generator runs as npm runs it,
 * in a process of its own (it starts each app's main.ts).
 */
describe('the published OpenAPI document', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'artbridge-openapi-document-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeAll(() => {
    execFileSync(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/openapi/openapi-document.ts', '--out', scratch],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }, 120_000);

  it.each([DOCUMENT_FILE, TYPES_FILE])('%s is up to date', (file) => {
    const committed = readFileSync(join(ROOT, PUBLIC_API_DIR, file), 'utf8');
    if (committed !== readFileSync(join(scratch, file), 'utf8')) {
      throw new Error(
        `${PUBLIC_API_DIR}/${file} is stale (a route, request or answer changed since it was ` +
          `generated): run \`${REGENERATE_COMMAND}\` and commit the result`,
      );
    }
  });

  it('holds every service, merged as the gateway serves it', () => {
    const { info, paths, components } = document();
    expect(info.description).toContain(
      'Services in this document: catalog (/api/catalog), customs (/api/customs), ' +
        'payments (/api/payments), logistics (/api/logistics).',
    );
    expect(info.description).not.toContain('Not in this document');
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/token',
        '/api/catalog/artworks',
        '/api/logistics/shipments',
      ]),
    );
    expect(components.schemas['logistics.ShipmentResponse']).toBeDefined();
  });

  it("is valid OpenAPI 3.0 with no error by Redocly's recommended rules", async () => {
    // what client generators and Swagger UI rely on; warnings (no licence, health checks
    // without a 4xx) are matters of style
    const problems = await lintFromString({
      source: readFileSync(join(ROOT, PUBLIC_API_DIR, DOCUMENT_FILE), 'utf8'),
      absoluteRef: join(ROOT, PUBLIC_API_DIR, DOCUMENT_FILE),
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
  });

  it('documents whole numbers in answers as integers, their properties in declaration order', () => {
    // ApiInteger (libs/platform/service): counts, years and positions
    const page = document().components.schemas['logistics.ShipmentPageResponse'];
    expect(page.properties.total.type).toBe('integer');
    expect(Object.keys(page.properties)).toEqual(['items', 'total', 'page', 'pageSize']);
    const item = document().components.schemas['payments.ReconciliationItemResponse'];
    expect(item.properties.transaction.type).toBe('integer');
    expect(item.required).not.toContain('transaction');
  });
});
