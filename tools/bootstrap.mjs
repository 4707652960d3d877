// Runs before `npm start`, `npm test` and `npm run bench`: a fresh clone needs nothing done by
// hand. Node built-ins only, since the dependencies may not be installed yet.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `artbridge needs Node.js 20.19 or newer; this is ${process.version}. Install a newer Node.js and try again.`,
  );
  process.exit(1);
}

const lock = resolve(root, 'package-lock.json');
const installed = resolve(root, 'node_modules/.package-lock.json');
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.error('Installing dependencies (npm ci) ...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
