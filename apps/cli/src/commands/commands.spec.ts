import { EXIT } from '../cli-error';
import type { ImportJobView } from '../output/format';
import { parseDeadLetterId, parseService } from './dlq';
import { importExitCode } from './import-artworks';

const job = (overrides: Partial<ImportJobView>): ImportJobView => ({
  id: 'j',
  status: 'COMPLETED',
  total: 3,
  imported: 3,
  unchanged: 0,
  rejected: 0,
  createdAt: '2026-11-24T09:00:00.000Z',
  errors: [],
  errorsOmitted: 0,
  ...overrides,
});

describe('commands', () => {
  it('exits 0 when every line is in, 3 when some were rejected, 1 when none or the job failed', () => {
    expect(importExitCode(job({}))).toBe(EXIT.OK);
    expect(importExitCode(job({ imported: 0, unchanged: 3 }))).toBe(EXIT.OK);
    expect(importExitCode(job({ imported: 2, rejected: 1 }))).toBe(EXIT.REJECTED_LINES);
    expect(importExitCode(job({ imported: 0, rejected: 3 }))).toBe(EXIT.FAILED);
    expect(importExitCode(job({ status: 'FAILED', imported: 1 }))).toBe(EXIT.FAILED);
  });

  it('knows the four services and dead-letter ids', () => {
    expect(parseService('Payments')).toBe('payments');
    expect(() => parseService('gateway')).toThrow(
      "artbridge: unknown service 'gateway': one of catalog, customs, payments, logistics",
    );
    expect(parseDeadLetterId('0190A1B2-0000-7000-8000-0000000000AA')).toBe(
      '0190a1b2-0000-7000-8000-0000000000aa',
    );
    expect(() => parseDeadLetterId('42')).toThrow(
      "artbridge: '42' is not a dead-letter id (the ID column of dlq list)",
    );
  });
});
