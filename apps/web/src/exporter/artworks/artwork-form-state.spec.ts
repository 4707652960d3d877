import { ARTWORK_ATTRIBUTE_KEYS } from '../shared/api-types';
import {
  ARTWORK_FORM_FIELDS,
  artworkRequestBody,
  emptyArtworkForm,
  emptyMaterial,
  emptyProvenance,
} from './artwork-form-state';

describe('the artwork form’s request body', () => {
  it('sends the required facts and leaves empty optional ones out', () => {
    const body = artworkRequestBody({
      ...emptyArtworkForm(),
      title: ' Nymphéas ',
      artistName: 'Claude Monet',
      creationYear: '1916',
      category: 'PAINTING',
      valueAmount: '150000.00',
      valueCurrency: 'eur',
      originCountry: 'fr',
    });
    expect(body).toEqual({
      title: 'Nymphéas',
      artist: { name: 'Claude Monet', ethnicMinority: false },
      creationYear: 1916,
      category: 'PAINTING',
      handExecuted: true,
      portrait: false,
      value: { amount: '150000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'FR',
    });
  });

  it('sends a BCE year as negative, lists row by row, and partial dimensions as typed', () => {
    const body = artworkRequestBody({
      ...emptyArtworkForm(),
      creationYear: '-200',
      artistBirthYear: '-260',
      materials: [
        { ...emptyMaterial(), material: 'IVORY', weightGrams: '120.5', acquiredYear: '-210' },
        { ...emptyMaterial(), material: 'bronze' },
      ],
      provenance: [{ ...emptyProvenance(), year: '1901', owner: 'A. Collector', event: 'bought' }],
      heightCm: '40',
    });
    expect(body.creationYear).toBe(-200);
    expect(body.artist.birthYear).toBe(-260);
    expect(body.materials).toEqual([
      { material: 'IVORY', weightGrams: 120.5, acquiredYear: -210 },
      { material: 'bronze' },
    ]);
    expect(body.provenance).toEqual([{ year: 1901, owner: 'A. Collector', event: 'bought' }]);
    expect(body.dimensions).toEqual({ heightCm: 40 });
  });

  it('keeps a year that is not a number as text, for the service to name the field', () => {
    expect(
      artworkRequestBody({ ...emptyArtworkForm(), creationYear: 'c. 1900' }).creationYear,
    ).toBe('c. 1900');
  });

  it('sends volume shares and the musical instrument answer only when given (UK ivory)', () => {
    const said = artworkRequestBody({
      ...emptyArtworkForm(),
      musicalInstrument: 'yes',
      materials: [
        { ...emptyMaterial(), material: 'IVORY', volumePercent: '12.5' },
        { ...emptyMaterial(), material: 'spruce' },
      ],
    });
    expect(said.musicalInstrument).toBe(true);
    expect(said.materials).toEqual([
      { material: 'IVORY', volumePercent: 12.5 },
      { material: 'spruce' },
    ]);
    expect(
      artworkRequestBody({ ...emptyArtworkForm(), musicalInstrument: 'no' }).musicalInstrument,
    ).toBe(false);
    expect('musicalInstrument' in artworkRequestBody(emptyArtworkForm())).toBe(false);
  });

  it('counts the musical instrument among the attributes (its errors, the pre-check’s copy)', () => {
    expect(ARTWORK_ATTRIBUTE_KEYS).toContain('musicalInstrument');
    expect(ARTWORK_FORM_FIELDS).toContain('musicalInstrument');
  });
});
