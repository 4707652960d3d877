import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { ArtworkAttributesV1 } from './artwork-attributes.dto';

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messages(error.children ?? []),
  ]);
}

function problems(payload: object): string[] {
  const instance = plainToInstance(ArtworkAttributesV1, payload);
  return messages(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
}

const artwork = {
  title: 'Shrimps',
  artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
  creationYear: 1948,
  category: 'PAINTING',
  handExecuted: true,
  dimensions: { heightCm: 68, widthCm: 34 },
  value: { amount: '3800000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
};

describe('ArtworkAttributesV1', () => {
  it('takes the attributes of API.md', () => {
    expect(problems(artwork)).toEqual([]);
  });

  // @ValidateNested() alone validated each item of an array given instead: a 500 after it
  it.each(['artist', 'dimensions', 'value'] as const)(
    'refuses %s given as an array of what it should be',
    (field) => {
      expect(problems({ ...artwork, [field]: [artwork[field]] })).toEqual([
        `${field} must be an object`,
      ]);
    },
  );

  // @ValidateNested({ each: true }) alone took an array as an item and validated its items:
  // ivory inside [[...]] was left out of an assessment, [[]] gave a 500
  it.each([
    ['materials', [[{ material: 'IVORY', weightGrams: 900 }]]],
    ['materials', [[]]],
    ['provenance', [[{ year: 1950, owner: 'the artist', event: 'Painted' }]]],
  ] as const)('refuses %s holding an array as an item: %j', (field, items) => {
    expect(problems({ ...artwork, [field]: items })).toEqual([
      `each item of ${field} must be an object`,
    ]);
  });

  it('takes a material’s share of the volume (more than 0, at most 100) and a musical instrument flag', () => {
    const bow = {
      ...artwork,
      category: 'ANTIQUE',
      musicalInstrument: true,
      materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 12.5 }],
    };
    expect(problems(bow)).toEqual([]);
    expect(problems({ ...bow, materials: [{ material: 'IVORY', volumePercent: 100 }] })).toEqual(
      [],
    );
    expect(problems({ ...bow, materials: [{ material: 'IVORY', volumePercent: 0 }] })).toEqual([
      'volumePercent must be a positive number',
    ]);
    expect(problems({ ...bow, materials: [{ material: 'IVORY', volumePercent: 100.5 }] })).toEqual([
      'volumePercent must not be greater than 100',
    ]);
    expect(problems({ ...bow, materials: [{ material: 'IVORY', volumePercent: '5' }] })).toEqual(
      expect.arrayContaining([
        'volumePercent must be a number conforming to the specified constraints',
      ]),
    );
    expect(problems({ ...bow, musicalInstrument: 'yes' })).toEqual([
      'musicalInstrument must be a boolean value',
    ]);
  });

  it('requires the artist and the value, saying so once; dimensions may be left out', () => {
    const { artist: _, value: __, dimensions: ___, ...rest } = artwork;
    expect(problems(rest)).toEqual([
      'artist should not be null or undefined',
      'value should not be null or undefined',
    ]);
    expect(problems({ ...artwork, dimensions: null })).toEqual([]);
  });
});
