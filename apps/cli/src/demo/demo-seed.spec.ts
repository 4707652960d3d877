import { ArtworkAttributesV1 } from '@artbridge/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEMO_ARTWORKS, DEMO_SHIPMENTS } from './demo-data';
import { demoLicencePeriod, SEED_STEPS, SETTLED_STATUSES, shipmentLine } from './demo-seed';

describe('demo seed', () => {
  it.each(DEMO_ARTWORKS.map((artwork) => [artwork.key, artwork]))(
    '%s has the artwork attributes of API.md, nothing else',
    (_key, { attributes }) => {
      const errors = validateSync(plainToInstance(ArtworkAttributesV1, attributes), {
        whitelist: true,
        forbidNonWhitelisted: true,
      });
      expect(errors.map((error) => error.toString())).toEqual([]);
    },
  );

  it('gives both demo exporters artworks under keys later steps can use', () => {
    const keys = DEMO_ARTWORKS.map((artwork) => artwork.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(DEMO_ARTWORKS.map((artwork) => artwork.owner))).toEqual(
      new Set(['exporter1', 'exporter2']),
    );
    expect(SEED_STEPS.map((step) => step.name)).toEqual(['artworks', 'shipments', 'ip-licences']);
  });

  it('ships only artworks the seed registers, each by its owner', () => {
    const keys = new Set(DEMO_ARTWORKS.map((artwork) => artwork.key));
    for (const shipment of DEMO_SHIPMENTS) expect(keys).toContain(shipment.artwork);
  });

  it('tells of each shipment a status the saga stays in, so the seed can wait for it', () => {
    for (const shipment of DEMO_SHIPMENTS) expect(SETTLED_STATUSES).toContain(shipment.reaches);
  });

  describe('a shipment line says the status the shipment reached', () => {
    const shipment = {
      id: '01a25297-e7c7-71ee-90f1-618c2c820517',
      owner: 'exporter1',
      story: 'Shanghai → Paris: cleared, waiting for the buyer to pay (finance)',
      reaches: 'AWAITING_PAYMENT' as const,
    };
    const told = `  ${shipment.id}  exporter1: ${shipment.story}`;

    it('as told: the status after the story', () => {
      expect(shipmentLine(shipment, { status: 'AWAITING_PAYMENT', settled: true })).toBe(
        `${told} [AWAITING_PAYMENT]`,
      );
    });

    it('settled elsewhere: not as told, and why', () => {
      expect(
        shipmentLine(shipment, {
          status: 'PENDING_REVIEW',
          settled: true,
          why: 'customs: FX-RATE REVIEW',
        }),
      ).toBe(
        `${told} [NOT AS TOLD: PENDING_REVIEW (customs: FX-RATE REVIEW); the story needs AWAITING_PAYMENT]`,
      );
    });

    it('still moving when the wait ran out: says so', () => {
      expect(shipmentLine(shipment, { status: 'DECLARED', settled: false })).toBe(
        `${told} [NOT AS TOLD: still DECLARED, not settled; the story needs AWAITING_PAYMENT]`,
      );
    });
  });

  it('gives the demo licence a period that holds today, whenever the platform is started', () => {
    expect(demoLicencePeriod(new Date('2026-12-06T09:00:00Z'))).toEqual({
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
  });
});
