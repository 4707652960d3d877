import type { BodyOf } from '@artbridge/public-api';
import { WORLD_TERRITORY } from '../shared/api-types';
import { code, optionalText, present } from '../shared/form-values';

/** The licence form as typed: every input's text, so a refusal never loses any of it. */
export interface IpLicenceFormState {
  licensor: string;
  sourceTitle: string;
  sourceArtist: string;
  institutionRef: string;
  validFrom: string;
  validTo: string;
  /** Every country (["WORLD"]); the countries typed are then not sent. */
  worldwide: boolean;
  /** Country codes as typed: "CN, HK, MO". */
  territories: string;
  royaltyRate: string;
}

export function emptyIpLicenceForm(): IpLicenceFormState {
  return {
    licensor: '',
    sourceTitle: '',
    sourceArtist: '',
    institutionRef: '',
    validFrom: '',
    validTo: '',
    worldwide: false,
    territories: '',
    royaltyRate: '',
  };
}

/** POST /api/catalog/ip-licences: every field is text, sent as typed. */
export type RegisterIpLicenceBody = BodyOf<'catalog_IpLicencesController_register'>;

/** "cn, hk;MO" → ["CN", "HK", "MO"]: codes upper case, separated by commas, semicolons or spaces. */
export function territoryCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map(code);
}

export function ipLicenceRequestBody(form: IpLicenceFormState): RegisterIpLicenceBody {
  return {
    licensor: form.licensor.trim(),
    sourceItem: {
      title: form.sourceTitle.trim(),
      ...present('artist', optionalText(form.sourceArtist)),
      institutionRef: form.institutionRef.trim(),
    },
    validFrom: form.validFrom.trim(),
    validTo: form.validTo.trim(),
    territories: form.worldwide ? [WORLD_TERRITORY] : territoryCodes(form.territories),
    royaltyRate: form.royaltyRate.trim(),
  };
}

/** The fields the licence form shows errors for; the rest goes above the button. */
export const IP_LICENCE_FORM_FIELDS = [
  'licensor',
  'sourceItem',
  'validFrom',
  'validTo',
  'territories',
  'royaltyRate',
];
