// The demo data `npm start` puts in, once, through the public API at the gateway: the data and
// the seeding belong to the command line (apps/cli, `artbridge demo seed`), run here as its own
// process, as a user would run it (tools and apps share no code, only the command line).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from '@artbridge/platform-testing';

const run = promisify(execFile);

/** What `artbridge demo seed --json` prints. */
export type SeedOutcome =
  | { seeded: true; lines: string[]; artworkIds: string[] }
  | { seeded: false; reason: string; artworkIds: string[] };

function outcomeOf(stdout: string | undefined): SeedOutcome | undefined {
  try {
    const outcome = JSON.parse(stdout ?? '') as SeedOutcome;
    return typeof outcome === 'object' && outcome !== null && 'seeded' in outcome
      ? outcome
      : undefined;
  } catch {
    return undefined;
  }
}

/** Seeds the demo data unless exporter1 already has artworks (a platform started before). */
export async function seedDemoData(gateway: string): Promise<SeedOutcome> {
  const cli = resolve(WORKSPACE_ROOT, 'apps/cli/src/main.ts');
  try {
    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', cli, 'demo', 'seed', '--json', '--api', `${gateway}/api`],
      { cwd: WORKSPACE_ROOT, maxBuffer: 1024 * 1024 },
    );
    const outcome = outcomeOf(stdout);
    if (!outcome) throw new Error(`artbridge demo seed printed no outcome: ${stdout.trim()}`);
    return outcome;
  } catch (error) {
    // exit code 1 with an outcome (not seeded, and why), or a failure on stderr
    const failure = error as { stdout?: string; stderr?: string; message: string };
    const outcome = outcomeOf(failure.stdout);
    if (outcome) return outcome;
    throw new Error(failure.stderr?.trim() || failure.message);
  }
}
