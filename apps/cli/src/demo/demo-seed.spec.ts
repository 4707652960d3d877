import { ArtworkAttributesV1 } from '@artbridge/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEMO_ARTWORKS, DEMO_SHIPMENTS } from './demo-data';
import { demoLicencePeriod, SEED_STEPS } from './demo-seed';

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

  it('gives the demo licence a period that holds today, whenever the platform is started', () => {
    expect(demoLicencePeriod(new Date('2026-12-06T09:00:00Z'))).toEqual({
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
  });
});
