import { estuaryAtDusk } from '../../../test/artworks.fixtures';
import { detectLayout, parseImportLine } from './import-line';
import { canonicalJson, mapNativeRecord } from './native-record';

const NATIVE = {
  title: 'Shan Shui',
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING',
  technique: 'INK',
  medium: 'Ink and colour on paper',
  portrait: false,
  materials: [{ material: 'ROSEWOOD', weightGrams: 450, acquiredYear: 1980 }],
  dimensions: { heightCm: 68.5, widthCm: 137 },
  value: { amount: '1200000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
  provenance: [
    { year: 1990, owner: 'Private collection, Hong Kong', event: 'Purchased from the artist' },
  ],
};

const options = { defaultValue: { minor: 0n, currency: 'EUR' } };

describe('mapNativeRecord', () => {
  it('maps the attributes of API.md, exact money, handExecuted true by default', () => {
    const result = mapNativeRecord(NATIVE, 1);
    expect(result).toMatchObject({
      ok: true,
      attributes: {
        title: 'Shan Shui',
        artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
        contributors: [{ name: 'Wu Guanzhong', role: 'artist', birthYear: 1919, deathYear: 2010 }],
        category: 'PAINTING',
        handExecuted: true,
        materials: [{ material: 'ROSEWOOD', weightGrams: 450, acquiredYear: 1980 }],
        dimensions: { heightCm: 68.5, widthCm: 137 },
        value: { minor: 120_000_000n, currency: 'CNY' },
        originCountry: 'CN',
        provenance: [
          {
            year: 1990,
            owner: 'Private collection, Hong Kong',
            event: 'Purchased from the artist',
          },
        ],
      },
    });
  });

  it('keeps a material’s share of the volume (UK Ivory Act exemptions)', () => {
    const result = mapNativeRecord(
      { ...NATIVE, materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 7.5 }] },
      1,
    );
    expect(result).toMatchObject({
      ok: true,
      attributes: { materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 7.5 }] },
    });
  });

  it('takes the OpenAPI example artwork, whose material is LINEN, as a registration does', () => {
    expect(mapNativeRecord(estuaryAtDusk, 1)).toMatchObject({
      ok: true,
      attributes: {
        materials: [{ material: 'LINEN', weightGrams: 900, acquiredYear: 2018, volumePercent: 5 }],
      },
    });
  });

  it('takes a weight in fractions of a gram, as a registration does', () => {
    expect(
      mapNativeRecord({ ...NATIVE, materials: [{ material: 'ivory', weightGrams: 812.5 }] }, 1),
    ).toMatchObject({
      ok: true,
      attributes: { materials: [{ material: 'IVORY', weightGrams: 812.5 }] },
    });
  });

  it('takes any material, a CITES code in any spelling as the code (as a registration)', () => {
    const materials = [
      { material: 'ivory' },
      { material: ' Dalbergia nigra ' },
      { material: 'Oak veneer' },
    ];
    expect(mapNativeRecord({ ...NATIVE, materials }, 1)).toMatchObject({
      ok: true,
      attributes: {
        materials: [
          { material: 'IVORY' },
          { material: 'DALBERGIA_NIGRA' },
          { material: 'Oak veneer' },
        ],
      },
    });
  });

  it('keeps musicalInstrument (UK Ivory Act), absent when the record does not say', () => {
    expect(mapNativeRecord({ ...NATIVE, musicalInstrument: true }, 1)).toMatchObject({
      ok: true,
      attributes: { musicalInstrument: true },
    });
    const unsaid = mapNativeRecord(NATIVE, 1);
    expect(unsaid.ok && 'musicalInstrument' in unsaid.attributes).toBe(false);
  });

  it('derives the source id from the record when none is given, whatever the key order', () => {
    const first = mapNativeRecord(NATIVE, 1);
    const reordered = mapNativeRecord(JSON.parse(canonicalJson(NATIVE)), 2);
    const changed = mapNativeRecord({ ...NATIVE, title: 'Another' }, 3);
    expect(first.ok && first.sourceId).toMatch(/^native:sha256:[0-9a-f]{64}$/);
    expect(reordered.ok && reordered.sourceId).toBe(first.ok && first.sourceId);
    expect(changed.ok && changed.sourceId).not.toBe(first.ok && first.sourceId);
    expect(mapNativeRecord({ ...NATIVE, sourceId: 'INV-0042' }, 4)).toMatchObject({
      ok: true,
      sourceId: 'native:INV-0042',
    });
  });

  it('accepts lengths to the millimetre, however the float is stored', () => {
    const dimensions = { heightCm: 1.1, widthCm: 0.3, depthCm: 100_000 };
    expect(mapNativeRecord({ ...NATIVE, dimensions }, 1)).toMatchObject({
      ok: true,
      attributes: { dimensions },
    });
  });

  it('keeps a year range and an explicit handExecuted false', () => {
    const result = mapNativeRecord(
      { ...NATIVE, creationYearEnd: 1987, handExecuted: false, category: 'REPRODUCTION' },
      1,
    );
    expect(result).toMatchObject({
      ok: true,
      attributes: { creationYear: 1985, creationYearEnd: 1987, handExecuted: false },
    });
  });

  it.each<[string, unknown, string[]]>([
    [
      'a missing title',
      { ...NATIVE, title: undefined },
      ['title must be longer than or equal to 1 characters', 'title must be a string'],
    ],
    [
      'an artist without a name',
      { ...NATIVE, artist: {} },
      ['artist.name must be longer than or equal to 1 characters', 'artist.name must be a string'],
    ],
    ['no artist', { ...NATIVE, artist: undefined }, ['artist should not be null or undefined']],
    [
      'a year as text',
      { ...NATIVE, creationYear: '1985' },
      [
        'creationYear must not be greater than 9999',
        'creationYear must not be less than -10000',
        'creationYear must be an integer number',
      ],
    ],
    [
      'an unknown category',
      { ...NATIVE, category: 'OIL_PAINTING' },
      [expect.stringMatching(/^category must be one of PAINTING, WATERCOLOUR/)],
    ],
    [
      'too many decimals for the currency',
      { ...NATIVE, value: { amount: '10.001', currency: 'EUR' } },
      ["value.amount '10.001' has 3 decimals but EUR has 2"],
    ],
    [
      'a float amount',
      { ...NATIVE, value: { amount: 1200000, currency: 'CNY' } },
      ['value.amount must be a decimal string such as "1250.00"'],
    ],
    ['no value', { ...NATIVE, value: undefined }, ['value should not be null or undefined']],
    [
      'an unknown country',
      { ...NATIVE, originCountry: 'XX' },
      ['originCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB'],
    ],
    [
      'a wrong provenance year',
      { ...NATIVE, provenance: [{ ...NATIVE.provenance[0], year: 'c.1990' }] },
      [expect.stringMatching(/^provenance\[0\]\.year /)],
    ],
    [
      'a share of the volume of 0 or over 100',
      {
        ...NATIVE,
        materials: [
          { material: 'IVORY', volumePercent: 0 },
          { material: 'IVORY', volumePercent: 100.5 },
        ],
      },
      [
        'materials[0].volumePercent must be a positive number',
        'materials[1].volumePercent must not be greater than 100',
      ],
    ],
    [
      'a musicalInstrument that is not a boolean',
      { ...NATIVE, musicalInstrument: 'yes' },
      ['musicalInstrument must be a boolean value'],
    ],
    [
      'a material that is empty, too long or not text',
      {
        ...NATIVE,
        materials: [{ material: '' }, { material: 'J'.repeat(101) }, { material: 5 }],
      },
      [
        'materials[0].material must be longer than or equal to 1 characters',
        'materials[1].material must be shorter than or equal to 100 characters',
        'materials[2].material must be a string',
      ],
    ],
    [
      'a title or an artist name of white space only',
      { ...NATIVE, title: '   ', artist: { name: '\t' } },
      ['title must not be blank', 'artist.name must not be blank'],
    ],
    [
      'a technique, medium, material, provenance owner or event of white space only',
      {
        ...NATIVE,
        technique: ' ',
        medium: '\n',
        materials: [{ material: '   ', weightGrams: 450 }],
        provenance: [{ year: 1990, owner: ' ', event: '\u3000' }],
      },
      [
        'technique must not be blank',
        'medium must not be blank',
        'materials[0].material must not be blank',
        'provenance[0].owner must not be blank',
        'provenance[0].event must not be blank',
      ],
    ],
    [
      'a weight below 0 or over 1,000 tonnes',
      {
        ...NATIVE,
        materials: [
          { material: 'IVORY', weightGrams: -0.5 },
          { material: 'JADE', weightGrams: 1_000_000_000.5 },
        ],
      },
      [
        'materials[0].weightGrams must not be less than 0',
        'materials[1].weightGrams must not be greater than 1000000000',
      ],
    ],
    [
      'a material that is an array, not an object',
      { ...NATIVE, materials: [[{ material: 'IVORY' }]] },
      ['materials: each item of materials must be an object'],
    ],
    [
      'an empty array as a material',
      { ...NATIVE, materials: [[]] },
      ['materials: each item of materials must be an object'],
    ],
    [
      'a provenance entry that is an array, not an object',
      { ...NATIVE, provenance: [NATIVE.provenance] },
      ['provenance: each item of provenance must be an object'],
    ],
    [
      'dimensions finer than a millimetre',
      { ...NATIVE, dimensions: { heightCm: 68.55, widthCm: 137 } },
      [
        'dimensions.heightCm must be a positive number of centimetres with at most one decimal (a whole millimetre), up to 100000',
      ],
    ],
    [
      'a length given as text',
      { ...NATIVE, dimensions: { heightCm: '68.5', widthCm: 0 } },
      [
        'dimensions.heightCm must be a positive number of centimetres with at most one decimal (a whole millimetre), up to 100000',
        'dimensions.widthCm must be a positive number of centimetres with at most one decimal (a whole millimetre), up to 100000',
      ],
    ],
    [
      'a field the layout does not have',
      { ...NATIVE, creationyear: 1985 },
      ['creationyear is not a field of the artwork attributes'],
    ],
    [
      'a range ending before it starts',
      { ...NATIVE, creationYearEnd: 1980 },
      ['creationYearEnd must not be before creationYear'],
    ],
  ])('rejects %s with the field path', (_, record, problems) => {
    const result = mapNativeRecord(record, 9);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBe(9);
    expect(!result.ok && result.message.split('; ')).toEqual(expect.arrayContaining(problems));
  });
});

describe('parseImportLine', () => {
  it('tells the two layouts apart by the Tate accession number', () => {
    expect(detectLayout({ acno: 'N00120' })).toBe('tate');
    expect(detectLayout(NATIVE)).toBe('native');
    expect(detectLayout([])).toBe('native');
  });

  it('maps either layout from a line of text', () => {
    expect(parseImportLine(JSON.stringify(NATIVE), 1, options)).toMatchObject({
      ok: true,
      attributes: { title: 'Shan Shui' },
    });
    const tate = parseImportLine(
      '\uFEFF{"acno": "A00035", "title": "Infant Sorrow", "contributors": [{"fc": "William Blake", "role": "artist"}], "startYear": 1794, "endYear": 1794, "classification": "on paper, print", "medium": "Relief etching on paper", "dimensions": "image: 112 x 97 mm", "creditLine": "Presented by Mrs John Richmond 1922", "acquisitionYear": 1922}\r',
      2,
      options,
    );
    expect(tate).toMatchObject({
      ok: true,
      sourceId: 'tate:A00035',
      attributes: { category: 'PRINT', value: options.defaultValue },
    });
  });

  it.each([
    ['{"title": "unterminated"', /^line is not valid JSON \(/],
    ['not json at all', /^line is not valid JSON \(/],
    ['   ', /^line is empty$/],
    ['42', /^record must be a JSON object$/],
    ['"a string"', /^record must be a JSON object$/],
  ])('rejects %j', (text, message) => {
    const result = parseImportLine(text, 5, options);
    expect(result).toMatchObject({ ok: false, line: 5 });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('rejects a line nested too deep, rather than failing the whole import', () => {
    const deep = `{"title": "deep", "extra": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(parseImportLine(deep, 3, options)).toEqual({
      ok: false,
      line: 3,
      message: 'record is nested deeper than 32 levels',
    });
  });

  it('rejects the NUL character, naming where, rather than leaving it to the database', () => {
    const record = {
      ...NATIVE,
      title: 'Shan\u0000Shui',
      provenance: [{ ...NATIVE.provenance[0], owner: '\u0000' }],
    };
    expect(parseImportLine(JSON.stringify(record), 4, options)).toMatchObject({
      ok: false,
      message:
        'title must not contain the NUL character (\\u0000); provenance.0.owner must not contain the NUL character (\\u0000)',
    });
  });

  it('rejects a lone surrogate, which a jsonb column refuses', () => {
    const record = { ...NATIVE, provenance: [{ ...NATIVE.provenance[0], event: 'a\ud800b' }] };
    expect(parseImportLine(JSON.stringify(record), 4, options)).toMatchObject({
      ok: false,
      message:
        'provenance.0.event must be well-formed Unicode: it holds a lone surrogate (\\ud800-\\udfff)',
    });
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))(
    'rejects %s as any field the layout does not have, at the top, nested and in a list',
    (key) => {
      const rejected = (name: string) => {
        // a computed key is an own property, `__proto__` too, as JSON.parse makes it
        const line = JSON.stringify({
          ...NATIVE,
          [name]: { sourceId: 'x' },
          artist: { ...NATIVE.artist, [name]: 1 },
          provenance: [{ ...NATIVE.provenance[0], [name]: 1 }],
        });
        return parseImportLine(line, 7, options);
      };
      expect(rejected('foo')).toEqual({
        ok: false,
        line: 7,
        message:
          'foo is not a field of the artwork attributes; artist.foo is not a field of the artwork attributes; provenance[0].foo is not a field of the artwork attributes',
      });
      expect(rejected(key)).toEqual({
        ok: false,
        line: 7,
        message: `${key} is not a field of the artwork attributes; artist.${key} is not a field of the artwork attributes; provenance[0].${key} is not a field of the artwork attributes`,
      });
    },
  );

  it.each(['artist', 'value', 'dimensions'])('rejects %s given as an array', (field) => {
    const record = { ...NATIVE, [field]: [NATIVE[field as keyof typeof NATIVE]] };
    const result = parseImportLine(JSON.stringify(record), 6, options);
    expect(!result.ok && result.message).toContain(`${field} must be an object`);
  });
});
