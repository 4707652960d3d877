import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TateRecord } from '../domain/tate-to-attributes';

const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/** ../shared/data/tate-artworks.jsonl beside the repository, or under ARTBRIDGE_SAMPLE_DATA. */
export function tateSampleFile(): string {
  return path.resolve(
    REPO_ROOT,
    process.env.ARTBRIDGE_SAMPLE_DATA ?? '../shared/data',
    'tate-artworks.jsonl',
  );
}

/** The records, or undefined when the file is not there (it is never copied into the repository). */
export function readTateRecords(file = tateSampleFile()): TateRecord[] | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TateRecord);
}
