import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type { ImportJob, ImportStarted } from '../shared/api-types';
import { ExporterRoutes } from '../exporter-routes';

const JOB_ID = '019a0000-0000-7000-8000-00000000c001';
const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: JOB_ID,
  status: 'RUNNING',
  total: 5,
  imported: 1,
  unchanged: 0,
  rejected: 1,
  errors: [{ line: 2, message: 'creationYear must be an integer number' }],
  errorsOmitted: 0,
  createdAt: '2026-11-24T10:00:00.000Z',
  ...patch,
});

const FINISHED = job({
  status: 'COMPLETED',
  imported: 3,
  unchanged: 0,
  rejected: 2,
  errors: [
    { line: 2, message: 'creationYear must be an integer number' },
    { line: 5, message: 'originCountry must be an ISO 3166-1 alpha-2 country code' },
  ],
  finishedAt: '2026-11-24T10:00:03.000Z',
});

/** Seconds pass on the test's clock; what the page asked meanwhile is answered. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

describe('a bulk import', () => {
  beforeEach(() => {
    // the fetch stand-in resolves through Node's streams: only the timers are the test's
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  it('uploads the file as JSON Lines and follows the job until it is done', async () => {
    const answers = [job({}), FINISHED];
    const api = fakeApi(
      on('POST', '/catalog/imports', () => ({
        status: 202,
        json: { id: JOB_ID } satisfies ImportStarted,
      })),
      on('GET', `/catalog/imports/${JOB_ID}`, () => ({ json: answers.shift() ?? FINISHED })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/imports',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, advanceTimers: jest.advanceTimersByTime });
    const file = new File(['{"title":"A"}\n{"title":"B"}\n'], 'works.jsonl');
    await user.upload(screen.getByLabelText('JSON Lines file'), file);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    // running: processed / total, and the lines rejected so far
    const bar = await screen.findByRole('progressbar', { name: 'Lines processed' });
    const upload = api.calls.find((call) => call.method === 'POST')!;
    expect(upload.headers['content-type']).toBe('application/x-ndjson');
    expect(upload.body).toBe(file);
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.queryByText('Imported')).toBeNull();

    // a second later it asks again: finished
    await wait(1000);
    expect(await screen.findByText('Completed')).toBeTruthy();
    expect(bar.getAttribute('aria-valuenow')).toBe('5');
    expect(screen.getByText('Imported').nextElementSibling?.textContent).toBe('3');
    expect(screen.getByText('Rejected').nextElementSibling?.textContent).toBe('2');
    // works imported without a value (the Tate layout) come in at 0.00 GBP; records with their
    // own value keep it, and the job does not say which it read: the note says whom it concerns
    expect(
      screen.getByText(
        'Works imported from records without a value (the Tate collection layout) come in at 0.00 GBP: each needs a value before shipping. Open each such artwork and change its value.',
      ),
    ).toBeTruthy();

    const rejected = screen.getByRole('region', { name: 'Rejected lines' });
    const rows = within(rejected).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2creationYear must be an integer number',
      '5originCountry must be an ISO 3166-1 alpha-2 country code',
    ]);

    // and stops asking once the job is over
    const asked = api.calls.length;
    await wait(5000);
    expect(api.calls.length).toBe(asked);
  });

  it('sends a file saved as Windows-1252 with its charset named', async () => {
    const api = fakeApi(
      on('POST', '/catalog/imports', () => ({
        status: 202,
        json: { id: JOB_ID } satisfies ImportStarted,
      })),
      on('GET', `/catalog/imports/${JOB_ID}`, () => ({ json: FINISHED })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/imports',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, advanceTimers: jest.advanceTimersByTime });
    await user.upload(
      screen.getByLabelText('JSON Lines file'),
      new File([new Uint8Array([0x7b, 0x7d, 0xe9, 0x0a])], 'works.jsonl'),
    );
    await user.selectOptions(screen.getByLabelText('Encoding'), 'windows-1252');
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('Completed')).toBeTruthy();
    const upload = api.calls.find((call) => call.method === 'POST')!;
    expect(upload.headers['content-type']).toBe('application/x-ndjson; charset=windows-1252');
  });

  it('says why the catalog refused the upload', async () => {
    const api = fakeApi(
      on('POST', '/catalog/imports', () => ({
        status: 415,
        json: { statusCode: 415, message: 'the upload must be JSON Lines (application/x-ndjson)' },
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/imports',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, advanceTimers: jest.advanceTimersByTime });
    await user.upload(screen.getByLabelText('JSON Lines file'), new File(['x'], 'works.jsonl'));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'the upload must be JSON Lines (application/x-ndjson)',
    );
  });

  it('says, next to the file, to choose its encoding when it is not UTF-8', async () => {
    const api = fakeApi(
      on('POST', '/catalog/imports', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message:
            "file is not valid UTF-8 at byte 3 (line 1): send charset=<the file's encoding> in its Content-Type (application/x-ndjson; charset=windows-1252), or send it as UTF-8",
        },
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/imports',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, advanceTimers: jest.advanceTimersByTime });
    const input = screen.getByLabelText('JSON Lines file');
    await user.upload(input, new File([new Uint8Array([0x7b, 0x7d, 0xe9])], 'works.jsonl'));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(
      await screen.findByText(
        'The file is not UTF-8: choose Windows-1252 under Encoding, or save it as UTF-8.',
      ),
    ).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/charset=/)).toBeNull();
    expect(screen.queryByRole('alert')?.textContent ?? '').not.toContain('not valid UTF-8');
  });
});
