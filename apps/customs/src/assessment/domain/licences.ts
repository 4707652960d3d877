import type { RuleBook } from './rule-book';

/** The params of a rule that name a licence a finding may ask for. */
const LICENCE_PARAMS = [
  'licence',
  'rangeLicence',
  'preConventionLicence',
  'permitLicence',
  'liftedToLicence',
];

/**
 * Every licence type a finding of the book can require, sorted: the types an exporter can attach.
 * Read from the rules, so a new licence in the data needs no code change.
 */
export function licenceTypesOf(book: RuleBook): string[] {
  const types = new Set<string>();
  for (const rule of book.rules) {
    const params = rule.params as unknown as Record<string, unknown>;
    for (const key of LICENCE_PARAMS) {
      if (typeof params[key] === 'string') types.add(params[key]);
    }
  }
  return [...types].sort();
}
