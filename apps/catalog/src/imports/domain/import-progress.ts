/**
 * The progress of one bulk import job, as `GET /api/catalog/imports/{id}` shows it, built by a
 * pure reducer so the job, its persistence and its tests agree on the counting.
 *
 * Every line ends in exactly one of: imported (a new artwork), unchanged (its source id was
 * imported before: re-imports create nothing) or rejected (with line and reason). Only the first
 * `maxErrorsKept` rejections are kept with their message, so a bad million-line file cannot
 * grow the job without bound; the rest are counted in `errorsOmitted`.
 */

export type ImportStatus = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface ImportLineError {
  readonly line: number;
  readonly message: string;
}

export interface ImportProgress {
  readonly status: ImportStatus;
  /** Lines in the file when known up front, else lines processed so far. */
  readonly total: number;
  readonly imported: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly errors: readonly ImportLineError[];
  /** Rejections beyond the cap: counted, not kept. */
  readonly errorsOmitted: number;
  /** Why the job itself stopped (unreadable upload, storage failure), not a line's fault. */
  readonly failure?: string;
}

export type LineOutcome =
  | { readonly outcome: 'IMPORTED'; readonly line: number }
  | { readonly outcome: 'UNCHANGED'; readonly line: number }
  | { readonly outcome: 'REJECTED'; readonly line: number; readonly message: string };

export type ImportProgressEvent =
  | { readonly type: 'STARTED'; readonly totalLines?: number }
  | { readonly type: 'LINES_PROCESSED'; readonly lines: readonly LineOutcome[] }
  | { readonly type: 'FINISHED' }
  | { readonly type: 'FAILED'; readonly reason: string };

export interface ImportProgressSettings {
  readonly maxErrorsKept: number;
}

export const DEFAULT_IMPORT_PROGRESS_SETTINGS: ImportProgressSettings = { maxErrorsKept: 1000 };

export class ImportProgressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportProgressError';
  }
}

export function initialImportProgress(): ImportProgress {
  return {
    status: 'PENDING',
    total: 0,
    imported: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    errorsOmitted: 0,
  };
}

export function processedLines(progress: ImportProgress): number {
  return progress.imported + progress.unchanged + progress.rejected;
}

/**
 * Applies one event. An event the status does not allow (lines before STARTED, anything after
 * the job ended) is a bug in the caller and throws ImportProgressError.
 */
export function reduceImportProgress(
  progress: ImportProgress,
  event: ImportProgressEvent,
  settings: ImportProgressSettings = DEFAULT_IMPORT_PROGRESS_SETTINGS,
): ImportProgress {
  switch (event.type) {
    case 'STARTED':
      expectStatus(progress, event, 'PENDING');
      return { ...progress, status: 'RUNNING', total: event.totalLines ?? 0 };
    case 'LINES_PROCESSED':
      expectStatus(progress, event, 'RUNNING');
      return countLines(progress, event.lines, settings);
    case 'FINISHED':
      expectStatus(progress, event, 'RUNNING');
      // A total announced up front may have counted blank lines; the count of lines is the truth.
      return { ...progress, status: 'COMPLETED', total: processedLines(progress) };
    case 'FAILED':
      if (progress.status === 'COMPLETED' || progress.status === 'FAILED') {
        throw new ImportProgressError(
          `cannot apply FAILED to an import that is already ${progress.status}`,
        );
      }
      return { ...progress, status: 'FAILED', failure: event.reason };
  }
}

function countLines(
  progress: ImportProgress,
  lines: readonly LineOutcome[],
  settings: ImportProgressSettings,
): ImportProgress {
  let { imported, unchanged, rejected, errorsOmitted } = progress;
  const keptErrors: ImportLineError[] = [];
  let room = Math.max(0, settings.maxErrorsKept - progress.errors.length);
  for (const result of lines) {
    if (result.outcome === 'IMPORTED') imported += 1;
    else if (result.outcome === 'UNCHANGED') unchanged += 1;
    else {
      rejected += 1;
      if (room > 0) {
        keptErrors.push({ line: result.line, message: result.message });
        room -= 1;
      } else {
        errorsOmitted += 1;
      }
    }
  }
  const next = { ...progress, imported, unchanged, rejected, errorsOmitted };
  const processed = imported + unchanged + rejected;
  return {
    ...next,
    total: Math.max(progress.total, processed),
    errors: keptErrors.length > 0 ? [...progress.errors, ...keptErrors] : progress.errors,
  };
}

function expectStatus(
  progress: ImportProgress,
  event: ImportProgressEvent,
  expected: ImportStatus,
): void {
  if (progress.status !== expected) {
    throw new ImportProgressError(
      `cannot apply ${event.type} to an import that is ${progress.status}, expected ${expected}`,
    );
  }
}
