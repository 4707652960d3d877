import type { BodyOf } from '@artbridge/public-api';
import type { MaterialRow } from '../artworks/artwork-form-state';
import { code, numberOrText, present, type FormBody } from '../shared/form-values';

/** The product form as typed. */
export interface ProductFormState {
  sku: string;
  title: string;
  productType: string;
  unitAmount: string;
  unitCurrency: string;
  originCountry: string;
  materials: MaterialRow[];
}

export function emptyProductForm(): ProductFormState {
  return {
    sku: '',
    title: '',
    productType: '',
    unitAmount: '',
    unitCurrency: '',
    originCountry: '',
    materials: [],
  };
}

/** Suggested product types; any upper-case code is accepted. */
export const PRODUCT_TYPES = [
  'PRINT',
  'POSTER',
  'POSTCARD',
  'SCARF',
  'BOOK',
  'NOTEBOOK',
  'CERAMIC',
  'TEXTILE',
  'FIGURINE',
  'JEWELLERY',
];

/** POST /api/catalog/ip-licences/{id}/products, as the form sends it. */
export type RegisterProductBody = FormBody<BodyOf<'catalog_IpLicencesController_registerProduct'>>;

/** "silk scarf" → "SILK_SCARF": the catalog wants an upper-case code. */
export function productTypeCode(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

export function productRequestBody(form: ProductFormState): RegisterProductBody {
  return {
    sku: form.sku.trim(),
    title: form.title.trim(),
    productType: productTypeCode(form.productType),
    unitValue: { amount: form.unitAmount.trim(), currency: code(form.unitCurrency) },
    originCountry: code(form.originCountry),
    ...(form.materials.length > 0 && {
      materials: form.materials.map((row) => ({
        material: row.material.trim(),
        ...present('weightGrams', numberOrText(row.weightGrams)),
        ...present('acquiredYear', numberOrText(row.acquiredYear)),
      })),
    }),
  };
}

/**
 * The product becomes an artwork entry: the catalog's rules about it speak of the artwork's
 * `value`, which is the form's unit value.
 */
export const PRODUCT_FIELD_NAMES = { value: 'unitValue' };

export const PRODUCT_FORM_FIELDS = [
  'sku',
  'title',
  'productType',
  'unitValue',
  'originCountry',
  'materials',
];
