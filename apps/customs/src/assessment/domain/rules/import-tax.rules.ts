import type {
  DutyReliefRule,
  FtzExitRule,
  ImportDutyRule,
  ImportVatRate,
  ImportVatRule,
} from '../rule-book';
import { EU_MEMBER_STATES } from './territories';

/**
 * RULES.md section 3 (China) and the tariff table for other destinations. Duty is a percent of the
 * customs value; VAT a percent of customs value plus duty. A destination without an IMPORT_VAT rule
 * is unknown: the engine says so and computes nothing. A rate of `null` means "not known to this
 * table" for that country: its lines are not computed rather than guessed.
 */
const HS_2022 = '2022-01-01';
const ART_HEADINGS = ['9701', '9702', '9703'];
const CHAPTER_97 = ['9701', '9702', '9703', '9704', '9705', '9706'];

const CN_DUTY_RULES: readonly ImportDutyRule[] = [
  {
    id: 'CN-DUTY-ART',
    version: 1,
    kind: 'IMPORT_DUTY',
    source:
      'Customs Tariff Commission of the State Council, notice 2018 No. 4: provisional import duty 1 % on works of art from 1 July 2018',
    validFrom: '2018-07-01',
    params: { countries: ['CN'], headings: ART_HEADINGS, ratePercent: '1', excludesThangka: true },
  },
  {
    // Thangka are outside the provisional rate and pay the MFN rate.
    id: 'CN-DUTY-ART-MFN',
    version: 1,
    kind: 'IMPORT_DUTY',
    source:
      'Customs Tariff of the People\u2019s Republic of China, MFN rate for headings 9701-9703',
    validFrom: HS_2022,
    toConfirm: 'MFN rate 6 %',
    params: { countries: ['CN'], headings: ART_HEADINGS, ratePercent: '6', onlyThangka: true },
  },
];

const CN_VAT_RULE: ImportVatRule = {
  id: 'CN-VAT',
  version: 1,
  kind: 'IMPORT_VAT',
  source:
    'MoF, SAT and GACC announcement 2019 No. 39: import VAT 13 % from 1 April 2019 (16 % before, 17 % before 1 May 2018)',
  validFrom: '2019-04-01',
  params: { taxName: 'import VAT', rates: { CN: { percent: '13', currency: 'CNY' } } },
};

/** Chapter 97 is duty-free in these tariffs; the sources name each one. */
function freeOfDuty(
  id: string,
  countries: readonly string[],
  source: string,
  validFrom = HS_2022,
  toConfirm?: string,
): ImportDutyRule {
  return {
    id,
    version: 1,
    kind: 'IMPORT_DUTY',
    source,
    validFrom,
    toConfirm,
    params: { countries, headings: CHAPTER_97, ratePercent: '0' },
  };
}

const DUTY_FREE_RULES: readonly ImportDutyRule[] = [
  freeOfDuty(
    'EU-DUTY-CH97',
    EU_MEMBER_STATES,
    'Combined Nomenclature (Council Regulation (EEC) No 2658/87, Annex I): Chapter 97 conventional rate free',
  ),
  freeOfDuty('GB-DUTY-CH97', ['GB'], 'UK Global Tariff: Chapter 97 rate 0 %'),
  freeOfDuty(
    'US-DUTY-CH97',
    ['US'],
    'Harmonized Tariff Schedule of the United States, Chapter 97: general rate Free',
  ),
  freeOfDuty('JP-DUTY-CH97', ['JP'], 'Customs Tariff Schedules of Japan, Chapter 97: free'),
  freeOfDuty(
    'SG-DUTY-CH97',
    ['SG'],
    'Singapore Customs: no customs duty on goods other than liquor, tobacco, motor vehicles and petroleum',
  ),
  freeOfDuty(
    'CH-DUTY-CH97',
    ['CH'],
    'Swiss Customs Tariff: industrial tariffs (chapters 25-97) abolished on 1 January 2024',
    '2024-01-01',
  ),
];

/**
 * Import VAT on works of art, collectors' items and antiques in EU member states: the reduced
 * rate a state may apply on importation (Directive 2006/112/EC, Article 103 and Annex IX), as
 * listed in the European Commission's "VAT rates applied in the Member States". `null` where this
 * table holds no reliable figure. Non-euro states collect in their own currency. A state need not
 * extend its reduced rate to all three: Germany's covers works of art and collectors' pieces
 * (UStG section 12(2) No. 12, Annex 2 Nos. 53 and 54), not antiques of 9706, which pay the
 * standard 19 % (section 12(1)); France's covers "objets d'art, de collection ou d'antiquité"
 * (CGI article 278-0 bis I).
 */
const EU_ART_IMPORT_VAT: Readonly<Record<string, ImportVatRate>> = {
  FR: { percent: '5.5', currency: 'EUR' },
  DE: { percent: '7', percentByHeading: { '9706': '19' }, currency: 'EUR' },
  NL: { percent: '9', currency: 'EUR' },
  BE: { percent: '6', currency: 'EUR', toConfirm: true },
  IT: {
    percent: '10',
    currency: 'EUR',
    toConfirm: true,
    note: 'a 2025 reform may have cut the rate for works of art',
  },
  ES: { percent: '10', currency: 'EUR', toConfirm: true },
  AT: { percent: '13', currency: 'EUR', toConfirm: true },
  IE: { percent: '13.5', currency: 'EUR', toConfirm: true },
  PT: { percent: '6', currency: 'EUR', toConfirm: true },
  LU: { percent: '8', currency: 'EUR', toConfirm: true },
  DK: { percent: '5', currency: 'DKK', toConfirm: true, note: '25 % on 20 % of the value' },
  SE: { percent: '12', currency: 'SEK', toConfirm: true },
  FI: { percent: '14', currency: 'EUR', toConfirm: true },
  PL: { percent: '8', currency: 'PLN', toConfirm: true },
  CZ: { percent: '12', currency: 'CZK', toConfirm: true },
  SI: { percent: '9.5', currency: 'EUR', toConfirm: true },
  BG: { percent: null, currency: 'EUR' },
  HR: { percent: null, currency: 'EUR' },
  CY: { percent: null, currency: 'EUR' },
  EE: { percent: null, currency: 'EUR' },
  GR: { percent: null, currency: 'EUR' },
  HU: { percent: null, currency: 'HUF' },
  LV: { percent: null, currency: 'EUR' },
  LT: { percent: null, currency: 'EUR' },
  MT: { percent: null, currency: 'EUR' },
  RO: { percent: null, currency: 'RON' },
  SK: { percent: null, currency: 'EUR' },
};

function vat(
  id: string,
  version: number,
  validFrom: string,
  validTo: string | undefined,
  taxName: string,
  rates: Readonly<Record<string, ImportVatRate>>,
  source: string,
): ImportVatRule {
  return {
    id,
    version,
    kind: 'IMPORT_VAT',
    source,
    validFrom,
    validTo,
    params: { taxName, rates, headings: CHAPTER_97 },
  };
}

const OTHER_VAT_RULES: readonly ImportVatRule[] = [
  // Corrected in place (book 2026-12-08.1): Germany's 7 % had been applied to antiques (9706)
  // too, which its law never did, so no declaration date should keep that figure.
  vat(
    'EU-IMPORT-VAT',
    1,
    HS_2022,
    undefined,
    'import VAT',
    EU_ART_IMPORT_VAT,
    'Council Directive 2006/112/EC, Article 103 and Annex IX (reduced rate on importation of works of art, collectors\u2019 items and antiques); national rates per the European Commission table; DE: UStG \u00a7 12(2) No. 12 and Annex 2 Nos. 53-54 (7 % on works of art and collectors\u2019 pieces), antiques at the standard 19 % (\u00a7 12(1))',
  ),
  vat(
    'GB-IMPORT-VAT',
    1,
    HS_2022,
    undefined,
    'import VAT',
    { GB: { percent: '5', currency: 'GBP' } },
    'Value Added Tax Act 1994, section 21(4)-(6): effective 5 % on imported works of art, antiques and collectors\u2019 pieces',
  ),
  vat(
    'US-IMPORT-TAX',
    1,
    HS_2022,
    undefined,
    'import tax',
    {
      US: {
        percent: '0',
        currency: 'USD',
        note: 'no federal VAT; state sales or use tax is not assessed here',
      },
    },
    'United States: no federal value added tax on imports',
  ),
  vat(
    'JP-IMPORT-CT',
    1,
    HS_2022,
    undefined,
    'import consumption tax',
    { JP: { percent: '10', currency: 'JPY' } },
    'Consumption Tax Act of Japan: 10 % (7.8 % national + 2.2 % local) since 1 October 2019',
  ),
  vat(
    'SG-IMPORT-GST',
    1,
    HS_2022,
    '2022-12-31',
    'import GST',
    { SG: { percent: '7', currency: 'SGD' } },
    'Goods and Services Tax Act 1993 (Singapore): 7 % until 31 December 2022',
  ),
  vat(
    'SG-IMPORT-GST',
    2,
    '2023-01-01',
    '2023-12-31',
    'import GST',
    { SG: { percent: '8', currency: 'SGD' } },
    'Goods and Services Tax Act 1993 (Singapore): 8 % in 2023',
  ),
  vat(
    'SG-IMPORT-GST',
    3,
    '2024-01-01',
    undefined,
    'import GST',
    { SG: { percent: '9', currency: 'SGD' } },
    'Goods and Services Tax Act 1993 (Singapore): 9 % from 1 January 2024',
  ),
  vat(
    'CH-IMPORT-VAT',
    1,
    HS_2022,
    '2023-12-31',
    'import VAT',
    { CH: { percent: '7.7', currency: 'CHF' } },
    'Swiss Federal Act on Value Added Tax, Article 25: 7.7 % until 31 December 2023',
  ),
  vat(
    'CH-IMPORT-VAT',
    2,
    '2024-01-01',
    undefined,
    'import VAT',
    { CH: { percent: '8.1', currency: 'CHF' } },
    'Swiss Federal Act on Value Added Tax, Article 25: 8.1 % from 1 January 2024',
  ),
];

const TARIFF_COUNTRIES = ['CN', ...EU_MEMBER_STATES, 'GB', 'US', 'JP', 'SG', 'CH'];

const RELIEF_RULES: readonly DutyReliefRule[] = [
  {
    id: 'CN-TEMP-ADMISSION',
    version: 1,
    kind: 'DUTY_RELIEF',
    source: 'GACC Decree No. 233 on the administration of temporarily imported and exported goods',
    validFrom: '2018-02-01',
    params: {
      countries: ['CN'],
      relief: 'TEMPORARY_ADMISSION',
      purpose: 'TEMPORARY_EXHIBITION',
      description:
        'temporary admission for exhibition: re-export within 6 months, at most 3 extensions of 6 months; no duty or VAT while the clock runs, against a guarantee or an ATA carnet (valid up to 1 year)',
    },
  },
  {
    id: 'CN-FTZ-BONDED',
    version: 1,
    kind: 'DUTY_RELIEF',
    source: 'China (Shanghai) Pilot Free Trade Zone bonded art warehouse arrangements',
    validFrom: '2013-09-29',
    params: {
      countries: ['CN'],
      relief: 'FTZ_BONDED',
      description:
        'Shanghai FTZ bonded art warehouse: enter first, declare later; duty and VAT deferred until the work leaves the zone for the domestic market; may be shown outside the zone under bond',
    },
  },
  {
    id: 'TEMP-ADMISSION-ATA',
    version: 1,
    kind: 'DUTY_RELIEF',
    source:
      'Istanbul Convention on Temporary Admission (1990), Annex B.1 (goods for exhibitions); ATA carnet',
    validFrom: HS_2022,
    toConfirm: 'the re-export period granted by the destination',
    params: {
      countries: TARIFF_COUNTRIES.filter((country) => country !== 'CN'),
      relief: 'TEMPORARY_ADMISSION',
      purpose: 'TEMPORARY_EXHIBITION',
      description:
        'temporary admission for exhibition under an ATA carnet or guarantee: no duty or import tax while the goods are re-exported in time',
    },
  },
  {
    id: 'RETURNED-GOODS',
    version: 1,
    kind: 'DUTY_RELIEF',
    source:
      'Returned goods relief: Union Customs Code (Regulation (EU) No 952/2013) Article 203 and its counterparts in the other tariffs',
    validFrom: HS_2022,
    toConfirm:
      'the item was exported from here and returns unaltered within the period the destination allows (3 years in the EU)',
    params: {
      countries: TARIFF_COUNTRIES,
      relief: 'RETURNED_GOODS',
      purpose: 'RETURN',
      description:
        'returned goods: re-imported unaltered after export, free of duty and import VAT',
    },
  },
];

/**
 * How works leave the Shanghai FTZ bonded art warehouse, ending the deferral of CN-FTZ-BONDED:
 * released to the domestic market they are imported (an import declaration, duty and VAT due at
 * the rates of its date); re-exported they leave China without import duty or VAT.
 */
const FTZ_EXIT_RULES: readonly FtzExitRule[] = [
  {
    id: 'CN-FTZ-RELEASE',
    version: 1,
    kind: 'FTZ_EXIT',
    source:
      "China (Shanghai) Pilot Free Trade Zone bonded art warehouse arrangements (duty deferred until the work leaves the zone for the domestic market); Regulations of the People's Republic of China on Import and Export Duties: duty at the rates in force on the day the import declaration is accepted",
    validFrom: '2013-09-29',
    params: {
      countries: ['CN'],
      exit: 'RELEASE',
      dutyDue: true,
      endsReliefRuleId: 'CN-FTZ-BONDED',
      description:
        'released from the Shanghai FTZ bonded art warehouse to the domestic market: an import declaration is filed and the import duty and VAT deferred under CN-FTZ-BONDED are due, at the rates of the declaration date',
    },
  },
  {
    id: 'CN-FTZ-REEXPORT',
    version: 1,
    kind: 'FTZ_EXIT',
    source:
      'China (Shanghai) Pilot Free Trade Zone bonded art warehouse arrangements: works re-exported from the zone leave without import duty or import VAT',
    validFrom: '2013-09-29',
    params: {
      countries: ['CN'],
      exit: 'RE_EXPORT',
      dutyDue: false,
      endsReliefRuleId: 'CN-FTZ-BONDED',
      description:
        'bonded works re-exported from the Shanghai FTZ: they never entered the domestic market, so no import duty or VAT is due and the deferral under CN-FTZ-BONDED ends without charge',
    },
  },
];

export const IMPORT_TAX_RULES: readonly (
  ImportDutyRule | ImportVatRule | DutyReliefRule | FtzExitRule
)[] = [
  ...CN_DUTY_RULES,
  CN_VAT_RULE,
  ...DUTY_FREE_RULES,
  ...OTHER_VAT_RULES,
  ...RELIEF_RULES,
  ...FTZ_EXIT_RULES,
];
