import type { FindingEffect } from '../model';
import type { RuleFinding } from './facts';

/**
 * Findings the engine itself makes when it cannot apply a rule (no rate, no code, no tariff).
 * They are not rules of the book, so they carry version 0 and a fixed source.
 */
export const NOTICES = {
  'EU-VALUE':
    'RULES.md EU-VALUE: values not in EUR are converted at the ECB euro reference rate of the declaration date (or the previous business day with a rate)',
  'FX-RATE':
    'ECB euro reference rates, crossed through EUR, at the declaration date (or the previous business day with a rate)',
  'HS-UNCLASSIFIED':
    'HS 2022 nomenclature (WCO): this engine classifies Chapter 97 and printed pictures (4911.91) only',
  'TARIFF-NOT-IN-TABLE':
    "The engine's tariff table (RULES.md section 3 and the destinations it lists)",
  'TARIFF-UNKNOWN-DESTINATION':
    "The engine's tariff table covers CN, the EU member states, GB, US, JP, SG and CH",
  'NO-CUSTOMS-BORDER':
    'Export and import country are in one customs territory (the customs territory of the Union, Union Customs Code Article 4: the member states with Monaco, the French outermost regions and Åland; or the same country)',
  'AMOUNT-LIMIT':
    'Amounts are whole numbers of minor units up to 2^63 - 1 (92233720368547758.07 in a currency of two decimals), what declarations, events and invoices hold',
  'VALUE-UNKNOWN':
    'RULES.md VALUE-UNKNOWN: a value of zero is unknown, not nothing (catalog imports come in at 0.00 until valued): an export licence threshold cannot be decided on it',
  'AGE-UNCERTAIN':
    'RULES.md AGE-UNCERTAIN: a creation year alone does not say whether a work of the boundary year (the declaration year less the age limit, e.g. "more than 50 years old", Regulation (EC) No 116/2009 Annex I) has passed the age limit of a licence on the declaration date',
  'CUSTOMS-VALUE-SPLIT':
    'WTO Customs Valuation Agreement, Art. 1 (transaction value: the price actually paid or payable); the price is split over the items in proportion to their values, which needs the values in one currency',
  'DUTY-PAID-AT-EXPORT':
    "The shipment's export declaration: the destination's import duty and VAT (RULES.md section 3, e.g. CN-DUTY-ART, CN-VAT) were assessed on it at clearance, the works not having been declared for bonded storage (CN-FTZ-BONDED)",
} as const;

export type NoticeId = keyof typeof NOTICES;

export function notice(ruleId: NoticeId, effect: FindingEffect, message: string): RuleFinding {
  return { ruleId, ruleVersion: 0, effect, message, source: NOTICES[ruleId] };
}
