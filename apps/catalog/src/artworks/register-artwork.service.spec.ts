import type { ArtworkAttributes } from './domain/artwork';
import { inSourceIdOrder, publishedContractProblems } from './register-artwork.service';

const attributes: ArtworkAttributes = {
  title: 'Shan Shui',
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING',
  medium: 'Ink and colour on paper',
  handExecuted: true,
  value: { minor: 0n, currency: 'GBP' },
  ownedByCreator: false,
  originCountry: 'GB',
  provenance: [{ year: 1990, owner: 'Tate', event: 'Purchased' }],
};

describe('publishedContractProblems', () => {
  it('finds nothing in an artwork its events can carry', () => {
    expect(publishedContractProblems('exporter1', attributes)).toEqual([]);
  });

  it('names each field its announcement or its reservation would refuse, and the message', () => {
    const problems = publishedContractProblems('exporter1', {
      ...attributes,
      artist: { name: 'N'.repeat(301), birthYear: -10001 },
      medium: 'm'.repeat(1001),
      provenance: [{ year: 1990, owner: 'Tate', event: 'e'.repeat(1001) }],
    });
    expect(problems).toEqual([
      'artist.name must be shorter than or equal to 300 characters (catalog.artwork.registered, catalog.artworks.reserved)',
      'artist.birthYear must not be less than -10000 (catalog.artworks.reserved)',
      'medium must be shorter than or equal to 1000 characters (catalog.artworks.reserved)',
      'provenance.0.event must be shorter than or equal to 1000 characters (catalog.artworks.reserved)',
    ]);
  });

  it('names an exporter id no announcement can carry', () => {
    expect(publishedContractProblems('x'.repeat(201), attributes)).toEqual([
      'exporterId must be shorter than or equal to 200 characters (catalog.artwork.registered, catalog.artworks.reserved)',
    ]);
  });
});

describe('inSourceIdOrder', () => {
  it('sorts by source id whatever the order given, those without one last, leaving the input as it was', () => {
    const given = ['tate:N2', null, 'native:b', 'tate:A1', null, 'native:a'].map(
      (sourceId, index) => ({ sourceId, index }),
    );
    const ordered = inSourceIdOrder(given);
    expect(ordered.map((artwork) => artwork.sourceId)).toEqual([
      'native:a',
      'native:b',
      'tate:A1',
      'tate:N2',
      null,
      null,
    ]);
    expect(inSourceIdOrder([...given].reverse()).map((artwork) => artwork.sourceId)).toEqual(
      ordered.map((artwork) => artwork.sourceId),
    );
    expect(given.map((artwork) => artwork.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
