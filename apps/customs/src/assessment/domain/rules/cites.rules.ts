import type { CitesAppendixOneRule, CitesPermitRule, UkIvoryExemptionRule } from '../rule-book';

/** RULES.md section 6. The Convention entered into force on 1 July 1975. */
const CITES = 'CITES Appendices; Resolution Conf. 13.6 (Rev. CoP18) on pre-Convention specimens';
const CITES_FROM = '1975-07-01';

/**
 * From 1 June 1997 the EU also bans the commercial use of Annex A specimens (elephant ivory,
 * hawksbill turtle shell, Brazilian rosewood) within the Union (Regulation (EC) No 338/97, Article
 * 8(1); Article 8(3) and Article 10 certificates exempt): version 2 of each Appendix I rule
 * prohibits a post-listing specimen's sale inside the EU too, version 1 only across a border.
 */
const EU_ANNEX_A =
  'Regulation (EC) No 338/97, Article 8(1): commercial use of Annex A specimens prohibited within the EU, from 1 June 1997';
const EU_ANNEX_A_FROM = '1997-06-01';
const BEFORE_EU_ANNEX_A = '1997-05-31';

const IVORY: CitesAppendixOneRule = {
  id: 'CITES-IVORY',
  version: 1,
  kind: 'CITES_APPENDIX_I',
  source: `${CITES}; elephants (Elephantidae) in Appendix I`,
  validFrom: CITES_FROM,
  validTo: BEFORE_EU_ANNEX_A,
  // Asian elephant listed 1975, African elephant first listed 1976; the earlier year is the stricter.
  toConfirm: 'listing year 1975 for the pre-Convention route',
  params: {
    material: 'IVORY',
    species: 'elephant ivory',
    listingYear: 1975,
    commercialPurposes: ['SALE'],
    preConventionLicence: 'CITES_PRE_CONVENTION',
    permitLicence: 'CITES_PERMIT',
  },
};

const TORTOISESHELL: CitesAppendixOneRule = {
  id: 'CITES-TORTOISESHELL',
  version: 1,
  kind: 'CITES_APPENDIX_I',
  source: `${CITES}; hawksbill turtle (Eretmochelys imbricata) in Appendix I`,
  validFrom: CITES_FROM,
  validTo: BEFORE_EU_ANNEX_A,
  toConfirm: 'listing year 1975 for the pre-Convention route',
  params: {
    material: 'TORTOISESHELL',
    species: 'hawksbill turtle shell',
    listingYear: 1975,
    commercialPurposes: ['SALE'],
    preConventionLicence: 'CITES_PRE_CONVENTION',
    permitLicence: 'CITES_PERMIT',
  },
};

const DALBERGIA_NIGRA: CitesAppendixOneRule = {
  id: 'CITES-DALBERGIA-NIGRA',
  version: 1,
  kind: 'CITES_APPENDIX_I',
  source: `${CITES}; Brazilian rosewood (Dalbergia nigra) in Appendix I since 11 June 1992`,
  validFrom: '1992-06-11',
  validTo: BEFORE_EU_ANNEX_A,
  params: {
    material: 'DALBERGIA_NIGRA',
    species: 'Brazilian rosewood (Dalbergia nigra)',
    listingYear: 1992,
    commercialPurposes: ['SALE'],
    preConventionLicence: 'CITES_PRE_CONVENTION',
    permitLicence: 'CITES_PERMIT',
  },
};

/** Version 2 of an Appendix I rule: its prohibition holds within the EU too (Annex A). */
function withinEuToo(rule: CitesAppendixOneRule): CitesAppendixOneRule {
  const { validTo: _validTo, ...version1 } = rule;
  return {
    ...version1,
    version: 2,
    source: `${rule.source}; ${EU_ANNEX_A}`,
    validFrom: EU_ANNEX_A_FROM,
    params: { ...rule.params, commercialTradeProhibitedWithin: ['EU'] },
  };
}

export const CITES_RULES: readonly (
  CitesAppendixOneRule | CitesPermitRule | UkIvoryExemptionRule
)[] = [
  IVORY,
  withinEuToo(IVORY),
  TORTOISESHELL,
  withinEuToo(TORTOISESHELL),
  DALBERGIA_NIGRA,
  withinEuToo(DALBERGIA_NIGRA),
  {
    id: 'CITES-ROSEWOOD',
    version: 1,
    kind: 'CITES_PERMIT',
    source: `${CITES}; Dalbergia spp. in Appendix II with annotation #15 (CoP17, in force 2 January 2017)`,
    validFrom: '2017-01-02',
    toConfirm: 'the 500 g per finished item exemption of annotation #15',
    params: {
      material: 'ROSEWOOD',
      species: 'rosewood (Dalbergia spp.)',
      licence: 'CITES_PERMIT',
      exemptUpToGrams: 500,
    },
  },
  {
    id: 'CITES-CORAL',
    version: 1,
    kind: 'CITES_PERMIT',
    source: `${CITES}; black coral (Antipatharia) in Appendix II, precious coral (Corallium) in Appendix III`,
    validFrom: CITES_FROM,
    params: { material: 'CORAL', species: 'black or precious coral', licence: 'CITES_PERMIT' },
  },
  {
    id: 'UK-IVORY-EXEMPT',
    version: 1,
    kind: 'UK_IVORY_EXEMPTION',
    source:
      'UK Ivory Act 2018 (dealing ban in force 6 June 2022), sections 2 and 7-10: registrable exemptions',
    validFrom: '2022-06-06',
    params: {
      material: 'IVORY',
      countries: ['GB'],
      commercialPurposes: ['SALE'],
      licence: 'UK_IVORY_REGISTRATION',
      liftsRuleId: 'CITES-IVORY',
      liftedToLicence: 'CITES_PERMIT',
      exemptions: [
        {
          name: 'de minimis: less than 10 % ivory by volume, made before 3 March 1947',
          maxVolumePercentExclusive: 10,
          madeBeforeYear: 1947,
        },
        {
          name: 'musical instrument: less than 20 % ivory by volume, made before 1975',
          maxVolumePercentExclusive: 20,
          madeBeforeYear: 1975,
          requiresMusicalInstrument: true,
        },
        {
          name: 'portrait miniature of at most 320 cm2, made before 1918',
          madeBeforeYear: 1918,
          requiresPortrait: true,
          maxSurfaceCm2: 320,
        },
      ],
    },
  },
];
