import { parseMoney } from '@artbridge/money';
import { fixtureFx } from '../testing/fx-fixture';
import { readTateRecords, tateSampleFile } from '../testing/tate-sample';
import { assess } from './assess';
import type { AssessmentRequest } from './model';
import { CUSTOMS_RULE_BOOK } from './rules';
import { tateToAttributes } from './tate-to-attributes';

const ROUTES = [
  { exportCountry: 'GB', importCountry: 'CN' },
  { exportCountry: 'CN', importCountry: 'FR' },
] as const;

/**
 * In-process assessment throughput over the Tate sample: every record assessed as a one-item
 * shipment, alternately GB→CN and CN→FR, for about `durationMs`, after one warm-up pass.
 * Not a test: `npm run bench` prints what it returns.
 */
export async function benchAssessment(
  durationMs = 3_000,
): Promise<{ itemsPerSecond: number; items: number }> {
  const file = tateSampleFile();
  const records = readTateRecords(file);
  if (!records) throw new Error(`Tate sample not found at ${file}; set ARTBRIDGE_SAMPLE_DATA`);
  const value = parseMoney('20000.00', 'GBP');
  const requests: AssessmentRequest[] = ROUTES.flatMap((route) =>
    records.map((record) => ({
      ...route,
      purpose: 'SALE' as const,
      date: '2026-04-13',
      items: [tateToAttributes(record, { value })],
    })),
  );
  const context = { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx };
  for (const request of requests) assess(request, context);

  let items = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (const request of requests) assess(request, context);
    items += requests.length;
    elapsed = performance.now() - started;
  }
  return { itemsPerSecond: Math.round((items * 1000) / elapsed), items };
}

// `npm run bench` runs this file directly; tests and other code only import the function.
if (require.main === module) {
  void benchAssessment().then((result) => {
    const rate = result.itemsPerSecond;
    process.stdout.write(
      `customs assessment over the Tate set (in-process, one core): ${rate} items/s (target ≥ 20000: ${rate >= 20000 ? 'met' : 'NOT met'})\n`,
    );
  });
}
