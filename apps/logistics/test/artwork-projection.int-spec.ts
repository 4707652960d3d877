import { ArtworkRevalued } from '@artbridge/contracts';
import { readJson, TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
import { exporter1, SagaHarness } from './saga-harness';

/** Logistics' copy of catalog's artworks follows their revaluations (ArtworkRevalued). */
describe("logistics: its copy of an artwork's value (real PostgreSQL and Kafka)", () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, DEFAULT_LOGISTICS_SETTINGS);
  });
  afterAll(() => context.cleanup());

  const valueOf = async (artworkId: string) => {
    const response = await h.request(`/artworks/${artworkId}`, exporter1);
    return response.status === 200
      ? (await readJson<{ value: { amount: string; currency: string } }>(response)).value
      : undefined;
  };
  const revalued = (artworkId: string, amount: string, revaluedAt: string) =>
    h.publish(
      ArtworkRevalued,
      { artworkId, exporterId: 'exporter1', value: { amount, currency: 'GBP' }, revaluedAt },
      artworkId,
    );

  it('takes the latest value, whatever order the revaluations come in, once each', async () => {
    const artworkId = randomUUID();
    await h.registerArtwork(artworkId, 'Twin Swallows', '2026-03-02T09:30:00.000Z');
    const registered = await waitFor('logistics to know the artwork', () => valueOf(artworkId));

    await revalued(artworkId, '1000.00', '2026-03-03T10:00:00.000Z');
    await waitFor('the first revaluation', async () =>
      (await valueOf(artworkId))?.amount === '1000.00' ? true : undefined,
    );
    expect(registered).not.toEqual({ amount: '1000.00', currency: 'GBP' });

    // an older one heard late (a redriven dead letter) does not undo it: once an artwork
    // registered after it is known (one partition, in order), it was handled
    await revalued(artworkId, '500.00', '2026-03-03T09:00:00.000Z');
    const marker = randomUUID();
    await h.registerArtwork(marker, 'Marker');
    await waitFor('the artwork registered after it', () => valueOf(marker));
    expect(await valueOf(artworkId)).toEqual({ amount: '1000.00', currency: 'GBP' });
    // a newer one wins
    const again = await revalued(artworkId, '2000.00', '2026-03-04T10:00:00.000Z');
    await waitFor('the newest revaluation', async () =>
      (await valueOf(artworkId))?.amount === '2000.00' ? true : undefined,
    );
    const [row] = (await h.logistics.app
      .get(DataSource)
      .query(
        `SELECT value_changed_at, last_message_id FROM artwork_projection WHERE artwork_id = $1`,
        [artworkId],
      )) as { value_changed_at: Date; last_message_id: string }[];
    expect(row).toEqual({
      value_changed_at: new Date('2026-03-04T10:00:00.000Z'),
      last_message_id: again.id,
    });
  });

  it('keeps a revalued value when the registration comes again (a dead letter redriven)', async () => {
    const artworkId = randomUUID();
    await h.registerArtwork(artworkId, 'Egrets in Reeds', '2026-03-02T09:30:00.000Z');
    await waitFor('logistics to know the artwork', () => valueOf(artworkId));
    await revalued(artworkId, '3000.00', '2026-03-03T10:00:00.000Z');
    await waitFor('the revaluation', async () =>
      (await valueOf(artworkId))?.amount === '3000.00' ? true : undefined,
    );
    // the same registration as a new message, as a redrive sends it
    const redriven = await h.registerArtwork(
      artworkId,
      'Egrets in Reeds',
      '2026-03-02T09:30:00.000Z',
    );
    await waitFor('the redriven registration handled', async () => {
      const [row] = (await h.logistics.app
        .get(DataSource)
        .query(`SELECT last_message_id FROM artwork_projection WHERE artwork_id = $1`, [
          artworkId,
        ])) as { last_message_id: string }[];
      return row?.last_message_id === redriven.id ? true : undefined;
    });
    expect(await valueOf(artworkId)).toEqual({ amount: '3000.00', currency: 'GBP' });
  });

  it('keeps a revaluation heard before the registration (dead-lettered, then redriven) and ends at the latest value', async () => {
    const artworkId = randomUUID();
    // the registration failed and went to the dead letters; catalog's revaluations came after
    // it, the newer one first (a redrive of its own may bring the older one late)
    const newer = await revalued(artworkId, '4000.00', '2026-03-04T10:00:00.000Z');
    const older = await revalued(artworkId, '3500.00', '2026-03-03T10:00:00.000Z');
    await waitFor('the revaluations handled', async () =>
      (await h.handled([newer.id, older.id])) ? true : undefined,
    );
    expect(await valueOf(artworkId)).toBeUndefined();
    // the registration redriven: a new message, after them
    await h.registerArtwork(artworkId, 'Pines in Snow', '2026-03-02T09:30:00.000Z');
    await waitFor('logistics to know the artwork', () => valueOf(artworkId));
    expect(await valueOf(artworkId)).toEqual({ amount: '4000.00', currency: 'GBP' });
    // the revaluation kept aside is used up by the registration
    const kept = (await h.logistics.app
      .get(DataSource)
      .query(`SELECT 1 FROM artwork_early_revaluation WHERE artwork_id = $1`, [
        artworkId,
      ])) as unknown[];
    expect(kept).toHaveLength(0);
    // and a later revaluation still wins over it
    await revalued(artworkId, '4500.00', '2026-03-05T10:00:00.000Z');
    await waitFor('the later revaluation', async () =>
      (await valueOf(artworkId))?.amount === '4500.00' ? true : undefined,
    );
  });

  it('leaves alone an artwork it never heard registered', async () => {
    const unknown = randomUUID();
    const known = randomUUID();
    await revalued(unknown, '10.00', '2026-03-03T10:00:00.000Z');
    // heard after it, on the same topic: once it is in, the revaluation was handled
    await h.registerArtwork(known, 'Lotus Pond');
    await waitFor('logistics to know the later artwork', () => valueOf(known));
    expect(await valueOf(unknown)).toBeUndefined();
  });
});
