import { WORLD_TERRITORY } from '@artbridge/contracts';
import { currencyExponent, Money } from '@artbridge/money';

/**
 * Creative cultural products: an institution (the licensor) licenses the rights in a work or a
 * collection item to an exporter (the licensee), who makes and sells products (SKUs) of it in
 * some territories for a period, paying a royalty on each unit. These are the licence's rules,
 * as plain functions.
 */

/** Calendar dates, `YYYY-MM-DD`, both ends included. */
export interface LicencePeriod {
  readonly validFrom: string;
  readonly validTo: string;
}

/** ISO 3166-1 alpha-2 countries, or just WORLD. */
export type Territories = readonly string[];

export interface LicenceTerms extends LicencePeriod {
  readonly id: string;
  readonly territories: Territories;
}

export type LicenceStatus = 'NOT_YET_VALID' | 'ACTIVE' | 'EXPIRED';

/** A 400 message naming the field it is about. */
export interface LicenceProblem {
  readonly field: string;
  readonly message: string;
}

/** The calendar date of an instant in UTC, `YYYY-MM-DD`: licence dates are read in UTC. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * A real calendar date written `YYYY-MM-DD` (no 2026-02-30), from the year 1: there was no year 0,
 * and PostgreSQL's date refused 0000-01-01 at the insert (a 500).
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === text;
}

/** The territories once each, in the order given. */
export function distinctTerritories(territories: Territories): string[] {
  return [...new Set(territories)];
}

/** What the shape of each field cannot say about a licence: every problem, field by field. */
export function licenceProblems(licence: LicencePeriod & { territories: Territories }) {
  const problems: LicenceProblem[] = [];
  const { validFrom, validTo, territories } = licence;
  if (!isCalendarDate(validFrom)) {
    problems.push({ field: 'validFrom', message: 'validFrom must be a calendar date YYYY-MM-DD' });
  }
  if (!isCalendarDate(validTo)) {
    problems.push({ field: 'validTo', message: 'validTo must be a calendar date YYYY-MM-DD' });
  }
  if (isCalendarDate(validFrom) && isCalendarDate(validTo) && validTo < validFrom) {
    problems.push({ field: 'validTo', message: `validTo must not be before validFrom` });
  }
  if (territories.includes(WORLD_TERRITORY) && territories.some((t) => t !== WORLD_TERRITORY)) {
    problems.push({
      field: 'territories',
      message: `territories must be either ["${WORLD_TERRITORY}"] or a list of countries, not both`,
    });
  }
  return problems;
}

/** Where `today` stands in the licence's period. */
export function licenceStatus(period: LicencePeriod, today: string): LicenceStatus {
  if (today < period.validFrom) return 'NOT_YET_VALID';
  if (today > period.validTo) return 'EXPIRED';
  return 'ACTIVE';
}

/** Why nothing can be made or sold under the licence on `today`; undefined while it is valid. */
export function outsidePeriod(licence: LicenceTerms, today: string): string | undefined {
  switch (licenceStatus(licence, today)) {
    case 'ACTIVE':
      return undefined;
    case 'NOT_YET_VALID':
      return `licence ${licence.id} is not valid yet on ${today}: it runs from ${licence.validFrom} to ${licence.validTo}`;
    case 'EXPIRED':
      return `licence ${licence.id} expired on ${licence.validTo}: it ran from ${licence.validFrom}, today is ${today}`;
  }
}

/** A product can be registered only while its licence is valid (validFrom ≤ today ≤ validTo). */
export function productRegistrationRefusal(
  licence: LicenceTerms,
  today: string,
): string | undefined {
  const outside = outsidePeriod(licence, today);
  return outside && `a product can be registered only while its licence is valid: ${outside}`;
}

export function coversCountry(territories: Territories, country: string): boolean {
  return territories.includes(WORLD_TERRITORY) || territories.includes(country);
}

/**
 * Why a product made under `licence` may not be shipped to `destinationCountry` on `today`:
 * outside the licence's territories, or outside its period. Undefined when it may go. An unknown
 * destination passes only a worldwide licence.
 */
export function shipmentRefusal(
  product: { readonly artworkId: string; readonly sku: string },
  licence: LicenceTerms,
  destinationCountry: string | undefined,
  today: string,
): string | undefined {
  const what = `artwork ${product.artworkId} (SKU ${product.sku})`;
  const covered = licence.territories.join(', ');
  if (destinationCountry === undefined) {
    if (!coversCountry(licence.territories, WORLD_TERRITORY)) {
      return `${what} is licensed for ${covered} only and the shipment names no destination country`;
    }
  } else if (!coversCountry(licence.territories, destinationCountry)) {
    return `${what} may not be shipped to ${destinationCountry}: licence ${licence.id} covers ${covered} only`;
  }
  const outside = outsidePeriod(licence, today);
  return outside && `${what} may not be shipped: ${outside}`;
}

/** A royalty rate in percent, exactly: `"8.5"` is 85 / 10. */
export interface PercentRate {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export function parsePercentRate(text: string): PercentRate {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`'${text}' is not a decimal percentage`);
  const [, whole, fraction = ''] = match;
  return {
    numerator: BigInt(whole + fraction),
    denominator: 10n ** BigInt(fraction.length),
  };
}

/** A rate as people write it: `8.5000` → `8.5`, `12.00` → `12`. */
export function formatPercentRate(text: string): string {
  const { numerator, denominator } = parsePercentRate(text);
  const digits = denominator.toString().length - 1;
  const padded = numerator.toString().padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits);
  const fraction = padded.slice(padded.length - digits).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * The royalty due on one unit: unitValue × royaltyRate percent, in exact arithmetic on minor
 * units, rounded once, half up, to the currency's minor unit (as customs rounds duties).
 */
export function royaltyPerUnit(unitValue: Money, royaltyRate: string): Money {
  currencyExponent(unitValue.currency); // an unknown currency is refused, not rounded
  const { numerator, denominator } = parsePercentRate(royaltyRate);
  const scaled = unitValue.minor * numerator;
  const divisor = denominator * 100n;
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return { minor: negative ? -quotient : quotient, currency: unitValue.currency };
}
