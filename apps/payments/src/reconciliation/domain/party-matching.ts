import { electronicFormatIBAN } from 'ibantools';

/**
 * Loose comparison of payer names and IBANs for REC-FUZZY, which only suggests a match for a
 * person to confirm: it should find "GALERIE MULLER GMBH" for "Galerie Müller GmbH", and never
 * match two different people.
 */

// Legal-form words banks abbreviate, drop or spell differently; they do not tell payers apart.
const LEGAL_FORMS = new Set([
  'AG',
  'BV',
  'CO',
  'CORP',
  'GMBH',
  'INC',
  'KG',
  'LLC',
  'LTD',
  'LIMITED',
  'NV',
  'OHG',
  'PLC',
  'SA',
  'SARL',
  'SAS',
  'SPA',
  'SRL',
  'UG',
]);

const GERMAN_TRANSLITERATION: Readonly<Record<string, string>> = {
  Ä: 'AE',
  Ö: 'OE',
  Ü: 'UE',
  ß: 'SS',
};

/**
 * Normal forms of a name: upper case, accents stripped, punctuation and legal forms dropped,
 * words sorted (banks print "MUELLER HANS" for "Hans Müller"). Two forms because German umlauts
 * reach us both as "U" and as "UE".
 */
export function nameKeys(name: string): ReadonlySet<string> {
  const upper = name.toUpperCase();
  const transliterated = upper.replace(/[ÄÖÜß]/g, (char) => GERMAN_TRANSLITERATION[char] ?? char);
  return new Set([canonical(upper), canonical(transliterated)].filter((key) => key !== ''));
}

function canonical(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !LEGAL_FORMS.has(word))
    .sort()
    .join(' ');
}

export function namesMatch(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return nameKeysMatch(nameKeys(a), nameKeys(b));
}

export function nameKeysMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

export function normaliseIban(iban: string): string {
  return electronicFormatIBAN(iban) ?? iban.replace(/\s+/g, '').toUpperCase();
}

export function ibanMatches(
  payerIban: string | undefined,
  buyerIbans: readonly string[] | undefined,
): boolean {
  if (!payerIban || !buyerIbans || buyerIbans.length === 0) return false;
  const payer = normaliseIban(payerIban);
  return buyerIbans.some((iban) => normaliseIban(iban) === payer);
}
