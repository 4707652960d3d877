import { ArtworkAttributesV1 } from '@artbridge/contracts';
import { toDomainAttributes } from './artwork-attributes';
import { assess, CUSTOMS_RULE_BOOK } from './domain';
import { fixtureFx } from './testing/fx-fixture';

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

  it('takes a material’s share of the volume and the musical instrument flag (UK-IVORY-EXEMPT)', () => {
    const bow = {
      ...wire,
      title: 'Violin bow',
      artist: { name: 'John Dodd' },
      creationYear: 1820,
      category: 'ANTIQUE',
      value: { amount: '20000.00', currency: 'GBP' },
      originCountry: 'GB',
      musicalInstrument: true,
      materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 15 }],
    } as unknown as ArtworkAttributesV1;
    const item = toDomainAttributes(bow);
    expect(item).toMatchObject({
      musicalInstrument: true,
      materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 15 }],
    });
    const assessment = assess(
      {
        exportCountry: 'GB',
        importCountry: 'US',
        purpose: 'SALE',
        date: '2026-04-13',
        items: [item],
      },
      { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx },
    );
    expect(assessment.outcome).toBe('REVIEW');
    expect(assessment.items[0].licencesRequired).toContain('UK_IVORY_REGISTRATION');
    expect(assessment.items[0].findings.map((f) => [f.ruleId, f.effect])).toContainEqual([
      'UK-IVORY-EXEMPT',
      'LICENCE_REQUIRED',
    ]);
  });

  it('keeps handExecuted false for reproductions', () => {
    expect(toDomainAttributes({ ...wire, handExecuted: false }).handExecuted).toBe(false);
  });
});
