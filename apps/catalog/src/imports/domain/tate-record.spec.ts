import type { Money } from '@artbridge/money';
import type { ArtworkAttributes } from '../../artworks/domain/artwork';
import {
  publishedContractProblems,
  withCanonicalMaterials,
} from '../../artworks/register-artwork.service';
import { ArtworkImportAttributes } from './import-attributes';
import {
  deathYearFromLifeDates,
  mapTateRecord,
  MAX_PROVENANCE_EVENT_LENGTH,
  provenanceFromCreditLine,
  TRUNCATED_NOTE,
} from './tate-record';

const defaultValue: Money = { minor: 100_000n, currency: 'GBP' };
const options = { defaultValue };

/** Real records of tate-artworks.jsonl (fields the mapper ignores left out). */
const BEECHEY = {
  acno: 'N00120',
  id: 839,
  title: 'Joseph Nollekens',
  contributors: [
    {
      id: 30,
      fc: 'Sir William Beechey',
      mda: 'Beechey, Sir William',
      role: 'artist',
      birthYear: 1753,
      date: '1753–1839',
      gender: 'Male',
    },
  ],
  dateText: 'exhibited 1812',
  startYear: 1812,
  endYear: 1812,
  classification: 'painting',
  medium: 'Oil paint on canvas',
  dimensions: 'support: 762 x 635 mm\r\nframe: 970 x 845 x 90 mm',
  creditLine: 'Purchased with assistance from the Rev. R.E. Kerrich 1835',
  acquisitionYear: 1835,
  subjects: ['Nollekens, Joseph', 'individuals: male', 'man', 'artist, sculptor', 'pipe'],
};

const MUECK = {
  acno: 'AR00034',
  title: 'Wild Man',
  contributors: [{ id: 2672, fc: 'Ron Mueck', role: 'artist', birthYear: 1958, date: 'born 1958' }],
  dateText: '2005',
  startYear: '2005', // a string in 5 real rows
  endYear: null,
  classification: 'sculpture',
  medium: 'Mixed media',
  dimensions: 'displayed: 2850 x 1619 x 1080 mm\r\nweight: 1311 Kilograms',
  creditLine:
    "ARTIST ROOMS\r\nAcquired jointly with the National Galleries of Scotland through The d'Offay Donation with assistance from the National Heritage Memorial Fund and the Art Fund 2008",
  acquisitionYear: 2008,
  subjects: [],
};

const BLAKE_PRINT = {
  acno: 'A00035',
  title: 'Songs of Innocence and of Experience: Infant Sorrow',
  contributors: [{ fc: 'William Blake', role: 'artist', birthYear: 1757, date: '1757–1827' }],
  dateText: '1794, reprinted 1831 or later',
  startYear: 1794,
  endYear: 1794,
  classification: 'on paper, print',
  medium: 'Relief etching on paper',
  dimensions: 'image: 112 x 97 mm',
  creditLine: 'Presented by Mrs John Richmond 1922',
  acquisitionYear: 1922,
};

describe('mapTateRecord', () => {
  it('maps a painting with every attribute', () => {
    const result = mapTateRecord(BEECHEY, 7, options);
    expect(result).toEqual({
      ok: true,
      sourceId: 'tate:N00120',
      attributes: {
        title: 'Joseph Nollekens',
        artist: { name: 'Sir William Beechey', birthYear: 1753, deathYear: 1839 },
        contributors: [
          { name: 'Sir William Beechey', role: 'artist', birthYear: 1753, deathYear: 1839 },
        ],
        creationYear: 1812,
        category: 'PAINTING',
        technique: 'OIL',
        medium: 'Oil paint on canvas',
        handExecuted: true,
        dimensions: { heightCm: 76.2, widthCm: 63.5 },
        value: defaultValue,
        ownedByCreator: false,
        originCountry: 'GB',
        provenance: [
          {
            year: 1835,
            owner: 'Tate',
            event: 'Purchased with assistance from the Rev. R.E. Kerrich',
          },
        ],
      },
    });
    // The result is usable wherever the catalog expects artwork attributes.
    const asCatalogAttributes: ArtworkAttributes | undefined = result.ok
      ? result.attributes
      : undefined;
    expect(asCatalogAttributes?.category).toBe('PAINTING');
  });

  it('maps a sculpture with a year given as text, a joint owner and depth', () => {
    const result = mapTateRecord(MUECK, 1, options);
    expect(result.ok).toBe(true);
    const attributes = (result as { attributes: ArtworkImportAttributes }).attributes;
    expect(attributes).toMatchObject({
      creationYear: 2005,
      category: 'SCULPTURE',
      dimensions: { heightCm: 285, widthCm: 161.9, depthCm: 108 },
      artist: { name: 'Ron Mueck', birthYear: 1958 },
      provenance: [
        {
          year: 2008,
          owner: 'Tate and National Galleries of Scotland',
          event:
            "ARTIST ROOMS. Acquired jointly with the National Galleries of Scotland through The d'Offay Donation with assistance from the National Heritage Memorial Fund and the Art Fund",
        },
      ],
    });
    expect(attributes.artist.deathYear).toBeUndefined();
    expect(attributes.technique).toBeUndefined();
    expect(attributes.creationYearEnd).toBeUndefined();
  });

  it('keeps a date range, every contributor and an attribution when no one is plain artist', () => {
    const result = mapTateRecord(
      {
        ...BEECHEY,
        startYear: 1953,
        endYear: 1962,
        contributors: [
          { fc: 'John Crome', role: 'after', birthYear: 1768, date: '1768–1821' },
          { fc: 'Unknown engraver', role: 'and assistants', birthYear: null, date: null },
        ],
      },
      3,
      options,
    );
    expect(result).toMatchObject({
      ok: true,
      attributes: {
        creationYear: 1953,
        creationYearEnd: 1962,
        artist: { name: 'John Crome', birthYear: 1768, deathYear: 1821, attribution: 'after' },
        contributors: [
          { name: 'John Crome', role: 'after', birthYear: 1768, deathYear: 1821 },
          { name: 'Unknown engraver', role: 'and assistants' },
        ],
      },
    });
  });

  it('takes the first plain artist even when a qualified contributor comes first', () => {
    const result = mapTateRecord(
      {
        ...BEECHEY,
        contributors: [
          { fc: 'Turner', role: 'after' },
          { fc: 'John Pye', role: 'artist' },
        ],
      },
      1,
      options,
    );
    expect(result.ok && result.attributes.artist).toEqual({ name: 'John Pye' });
  });

  it('maps an original print as hand-executed and a photomechanical one as not', () => {
    expect(mapTateRecord(BLAKE_PRINT, 1, options)).toMatchObject({
      ok: true,
      attributes: {
        category: 'PRINT',
        technique: 'ETCHING',
        handExecuted: true,
        dimensions: { heightCm: 11.2, widthCm: 9.7 },
        provenance: [{ year: 1922, owner: 'Tate', event: 'Presented by Mrs John Richmond' }],
      },
    });
    expect(
      mapTateRecord({ ...BLAKE_PRINT, medium: 'Digital print on paper' }, 1, options),
    ).toMatchObject({
      ok: true,
      attributes: { category: 'PRINT', handExecuted: false },
    });
  });

  it('marks self-portraits as portraits and lists CITES materials', () => {
    const result = mapTateRecord(
      {
        ...BEECHEY,
        classification: 'sculpture',
        medium: 'Marble, ivory and bronze on marble base',
        subjects: ['self-portraits'],
      },
      1,
      options,
    );
    expect(result).toMatchObject({
      ok: true,
      attributes: { portrait: true, materials: [{ material: 'IVORY' }] },
    });
  });

  it('leaves dimensions out when the text gives none', () => {
    for (const dimensions of [null, 'Overall display dimensions variable', 'Unconfirmed']) {
      const result = mapTateRecord({ ...BEECHEY, dimensions }, 1, options);
      expect(result.ok && result.attributes.dimensions).toBeUndefined();
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['a record that is not an object', [1, 2], /^record must be a JSON object$/],
    ['null', null, /^record must be a JSON object$/],
    [
      'no acno',
      { ...BEECHEY, acno: '' },
      /^acno must be a non-empty string \(the Tate accession number\)$/,
    ],
    ['no title', { ...BEECHEY, title: undefined }, /^title must be a non-empty string$/],
    [
      'a missing year',
      { ...BEECHEY, startYear: null, endYear: null, dateText: 'date not known' },
      /^startYear is missing \(dateText 'date not known'\): creationYear is required$/,
    ],
    [
      'a malformed year',
      { ...BEECHEY, startYear: 'c.1820' },
      /^startYear must be a year such as 1922, not "c.1820"$/,
    ],
    [
      'an end before the start',
      { ...BEECHEY, endYear: 1800 },
      /^endYear 1800 is before startYear 1812$/,
    ],
    [
      'no contributors',
      { ...BEECHEY, contributors: [] },
      /^contributors is empty: the artist is required$/,
    ],
    [
      'contributors not a list',
      { ...BEECHEY, contributors: 'Beechey' },
      /^contributors must be an array/,
    ],
    [
      'a nameless contributor',
      { ...BEECHEY, contributors: [{ role: 'artist' }] },
      /^contributors\[0\]\.fc must be a non-empty string/,
    ],
    ['a medium of the wrong type', { ...BEECHEY, medium: 42 }, /^medium must be a string or null$/],
    // the contracts' limits (ArtworkRegisteredV1, ArtworkAttributesV1): stored, such a work
    // would fail its announcement (the import job) or its reservation (dead-lettered)
    [
      'an artist name longer than 300 characters',
      { ...BEECHEY, contributors: [{ fc: 'B'.repeat(301), role: 'artist' }] },
      /^contributors\[0\]\.fc is longer than 300 characters$/,
    ],
    [
      'a birth year before -10000',
      { ...BEECHEY, contributors: [{ fc: 'Beechey', role: 'artist', birthYear: -10001 }] },
      /^contributors\[0\]\.birthYear -10001 is not a year from -10000 to 9999$/,
    ],
    [
      'a start year beyond 9999',
      { ...BEECHEY, startYear: 12345, endYear: null },
      /^startYear 12345 is not a year from -10000 to 9999$/,
    ],
    [
      'a start year before -10000',
      { ...BEECHEY, startYear: -20000, endYear: null, contributors: [{ fc: 'Anon' }] },
      /^startYear -20000 is not a year from -10000 to 9999$/,
    ],
    [
      'an end year beyond 9999',
      { ...BEECHEY, endYear: 100000 },
      /^endYear 100000 is not a year from -10000 to 9999$/,
    ],
    [
      'an acquisition year beyond 9999',
      { ...BEECHEY, creditLine: 'Purchased', acquisitionYear: 20000 },
      /^acquisitionYear 20000 is not a year from -10000 to 9999$/,
    ],
    [
      'a medium longer than 1000 characters',
      { ...BEECHEY, medium: `Oil paint on canvas${', and'.repeat(200)}` },
      /^medium is longer than 1000 characters$/,
    ],
    [
      'sides of 0 mm',
      { ...BEECHEY, dimensions: 'support: 0 x 0 mm' },
      /^dimensions: support '0 x 0 mm' has a side of 0 mm once rounded to the millimetre: not a size$/,
    ],
    [
      'a side that rounds to 0 mm',
      { ...BEECHEY, dimensions: 'support: 762 x 0.4 mm' },
      /^dimensions: support '762 x 0.4 mm' has a side of 0 mm/,
    ],
    [
      'a side of a hundred kilometres',
      { ...BEECHEY, dimensions: '99999999999 x 1 mm' },
      /^dimensions: '99999999999 x 1 mm' has a side above 100000 cm/,
    ],
    [
      'a length in exponent form',
      { ...BEECHEY, dimensions: '1e400 x 5 mm' },
      /^dimensions: '1e400 x 5 mm' is not a plain decimal number/,
    ],
    [
      'a video installation',
      { ...BEECHEY, classification: 'installation', medium: 'Video, monitor, colour' },
      /^classification 'installation' with medium 'Video, monitor, colour' is a moving-image or sound work/,
    ],
  ])('rejects %s, naming the field', (_, record, message) => {
    const result = mapTateRecord(record, 12, options);
    expect(result).toMatchObject({ ok: false, line: 12 });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('reports every problem of a record at once', () => {
    const result = mapTateRecord(
      { ...BEECHEY, title: '', startYear: null, classification: 'supporting material' },
      4,
      options,
    );
    expect(!result.ok && result.message.split('; ')).toEqual([
      'title must be a non-empty string',
      "startYear is missing (dateText 'exhibited 1812'): creationYear is required",
      "classification 'supporting material' is archive material that supports a work, not an artwork",
    ]);
  });
});

describe('provenanceFromCreditLine', () => {
  it.each<[string, number | undefined, ReturnType<typeof provenanceFromCreditLine>]>([
    ['Presented by X 1922', 1922, { year: 1922, owner: 'Tate', event: 'Presented by X' }],
    ['Purchased 1976', 1976, { year: 1976, owner: 'Tate', event: 'Purchased' }],
    [
      'Bequeathed by Mrs A.F. Kessler 1983',
      1983,
      { year: 1983, owner: 'Tate', event: 'Bequeathed by Mrs A.F. Kessler' },
    ],
    [
      'Accepted by HM Government in lieu of tax and allocated to the Tate Gallery 1996',
      1996,
      {
        year: 1996,
        owner: 'Tate',
        event: 'Accepted by HM Government in lieu of tax and allocated to the Tate Gallery',
      },
    ],
    [
      'Presented by Derek Hill 1948, accessioned 1981',
      1981,
      { year: 1948, owner: 'Tate', event: 'Presented by Derek Hill' },
    ],
    [
      'Presented by the artist 1945.',
      1945,
      { year: 1945, owner: 'Tate', event: 'Presented by the artist' },
    ],
    [
      'Purchased 2001. The Artangel Collection at Tate',
      2001,
      { year: 2001, owner: 'Tate', event: 'Purchased 2001. The Artangel Collection at Tate' },
    ],
    [
      'ARTIST ROOMS\r\nTate and National Galleries of Scotland. Presented by Anthony d’Offay 2010',
      2010,
      {
        year: 2010,
        owner: 'Tate and National Galleries of Scotland',
        event:
          'ARTIST ROOMS. Tate and National Galleries of Scotland. Presented by Anthony d’Offay',
      },
    ],
    ['Purchased 2001', undefined, { year: 2001, owner: 'Tate', event: 'Purchased' }],
    ['Gift of the artist', undefined, undefined],
    // nothing before the year: the event is the credit line, never empty (the contract's 1..1000)
    [', 1922', undefined, { year: 1922, owner: 'Tate', event: ', 1922' }],
    ['', 1990, undefined],
  ])('%j (acquired %s)', (creditLine, acquisitionYear, expected) => {
    expect(provenanceFromCreditLine(creditLine, acquisitionYear)).toEqual(expected);
  });
});

describe('a credit line longer than the provenance event takes', () => {
  it('is cut to the limit with a note saying so, the year and owner kept', () => {
    const creditLine = `Presented by ${'the Friends of the Tate Gallery, '.repeat(40)}1999`;
    const entry = provenanceFromCreditLine(creditLine, undefined);
    expect(entry).toMatchObject({ year: 1999, owner: 'Tate' });
    expect(entry!.event.length).toBeLessThanOrEqual(MAX_PROVENANCE_EVENT_LENGTH);
    expect(entry!.event.endsWith(TRUNCATED_NOTE)).toBe(true);
    expect(entry!.event.startsWith('Presented by the Friends of the Tate Gallery,')).toBe(true);
  });

  it('is never cut inside a character written as two UTF-16 units', () => {
    const entry = provenanceFromCreditLine(`${'😀'.repeat(600)} 2001`, undefined);
    expect(entry!.event.length).toBeLessThanOrEqual(MAX_PROVENANCE_EVENT_LENGTH);
    expect(entry!.event).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('is imported: the work is sound, its credit line is only cut', () => {
    const creditLine = `Presented by ${'a Friend of Tate, '.repeat(80)}1999`;
    const result = mapTateRecord({ ...BEECHEY, creditLine }, 1, options);
    expect(result.ok && result.attributes.provenance?.[0].event).toMatch(/credit line truncated]$/);
  });
});

describe('deathYearFromLifeDates', () => {
  it.each<[string | undefined, number | undefined]>([
    ['1757–1827', 1827],
    ['c.1811–c.1870', 1870],
    ['1850 or 55–1920', 1920],
    ['?1750–1800', 1800],
    ['1925 – 2011', 2011],
    ['1790–after 1850', 1850],
    ['born 1958', undefined],
    ['active 1820–1850', undefined],
    ['established 1990', undefined],
    ['19th century', undefined],
    ['1840–c.1870s', undefined],
    [undefined, undefined],
  ])('%j -> %s', (lifeDates, deathYear) => {
    expect(deathYearFromLifeDates(lifeDates)).toBe(deathYear);
  });
});

/**
 * The import stores what the Tate mapping accepts without checking each line against the
 * contracts (that doubled its CPU): the mapping's limits are the contracts' own. A record at
 * every limit the mapping allows fits the events the work travels in, ArtworkRegistered and its
 * reservation's ArtworksReserved; one beyond any of them is refused by the mapping (above).
 */
describe('a Tate record at every limit the mapping allows', () => {
  it('fits the contracts the work is announced and reserved in', () => {
    const result = mapTateRecord(
      {
        ...BEECHEY,
        title: 'T'.repeat(500),
        contributors: [{ fc: 'B'.repeat(300), role: 'artist', birthYear: -10000 }],
        startYear: -10000,
        endYear: 9999,
        medium: 'm'.repeat(1000),
        creditLine: `${'c'.repeat(5000)} 9999`,
        acquisitionYear: 9999,
      },
      1,
      options,
    );
    expect(result.ok).toBe(true);
    const attributes = withCanonicalMaterials(
      (result as { attributes: ArtworkImportAttributes }).attributes as ArtworkAttributes,
    );
    expect(publishedContractProblems('exporter1', attributes)).toEqual([]);
  });
});
