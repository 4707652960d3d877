import type { ImportJob } from '../shared/api-types';

/** Every line ends imported, unchanged (seen before) or rejected. */
export function processedLines(job: ImportJob): number {
  return job.imported + job.unchanged + job.rejected;
}

/** Still counting: its page keeps asking. */
export function isImportRunning(job: ImportJob | undefined): boolean {
  return !job || job.status === 'RUNNING';
}

/** The bar's end: the file's lines when known, else what was counted so far. */
export function progressOf(job: ImportJob): { value: number; max: number } {
  const value = processedLines(job);
  return { value, max: Math.max(job.total, value) };
}

/** What the service expects a JSON Lines upload to be sent as. */
export const JSON_LINES_TYPE = 'application/x-ndjson';
