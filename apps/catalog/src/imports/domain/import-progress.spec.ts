import {
  ImportProgress,
  ImportProgressError,
  ImportProgressEvent,
  LineOutcome,
  initialImportProgress,
  processedLines,
  reduceImportProgress,
} from './import-progress';

function run(events: readonly ImportProgressEvent[], maxErrorsKept = 1000): ImportProgress {
  return events.reduce(
    (progress, event) => reduceImportProgress(progress, event, { maxErrorsKept }),
    initialImportProgress(),
  );
}

const imported = (line: number): LineOutcome => ({ outcome: 'IMPORTED', line });
const unchanged = (line: number): LineOutcome => ({ outcome: 'UNCHANGED', line });
const rejected = (line: number): LineOutcome => ({
  outcome: 'REJECTED',
  line,
  message: `problem on line ${line}`,
});

describe('reduceImportProgress', () => {
  it('counts every line in exactly one bucket', () => {
    const progress = run([
      { type: 'STARTED', totalLines: 5 },
      { type: 'LINES_PROCESSED', lines: [imported(1), rejected(2), imported(3)] },
      { type: 'LINES_PROCESSED', lines: [unchanged(4), rejected(5)] },
      { type: 'FINISHED' },
    ]);
    expect(progress).toEqual({
      status: 'COMPLETED',
      total: 5,
      imported: 2,
      unchanged: 1,
      rejected: 2,
      errors: [
        { line: 2, message: 'problem on line 2' },
        { line: 5, message: 'problem on line 5' },
      ],
      errorsOmitted: 0,
    });
  });

  it('shows progress while running: the announced total, or the lines so far', () => {
    const announced = run([
      { type: 'STARTED', totalLines: 4902 },
      { type: 'LINES_PROCESSED', lines: [imported(1)] },
    ]);
    expect(announced).toMatchObject({ status: 'RUNNING', total: 4902, imported: 1 });
    const streamed = run([
      { type: 'STARTED' },
      { type: 'LINES_PROCESSED', lines: [imported(1), imported(2)] },
    ]);
    expect(streamed).toMatchObject({ status: 'RUNNING', total: 2 });
  });

  it('ends with the total of lines actually processed (blank lines were announced but skipped)', () => {
    const progress = run([
      { type: 'STARTED', totalLines: 3 },
      { type: 'LINES_PROCESSED', lines: [imported(1), imported(2)] },
      { type: 'FINISHED' },
    ]);
    expect(progress.total).toBe(2);
    expect(progress.total).toBe(processedLines(progress));
  });

  it.each([
    [3, 10, 3, 7],
    [0, 5, 0, 5],
    [1000, 999, 999, 0],
  ])('keeps the first %d errors of %d and counts the rest', (cap, count, kept, omitted) => {
    const lines = Array.from({ length: count }, (_, index) => rejected(index + 1));
    const progress = run(
      [
        { type: 'STARTED' },
        { type: 'LINES_PROCESSED', lines: lines.slice(0, 2) },
        { type: 'LINES_PROCESSED', lines: lines.slice(2) },
      ],
      cap,
    );
    expect(progress.rejected).toBe(count);
    expect(progress.errors).toHaveLength(kept);
    expect(progress.errorsOmitted).toBe(omitted);
    expect(progress.errors.map((error) => error.line)).toEqual(
      lines.slice(0, kept).map((line) => line.line),
    );
  });

  it('records why a job failed, keeping what was counted', () => {
    const progress = run([
      { type: 'STARTED' },
      { type: 'LINES_PROCESSED', lines: [imported(1)] },
      { type: 'FAILED', reason: 'upload is not UTF-8' },
    ]);
    expect(progress).toMatchObject({
      status: 'FAILED',
      imported: 1,
      failure: 'upload is not UTF-8',
    });
  });

  it('does not change the state it is given', () => {
    const before = run([{ type: 'STARTED' }]);
    const snapshot = JSON.stringify(before);
    reduceImportProgress(before, { type: 'LINES_PROCESSED', lines: [rejected(1)] });
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it.each<[string, ImportProgressEvent[]]>([
    ['lines before the start', [{ type: 'LINES_PROCESSED', lines: [imported(1)] }]],
    ['a second start', [{ type: 'STARTED' }, { type: 'STARTED' }]],
    [
      'lines after the end',
      [
        { type: 'STARTED' },
        { type: 'FINISHED' },
        { type: 'LINES_PROCESSED', lines: [imported(1)] },
      ],
    ],
    [
      'finishing a failed job',
      [{ type: 'STARTED' }, { type: 'FAILED', reason: 'x' }, { type: 'FINISHED' }],
    ],
    [
      'failing a finished job',
      [{ type: 'STARTED' }, { type: 'FINISHED' }, { type: 'FAILED', reason: 'x' }],
    ],
  ])('refuses %s', (_, events) => {
    expect(() => run(events)).toThrow(ImportProgressError);
  });
});
