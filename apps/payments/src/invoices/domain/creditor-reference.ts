/**
 * ISO 11649 structured creditor reference ("RF reference"): `RF`, two check digits, then 1 to 21
 * letters or digits. The check digits are ISO 7064 MOD 97-10, as in IBANs, so a payer who
 * mistypes one character is caught by the bank or by us instead of paying an unknown invoice.
 */

const BASE_PATTERN = /^[A-Z0-9]{1,21}$/;
const REFERENCE_PATTERN = /^RF(\d{2})([A-Z0-9]{1,21})$/;
const MAX_BASE_LENGTH = 21;

export class CreditorReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreditorReferenceError';
  }
}

/** Removes every kind of whitespace and upper-cases: "rf18 5390 0754 7034" -> "RF18539007547034". */
export function normaliseCreditorReference(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Builds `RF` + check digits + base. The base may contain spaces and lower case; both are normalised. */
export function createCreditorReference(base: string): string {
  const normalisedBase = normaliseCreditorReference(base);
  if (!BASE_PATTERN.test(normalisedBase)) {
    throw new CreditorReferenceError(
      `creditor reference base '${base}' must be 1 to ${MAX_BASE_LENGTH} letters A-Z or digits`,
    );
  }
  const remainder = mod97(normalisedBase + 'RF00');
  const checkDigits = (98 - remainder).toString().padStart(2, '0');
  return `RF${checkDigits}${normalisedBase}`;
}

/** True for a well-formed reference whose check digits are right; spaces and lower case are tolerated. */
export function isValidCreditorReference(input: string): boolean {
  const match = REFERENCE_PATTERN.exec(normaliseCreditorReference(input));
  if (!match) return false;
  const [, checkDigits, base] = match;
  // MOD 97-10 check digits are 02..98; 00, 01 and 99 would pass the remainder test (they are
  // congruent to 97, 98 and 2) but no conforming generator ever prints them.
  const check = Number.parseInt(checkDigits, 10);
  if (check < 2 || check > 98) return false;
  return mod97(base + 'RF' + checkDigits) === 1;
}

/** Printed form, in blocks of four as ISO 11649 recommends: "RF18 5390 0754 7034". */
export function formatCreditorReference(input: string): string {
  const normalised = normaliseCreditorReference(input);
  return normalised.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Remainder modulo 97 of the number obtained by replacing each letter with two digits
 * (A = 10 ... Z = 35), computed a character at a time so it never needs big integers.
 */
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const char of alphanumeric) {
    const code = char.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else {
      remainder = (remainder * 100 + (code - 55)) % 97;
    }
  }
  return remainder;
}
