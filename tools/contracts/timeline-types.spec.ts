import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The web may not import logistics (module boundaries), so nothing in the compiler ties the
 * timeline step types logistics writes to the ones the exporter portal has words for. This reads
 * both as text: a step type added in logistics without a label in the web fails here.
 */
const root = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Types written as `type: 'X'` (timeline facts and steps), or `this.note(step, id, 'X', ...)`. */
function loggedTypes(): Set<string> {
  const types = new Set<string>();
  for (const file of sources(resolve(root, 'apps/logistics/src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\btype: '([A-Z][A-Z_]+)'/g)) types.add(match[1]);
    for (const match of text.matchAll(/\bnote\(\s*[\w.]+,\s*[\w.]+,\s*'([A-Z][A-Z_]+)'/g))
      types.add(match[1]);
  }
  return types;
}

describe('timeline step types: logistics writes them, the web names them', () => {
  it('has a web label for every step type logistics writes', () => {
    const codes = readFileSync(resolve(root, 'apps/web/src/exporter/shared/codes.ts'), 'utf8');
    const list = /export const TIMELINE_TYPES = \[([\s\S]*?)\] as const/.exec(codes)![1];
    const named = new Set([...list.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]));
    const logged = loggedTypes();
    expect(logged.size).toBeGreaterThan(20);
    expect([...logged].filter((type) => !named.has(type)).sort()).toEqual([]);
  });
});
