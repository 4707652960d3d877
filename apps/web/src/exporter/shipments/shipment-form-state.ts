import type { Money } from '../../api/types';
import { ARTWORK_ATTRIBUTE_KEYS, type Artwork, type ArtworkAttributes } from '../shared/api-types';
import { code, numberOrText, present, rowKey, type NumberInput } from '../shared/form-values';

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

/** POST /api/logistics/shipments (API.md, with the "As built" insurance). */
export interface SubmitShipmentBody {
  artworkIds: string[];
  consignee: { name: string; country: string; address: string };
  origin: { country: string; place: string };
  destination: { country: string; place: string };
  purpose: string;
  incoterm: { rule: string; place: string };
  transportMode: string;
  price?: Money;
  insurance?: { insuredValue: Money; clauses: string };
  packages?: {
    type: string;
    material: string;
    ispm15Marked: boolean;
    grossKg?: NumberInput;
    dimensionsCm: { length?: NumberInput; width?: NumberInput; height?: NumberInput };
  }[];
  ftzBonded?: boolean;
}

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

/** An artwork's attributes only: the assessment refuses the catalog's own fields (id, status). */
export function attributesOf(artwork: Artwork): ArtworkAttributes {
  const attributes: Record<string, unknown> = {};
  for (const key of ARTWORK_ATTRIBUTE_KEYS) {
    if (artwork[key] !== undefined) attributes[key] = artwork[key];
  }
  return attributes as unknown as ArtworkAttributes;
}

/** POST /api/customs/assessments: the dry run of the customs rules on what is about to go. */
export interface AssessmentBody {
  exportCountry: string;
  importCountry: string;
  purpose: string;
  items: ArtworkAttributes[];
  ftzBonded?: boolean;
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
