import type { BodyOf } from '@artbridge/public-api';
import type { Declaration } from '../../api/declaration.types';
import { optionalText } from '../shared/form-values';

export interface LicenceFormState {
  type: string;
  number: string;
  issuer: string;
  validUntil: string;
  /** Empty: the licence covers every item of the declaration. */
  artworkId: string;
}

/** The first licence still missing is the one the exporter most likely came to attach. */
export function emptyLicenceForm(declaration: Declaration): LicenceFormState {
  return {
    type: declaration.missingLicences[0]?.type ?? declaration.licencesRequired[0] ?? '',
    number: '',
    issuer: '',
    validUntil: '',
    artworkId: '',
  };
}

/** POST /api/customs/declarations/{id}/licences */
export function licenceRequestBody(
  form: LicenceFormState,
): BodyOf<'customs_DeclarationsController_attachLicence'> {
  const artworkId = optionalText(form.artworkId);
  return {
    type: form.type.trim(),
    number: form.number.trim(),
    issuer: form.issuer.trim(),
    validUntil: form.validUntil,
    ...(artworkId && { artworkId }),
  };
}

/** What an approval still waits for, grouped by licence type, with the items it is for. */
export function missingByType(declaration: Declaration): { type: string; items: string[] }[] {
  const byType = new Map<string, string[]>();
  for (const missing of declaration.missingLicences) {
    const item = declaration.items.find((candidate) => candidate.position === missing.position);
    const items = byType.get(missing.type) ?? [];
    items.push(item?.title ?? missing.artworkId);
    byType.set(missing.type, items);
  }
  return [...byType].map(([type, items]) => ({ type, items }));
}

/** A decision is still to come: licences count and questions can be answered. */
export function isUnderReview(declaration: Declaration): boolean {
  return declaration.status === 'PENDING_REVIEW' || declaration.status === 'INFO_REQUESTED';
}
