/**
 * Turning what was typed into what a request body holds. A form keeps its inputs as the text
 * the user typed (nothing is lost on an error); these decide what the service receives.
 */

/**
 * A number as typed: undefined when left empty; the text itself when it is not a number, so the
 * service says why next to the field (`creationYear must be an integer number`) rather than the
 * form silently dropping it.
 */
export type NumberInput = number | string;

export function numberOrText(text: string): NumberInput | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** Free text the service takes as optional: absent when blank. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A country or currency code: the services want it upper case (`fr` → `FR`). */
export function code(text: string): string {
  return text.trim().toUpperCase();
}

/** `{ key: value }` when there is a value, else `{}`: absent stays absent in the body. */
export function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

let nextKey = 0;

/** A key for a row of a list editor (stable while rows are added and removed). */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** The row without its key: what the body holds. */
export function withoutKey<T extends { key: string }>({ key: _key, ...rest }: T): Omit<T, 'key'> {
  return rest;
}

/** 110 % of a decimal amount, rounded up to the amount's own decimals (no float on the way). */
export function increaseByTenPercent(amount: string): string | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return undefined;
  const decimals = (match[2] ?? '').length;
  const minor = BigInt(`${match[1]}${match[2] ?? ''}`);
  const raised = (minor * 11n + 9n) / 10n;
  const digits = raised.toString().padStart(decimals + 1, '0');
  return decimals === 0
    ? digits
    : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
}
