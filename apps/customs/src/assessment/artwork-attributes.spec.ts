import { ArtworkAttributesV1 } from '@artbridge/contracts';
import { toDomainAttributes } from './artwork-attributes';

describe('toDomainAttributes', () => {
  const wire = {
    title: 'Shrimps',
    artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
    creationYear: 1950,
    category: 'PAINTING',
    value: { amount: '3000000.50', currency: 'CNY' },
    ownedByCreator: false,
    originCountry: 'CN',
    materials: [{ material: 'IVORY', weightGrams: 12.5, acquiredYear: 1960 }],
    dimensions: { heightCm: 100, widthCm: 34 },
  } as unknown as ArtworkAttributesV1;

  it('takes money in minor units and handExecuted as true when not given', () => {
    expect(toDomainAttributes(wire)).toMatchObject({
      handExecuted: true,
      value: { minor: 300000050n, currency: 'CNY' },
      artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
      materials: [{ material: 'IVORY', weightGrams: 12.5, acquiredYear: 1960 }],
      dimensions: { heightCm: 100, widthCm: 34 },
    });
  });

  it('keeps handExecuted false for reproductions', () => {
    expect(toDomainAttributes({ ...wire, handExecuted: false }).handExecuted).toBe(false);
  });
});
