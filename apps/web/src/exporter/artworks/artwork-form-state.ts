import type { BodyOf } from '@artbridge/public-api';
import { ARTWORK_ATTRIBUTE_KEYS } from '../shared/api-types';
import {
  code,
  numberOrText,
  optionalText,
  present,
  rowKey,
  type FormBody,
} from '../shared/form-values';

/** The artwork form as typed: every input's text, so an error never loses any of it. */
export interface MaterialRow {
  key: string;
  material: string;
  weightGrams: string;
  acquiredYear: string;
  /** Share of the item's volume, in per cent (the UK ivory exemptions). */
  volumePercent: string;
}

export interface ProvenanceRow {
  key: string;
  year: string;
  owner: string;
  event: string;
}

export type MusicalInstrumentChoice = '' | 'yes' | 'no';

export interface ArtworkFormState {
  title: string;
  artistName: string;
  artistBirthYear: string;
  artistDeathYear: string;
  artistEthnicMinority: boolean;
  creationYear: string;
  creationYearEnd: string;
  category: string;
  technique: string;
  handExecuted: boolean;
  portrait: boolean;
  /** A musical instrument or not; '' when not said, and then not sent. */
  musicalInstrument: MusicalInstrumentChoice;
  medium: string;
  materials: MaterialRow[];
  heightCm: string;
  widthCm: string;
  depthCm: string;
  valueAmount: string;
  valueCurrency: string;
  ownedByCreator: boolean;
  originCountry: string;
  provenance: ProvenanceRow[];
}

export function emptyArtworkForm(): ArtworkFormState {
  return {
    title: '',
    artistName: '',
    artistBirthYear: '',
    artistDeathYear: '',
    artistEthnicMinority: false,
    creationYear: '',
    creationYearEnd: '',
    category: '',
    technique: '',
    handExecuted: true,
    portrait: false,
    musicalInstrument: '',
    medium: '',
    materials: [],
    heightCm: '',
    widthCm: '',
    depthCm: '',
    valueAmount: '',
    valueCurrency: '',
    ownedByCreator: false,
    originCountry: '',
    provenance: [],
  };
}

export function emptyMaterial(): MaterialRow {
  return { key: rowKey(), material: '', weightGrams: '', acquiredYear: '', volumePercent: '' };
}

export function emptyProvenance(): ProvenanceRow {
  return { key: rowKey(), year: '', owner: '', event: '' };
}

/** POST /api/catalog/artworks (the artwork attributes of API.md), as the form sends it. */
export type RegisterArtworkBody = FormBody<BodyOf<'catalog_ArtworksController_register'>>;

/**
 * The request body for what was typed. Optional facts left empty are left out; every row of a
 * list is sent, even an incomplete one, so the service's `materials.1.weightGrams` points at
 * the row the user sees as the second.
 */
export function artworkRequestBody(form: ArtworkFormState): RegisterArtworkBody {
  const dimensions = {
    ...present('heightCm', numberOrText(form.heightCm)),
    ...present('widthCm', numberOrText(form.widthCm)),
    ...present('depthCm', numberOrText(form.depthCm)),
  };
  return {
    title: form.title.trim(),
    artist: {
      name: form.artistName.trim(),
      ...present('birthYear', numberOrText(form.artistBirthYear)),
      ...present('deathYear', numberOrText(form.artistDeathYear)),
      ethnicMinority: form.artistEthnicMinority,
    },
    ...present('creationYear', numberOrText(form.creationYear)),
    ...present('creationYearEnd', numberOrText(form.creationYearEnd)),
    category: form.category,
    ...present('technique', optionalText(form.technique)),
    handExecuted: form.handExecuted,
    portrait: form.portrait,
    ...(form.musicalInstrument !== '' && {
      musicalInstrument: form.musicalInstrument === 'yes',
    }),
    ...present('medium', optionalText(form.medium)),
    ...(form.materials.length > 0 && {
      materials: form.materials.map((row) => ({
        material: row.material.trim(),
        ...present('weightGrams', numberOrText(row.weightGrams)),
        ...present('acquiredYear', numberOrText(row.acquiredYear)),
        ...present('volumePercent', numberOrText(row.volumePercent)),
      })),
    }),
    ...(Object.keys(dimensions).length > 0 && { dimensions }),
    value: { amount: form.valueAmount.trim(), currency: code(form.valueCurrency) },
    ownedByCreator: form.ownedByCreator,
    originCountry: code(form.originCountry),
    ...(form.provenance.length > 0 && {
      provenance: form.provenance.map((row) => ({
        ...present('year', numberOrText(row.year)),
        owner: row.owner.trim(),
        event: row.event.trim(),
      })),
    }),
  };
}

/** The form has a field per attribute; anything else the service says goes above Submit. */
export const ARTWORK_FORM_FIELDS: string[] = [...ARTWORK_ATTRIBUTE_KEYS];
