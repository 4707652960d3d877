import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the shared real-world sample data lives (../shared/data relative to the repository root,
 * or ARTBRIDGE_SAMPLE_DATA). The data is not copied into the repository, so tests that read it
 * must cope with its absence: they get the reason and decide how to say so.
 */
export function sampleDataDirectory(
  subdirectory: string,
): { directory: string } | { missing: string } {
  const configured = process.env['ARTBRIDGE_SAMPLE_DATA'];
  const base = configured
    ? resolve(repositoryRoot(), configured)
    : join(repositoryRoot(), '..', 'shared', 'data');
  const directory = join(base, subdirectory);
  if (existsSync(directory)) return { directory };
  return {
    missing: `sample data not found at ${directory} (set ARTBRIDGE_SAMPLE_DATA to the shared data directory); skipping the checks against real files`,
  };
}

/** The nearest directory above this file that holds the workspace's nx.json. */
function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'nx.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no nx.json above ${__dirname}`);
    directory = parent;
  }
  return directory;
}
