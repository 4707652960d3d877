import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from './infrastructure';

const run = promisify(execFile);
export const WEB_DIR = resolve(WORKSPACE_ROOT, 'apps/web');
export const WEB_DIST = join(WEB_DIR, 'dist');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** True when apps/web/dist is missing or older than a source of the web. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['src', 'index.html', 'vite.config.mts'].map((part) => join(WEB_DIR, part));
  return sources.some((source) => existsSync(source) && newest(source) > built);
}

/**
 * Builds the web (Vite) into apps/web/dist when its sources changed since the last build,
 * so the gateway serves what the sources say. Returns whether it built.
 */
export async function ensureWebBuilt(): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  const vite = resolve(WORKSPACE_ROOT, 'node_modules/vite/bin/vite.js');
  try {
    await run(process.execPath, [vite, 'build', WEB_DIR, '--logLevel', 'warn'], {
      cwd: WORKSPACE_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(
      `building the web failed: ${failure.stderr || failure.stdout || failure.message}`,
    );
  }
  return true;
}
