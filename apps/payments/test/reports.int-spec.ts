import { EscrowFunded, InvoiceIssued, IssueInvoice, IssueInvoiceV1 } from '@artbridge/contracts';
import { TestContext, readJson } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { PaymentsHarness } from './support';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('payments: finance reports (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
  });
  afterAll(() => context.cleanup());

  const finance = () => payments.as('finance1', 'FINANCE');

  async function issue(price: string, dueAt: string): Promise<{ id: string; reference: string }> {
    const command: IssueInvoiceV1 = {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      buyer: { name: 'Galerie Lumière SARL', country: 'FR', address: '12 rue de Seine, Paris' },
      lines: [
        { kind: 'PRICE', description: 'Shan Shui', amount: { amount: price, currency: 'EUR' } },
        { kind: 'DUTY', description: 'import duty', amount: { amount: '10.00', currency: 'EUR' } },
      ],
      dueAt,
    } as IssueInvoiceV1;
    await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    return { id: issued.subject, reference: String(issued.payload['reference']) };
  }

  async function report<T = Json>(path: string): Promise<T> {
    const response = await payments.request(path, { headers: finance() });
    expect(response.status).toBe(200);
    return readJson<T>(response);
  }

  it('open invoices by age, escrow held (now and by day) and match rate follow the books', async () => {
    const now = Date.now();
    const today = isoDate(now);
    const paid = await issue('1000.00', new Date(now - 40 * DAY).toISOString());
    await issue('200.00', new Date(now - 100 * DAY).toISOString());
    const partly = await issue('300.00', new Date(now + 5 * DAY).toISOString());

    await payments.importCsv([
      `${today},1010.00,EUR,${paid.reference},Galerie Lumiere,`,
      `${today},100.00,EUR,${partly.reference},Galerie Lumiere,`,
      `${today},77.00,EUR,RF-UNKNOWN,Somebody Else,`,
    ]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === paid.id);

    const byAge = await report<{ basis: string; currencies: Json[] }>(
      `/reports/open-invoices-by-age?asOf=${today}`,
    );
    expect(byAge.basis).toBe('due');
    expect(byAge.currencies).toEqual([
      {
        currency: 'EUR',
        count: 2,
        open: '420.00',
        buckets: [
          { bucket: '0-30', count: 1, open: '210.00' }, // not yet due: 310.00, 100.00 paid
          { bucket: '31-60', count: 0, open: '0.00' },
          { bucket: '61-90', count: 0, open: '0.00' },
          { bucket: '>90', count: 1, open: '210.00' },
        ],
      },
    ]);
    const byIssue = await report<{ currencies: { buckets: { count: number }[] }[] }>(
      `/reports/open-invoices-by-age?basis=issue`,
    );
    expect(byIssue.currencies[0].buckets.map((bucket) => bucket.count)).toEqual([2, 0, 0, 0]);

    // escrow holds the goods part of the fully paid invoice only
    expect(await report('/reports/escrow-held')).toEqual({
      currencies: [{ currency: 'EUR', held: '1000.00' }],
    });
    const yesterday = isoDate(now - DAY);
    const withSeries = await report<Json>(`/reports/escrow-held?from=${yesterday}&to=${today}`);
    expect(withSeries['series']).toEqual({
      from: yesterday,
      to: today,
      currencies: [
        {
          currency: 'EUR',
          days: [
            { date: yesterday, held: '0.00' },
            { date: today, held: '1000.00' },
          ],
        },
      ],
    });

    const rate = await report<{
      rules: { rule: string; total: number; statuses: Record<string, number> }[];
      automatic: Json;
    }>('/reports/match-rate');
    const rule = (id: string) => rate.rules.find((row) => row.rule === id)!;
    expect(rule('REC-EXACT')).toMatchObject({ total: 1, statuses: { MATCHED: 1 } });
    expect(rule('REC-PARTIAL')).toMatchObject({ total: 1, statuses: { PARTIALLY_PAID: 1 } });
    expect(rule('REC-NONE')).toMatchObject({ total: 1, statuses: { EXCEPTION: 1 } });
    expect(rate.automatic).toEqual({ decisions: 3, matched: 2, share: 0.6667 });
  });

  it('refuses a half or backwards range and a bad basis with 400', async () => {
    const status = async (path: string) =>
      (await payments.request(path, { headers: finance() })).status;
    expect(await status('/reports/escrow-held?from=2026-05-01')).toBe(400);
    expect(await status('/reports/escrow-held?from=2026-05-02&to=2026-05-01')).toBe(400);
    expect(await status('/reports/escrow-held?from=2024-01-01&to=2026-05-01')).toBe(400);
    expect(await status('/reports/escrow-held?from=2026-02-30&to=2026-03-01')).toBe(400);
    expect(await status('/reports/open-invoices-by-age?basis=paid')).toBe(400);
    expect(await status('/reports/open-invoices-by-age?asOf=2026-13-01')).toBe(400);
    // the 400 names the parameter, a day that does not exist as well as a bad shape
    for (const path of [
      '/reports/open-invoices-by-age?asOf=2026-02-30',
      '/reports/escrow-held?from=2026-02-30&to=2026-03-01',
    ]) {
      const answer = await payments.request(path, { headers: finance() });
      expect(await readJson(answer)).toMatchObject({
        statusCode: 400,
        message: [expect.stringMatching(/^(asOf|from) must be a calendar date \(YYYY-MM-DD\)$/)],
      });
    }
  });

  it('answers FINANCE and ADMIN only', async () => {
    for (const path of [
      '/reports/open-invoices-by-age',
      '/reports/escrow-held',
      '/reports/match-rate',
    ]) {
      const as = async (headers: Record<string, string>) =>
        (await payments.request(path, { headers })).status;
      expect(await as(payments.as('admin1', 'ADMIN'))).toBe(200);
      expect(await as(payments.as('exporter1', 'EXPORTER'))).toBe(403);
      expect(await as(payments.as('officer1', 'CUSTOMS_OFFICER'))).toBe(403);
      expect(await as(payments.as('operator1', 'LOGISTICS_OPERATOR'))).toBe(403);
      expect(await as({})).toBe(401);
    }
  });
});
