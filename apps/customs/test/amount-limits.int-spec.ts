import { readJson } from '@artbridge/platform-testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { contemporaryPainting, CustomsHarness } from './customs-harness';

const OFFICER = ['officer1', 'CUSTOMS_OFFICER'] as const;
const today = () => new Date().toISOString().slice(0, 10);
const eur = (amount: string) => ({ amount, currency: 'EUR' });
const cny = (amount: string) => ({ amount, currency: 'CNY' });

/** USD at 1e-300 per EUR: USD 1,000.00 would be EUR 10^303, beyond any bigint column. */
const ABSURD_USD_RATE = `0.${'0'.repeat(299)}1`;

/**
 * A rate no bank publishes, or works together worth more than an amount may be
 * (MAX_AMOUNT_MINOR), must not stall a filing: the engine leaves such a line to an officer
 * (FX-RATE, AMOUNT-LIMIT), and nothing beyond the bound is stored or sent. Its own suite: the
 * absurd rate of today would change what the other suites' filings are assessed with.
 */
describe('customs: amounts beyond the bound go to an officer (real PostgreSQL and Kafka)', () => {
  const customs = new CustomsHarness();

  beforeAll(async () => {
    await customs.start();
    // straight into customs' copy: payments refuses such a rate at import, but customs must
    // not rely on it (and the contract may come to refuse it on the bus)
    await customs.service.app
      .get(DataSource)
      .query(
        `INSERT INTO fx_rate (date, currency, rate, message_id) VALUES ($1::date, 'USD', $2, $3)`,
        [today(), ABSURD_USD_RATE, uuidv7()],
      );
  });
  afterAll(() => customs.cleanup());

  it('files a declaration whose value no real rate converts: REVIEW with FX-RATE, not dead-lettered', async () => {
    const usdPainting = { ...contemporaryPainting, value: { amount: '1000.00', currency: 'USD' } };
    // GB to FR: the customs value in EUR; it failed the insert (out of range for bigint)
    const { shipmentId, declarationId } = await customs.file([usdPainting]);
    expect(customs.eventsOfShipment(shipmentId)[0].payload).toMatchObject({
      outcome: 'REVIEW',
      decidedBy: 'AUTOMATIC',
    });
    const queued = await customs.declaration(declarationId);
    expect(queued).toMatchObject({
      status: 'PENDING_REVIEW',
      duties: { currency: 'EUR', customsValue: eur('0.00'), total: eur('0.00'), complete: false },
      dutiesToAssess: [{ itemIndex: 0, ruleId: 'FX-RATE' }],
    });
    expect(queued.items[0].findings.find((f) => f.ruleId === 'FX-RATE')).toMatchObject({
      effect: 'REVIEW',
      message: expect.stringContaining(
        'comes to more than EUR 92233720368547758.07 (the most an amount may be)',
      ),
    });

    // the officer assesses the duties, and the saga goes on
    const approved = await customs.post(
      `/declarations/${declarationId}/decisions`,
      { decision: 'APPROVE', duties: { duty: eur('0.00'), vat: eur('50.00') } },
      ...OFFICER,
    );
    expect(approved.status).toBe(200);
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    expect(cleared.payload).toMatchObject({
      duties: { duty: eur('0.00'), vat: eur('50.00'), total: eur('50.00') },
    });
  });

  it('keeps the totals of works worth more together than an amount may be: AMOUNT-LIMIT', async () => {
    const fortune = { ...contemporaryPainting, value: cny('50000000000000000.00') };
    const { shipmentId, declarationId } = await customs.file([fortune, fortune], {
      origin: { country: 'US', place: 'New York' },
      destination: { country: 'CN', place: 'Shanghai' },
    });
    expect(customs.eventsOfShipment(shipmentId)[0].payload).toMatchObject({ outcome: 'REVIEW' });
    const queued = await customs.declaration(declarationId);
    expect(queued).toMatchObject({
      status: 'PENDING_REVIEW',
      duties: { currency: 'CNY', customsValue: cny('50000000000000000.00'), complete: false },
      dutiesToAssess: [{ itemIndex: 1, ruleId: 'AMOUNT-LIMIT' }],
    });
    expect(queued.items.map((item) => item.outcome)).toEqual(['CLEAR', 'REVIEW']);
  });

  it('answers a dry run with the rate no real rate is as REVIEW, never CLEAR', async () => {
    const response = await customs.post(
      '/assessments',
      {
        exportCountry: 'US',
        importCountry: 'FR',
        purpose: 'SALE',
        date: today(),
        items: [{ ...contemporaryPainting, value: { amount: '1000.00', currency: 'USD' } }],
      },
      'someone',
      'FINANCE',
    );
    expect(response.status).toBe(200);
    const body = await readJson<{
      outcome: string;
      items: { findings: { ruleId: string; effect: string }[] }[];
      duties: { customsValue: { amount: string }; complete: boolean };
    }>(response);
    expect(body.outcome).toBe('REVIEW');
    expect(body.items[0].findings).toContainEqual(
      expect.objectContaining({ ruleId: 'FX-RATE', effect: 'REVIEW' }),
    );
    expect(body.duties).toMatchObject({ customsValue: { amount: '0.00' }, complete: false });
  });
});
