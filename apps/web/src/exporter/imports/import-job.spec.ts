import type { ImportJob } from '../shared/api-types';
import { isImportRunning, processedLines, progressOf } from './import-job';

const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: 'job',
  status: 'RUNNING',
  total: 10,
  imported: 3,
  unchanged: 1,
  rejected: 2,
  errors: [],
  errorsOmitted: 0,
  createdAt: '2026-01-01T00:00:00Z',
  ...patch,
});

describe('an import job’s progress', () => {
  it('counts every line that ended one way or another', () => {
    expect(processedLines(job({}))).toBe(6);
    expect(progressOf(job({}))).toEqual({ value: 6, max: 10 });
    expect(progressOf(job({ total: 0 }))).toEqual({ value: 6, max: 6 });
  });

  it('is followed until it completes or fails', () => {
    expect(isImportRunning(undefined)).toBe(true);
    expect(isImportRunning(job({ status: 'RUNNING' }))).toBe(true);
    expect(isImportRunning(job({ status: 'COMPLETED' }))).toBe(false);
    expect(isImportRunning(job({ status: 'FAILED' }))).toBe(false);
  });
});
