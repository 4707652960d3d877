// `artbridge demo seed`, as `npm start` runs it (a child process, --json), against the whole
// platform: every demo shipment must reach the status its story tells, or the banner lies.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import {
  readJson,
  RunningPlatform,
  startPlatform,
  TestContext,
  WORKSPACE_ROOT,
} from '@artbridge/platform-testing';
import type { AnswerOf } from '@artbridge/public-api';
import { DEMO_SHIPMENTS } from '../src/demo/demo-data';
import type { SeedOutcome } from '../src/demo/demo-seed';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('artbridge demo seed: the demo stories against the four services and the gateway', () => {
  const context = new TestContext();
  let platform: RunningPlatform;

  function demoSeed(): Promise<Run> {
    return new Promise((done) => {
      execFile(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          resolve(WORKSPACE_ROOT, 'apps/cli/src/main.ts'),
          ...['demo', 'seed', '--json', '--api', `${platform.gateway.baseUrl}/api`],
        ],
        { cwd: WORKSPACE_ROOT, timeout: 120_000 },
        (error, stdout, stderr) =>
          done({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr,
          }),
      );
    });
  }

  beforeAll(async () => {
    // as under npm start: no ECB rates loaded, no timers shortened
    platform = await startPlatform(context);
  }, 180_000);
  afterAll(() => context.cleanup());

  it('seeds once, and every demo shipment reaches the status its story tells', async () => {
    const run = await demoSeed();
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const outcome = JSON.parse(run.stdout) as SeedOutcome;
    expect(outcome.seeded).toBe(true);
    if (!outcome.seeded) return;
    const lines = outcome.lines.join('\n').split('\n');

    for (const { story, reaches, artwork } of DEMO_SHIPMENTS) {
      const line = lines.find((candidate) => candidate.includes(story));
      // the seed read the status back: a story that drifted says NOT AS TOLD and why
      expect({ artwork, line }).toEqual({
        artwork,
        line: expect.stringMatching(
          new RegExp(`^ {2}[0-9a-f-]{36} {2}exporter\\d: .+ \\[${reaches}\\]$`),
        ),
      });
      const [id] = line!.trim().split(/\s+/);
      const owner = line!.includes('exporter1:') ? 'exporter1' : 'exporter2';
      const shipment = await readJson<AnswerOf<'logistics_ShipmentsController_get'>>(
        await platform.api(`/logistics/shipments/${id}`, {
          headers: await platform.signIn(owner),
        }),
      );
      expect({ artwork, status: shipment.status }).toEqual({ artwork, status: reaches });
      if (reaches === 'AWAITING_PAYMENT') {
        // what finance is told to pick up: the invoice is there to be paid
        const invoice = await platform.api(`/payments/invoices/${shipment.invoiceId}`, {
          headers: await platform.signIn('finance1'),
        });
        expect(invoice.status).toBe(200);
        expect((await readJson<AnswerOf<'payments_InvoicesController_get'>>(invoice)).status).toBe(
          'OPEN',
        );
      }
    }

    // started again: exporter1 has artworks, nothing is seeded twice
    const again = await demoSeed();
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(again.stdout)).toMatchObject({ seeded: false });
  }, 180_000);
});
