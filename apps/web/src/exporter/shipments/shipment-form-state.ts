import type { BodyOf } from '@artbridge/public-api';
import { ARTWORK_ATTRIBUTE_KEYS, type Artwork } from '../shared/api-types';
import { code, numberOrText, present, rowKey, type FormBody } from '../shared/form-values';

/** The shipment form as typed (the chosen artworks are kept beside it, as records). */
export interface PackageRow {
  key: string;
  type: string;
  material: string;
  ispm15Marked: boolean;
  grossKg: string;
  length: string;
  width: string;
  height: string;
}

export interface ShipmentFormState {
  consigneeName: string;
  consigneeCountry: string;
  consigneeAddress: string;
  originCountry: string;
  originPlace: string;
  destinationCountry: string;
  destinationPlace: string;
  /** Into the Shanghai FTZ bonded warehouse on arrival (offered for a destination in CN). */
  ftzBonded: boolean;
  purpose: string;
  incotermRule: string;
  incotermPlace: string;
  transportMode: string;
  priceAmount: string;
  priceCurrency: string;
  insuredAmount: string;
  insuredCurrency: string;
  insuranceClauses: string;
  packages: PackageRow[];
}

export function emptyShipmentForm(): ShipmentFormState {
  return {
    consigneeName: '',
    consigneeCountry: '',
    consigneeAddress: '',
    originCountry: '',
    originPlace: '',
    destinationCountry: '',
    destinationPlace: '',
    ftzBonded: false,
    purpose: 'SALE',
    incotermRule: '',
    incotermPlace: '',
    transportMode: 'AIR',
    priceAmount: '',
    priceCurrency: '',
    insuredAmount: '',
    insuredCurrency: '',
    insuranceClauses: '',
    packages: [],
  };
}

export function emptyPackage(): PackageRow {
  return {
    key: rowKey(),
    type: 'CRATE',
    material: '',
    ispm15Marked: false,
    grossKg: '',
    length: '',
    width: '',
    height: '',
  };
}

/** POST /api/logistics/shipments, as the form sends it. */
export type SubmitShipmentBody = FormBody<BodyOf<'logistics_ShipmentsController_submit'>>;

/** Countries whose free-trade zone's bonded storage the rules know (CN-FTZ-BONDED). */
export const FTZ_BONDED_COUNTRIES: readonly string[] = ['CN'];

/** Bonded storage can be asked for: the destination is a country with such a zone. */
export function bondedStorageOffered(form: ShipmentFormState): boolean {
  return FTZ_BONDED_COUNTRIES.includes(code(form.destinationCountry));
}

/**
 * `ftzBonded` as the shipment and the pre-check take it: only for a destination where it is
 * offered (elsewhere the service refuses it), so a box ticked before the destination changed
 * is not sent.
 */
function bondedPart(form: ShipmentFormState): { ftzBonded?: boolean } {
  return bondedStorageOffered(form) && form.ftzBonded ? { ftzBonded: true } : {};
}

export function shipmentRequestBody(
  form: ShipmentFormState,
  artworkIds: string[],
): SubmitShipmentBody {
  const insured = form.insuredAmount.trim() !== '' || form.insuranceClauses !== '';
  return {
    artworkIds,
    consignee: {
      name: form.consigneeName.trim(),
      country: code(form.consigneeCountry),
      address: form.consigneeAddress.trim(),
    },
    origin: { country: code(form.originCountry), place: form.originPlace.trim() },
    destination: { country: code(form.destinationCountry), place: form.destinationPlace.trim() },
    purpose: form.purpose,
    incoterm: { rule: form.incotermRule, place: form.incotermPlace.trim() },
    transportMode: form.transportMode,
    ...(form.priceAmount.trim() !== '' && {
      price: { amount: form.priceAmount.trim(), currency: code(form.priceCurrency) },
    }),
    ...(insured && {
      insurance: {
        insuredValue: { amount: form.insuredAmount.trim(), currency: code(form.insuredCurrency) },
        clauses: form.insuranceClauses,
      },
    }),
    ...(form.packages.length > 0 && {
      packages: form.packages.map((row) => ({
        type: row.type,
        material: row.material,
        ispm15Marked: row.ispm15Marked,
        ...present('grossKg', numberOrText(row.grossKg)),
        dimensionsCm: {
          ...present('length', numberOrText(row.length)),
          ...present('width', numberOrText(row.width)),
          ...present('height', numberOrText(row.height)),
        },
      })),
    }),
    ...bondedPart(form),
  };
}

/** The fields the shipment form shows errors for; the rest goes above the buttons. */
export const SHIPMENT_FORM_FIELDS = [
  'artworkIds',
  'consignee',
  'origin',
  'destination',
  'purpose',
  'incoterm',
  'transportMode',
  'price',
  'insurance',
  'packages',
  'ftzBonded',
];

/**
 * POST /api/customs/assessments: the dry run of the customs rules on what is about to go, with
 * the form's countries and purpose as typed and chosen.
 */
export type AssessmentBody = FormBody<BodyOf<'customs_AssessmentsController_assess'>>;

/** An artwork as the assessment takes it. */
export type AssessedArtwork = BodyOf<'customs_AssessmentsController_assess'>['items'][number];

/** An artwork's attributes only: the assessment refuses the catalog's own fields (id, status). */
export function attributesOf(artwork: Artwork): AssessedArtwork {
  const attributes: Record<string, unknown> = {};
  for (const key of ARTWORK_ATTRIBUTE_KEYS) {
    if (artwork[key] !== undefined) attributes[key] = artwork[key];
  }
  return attributes as unknown as AssessedArtwork;
}

export function assessmentRequestBody(
  form: ShipmentFormState,
  artworks: Artwork[],
): AssessmentBody {
  return {
    exportCountry: code(form.originCountry),
    importCountry: code(form.destinationCountry),
    purpose: form.purpose,
    items: artworks.map(attributesOf),
    ...bondedPart(form),
  };
}

/** Where the pre-check's fields sit on the shipment form, for its errors. */
export const ASSESSMENT_FIELD_NAMES = {
  exportCountry: 'origin.country',
  importCountry: 'destination.country',
};
