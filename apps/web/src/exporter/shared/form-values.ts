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

/** The keys of an object whose value is a number (required or not). */
type NumberKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T];

/** A value of a body as a form sends it: see FormBody. */
type AsTyped<T> = T extends number
  ? NumberInput
  : T extends string
    ? string
    : T extends boolean
      ? boolean
      : T extends readonly (infer Item)[]
        ? AsTyped<Item>[]
        : T extends object
          ? FormBody<T>
          : T;

/**
 * A request body of the document as a form sends it: the same fields, nested alike, but each
 * number as typed (NumberInput) and maybe left out, and each choice from a closed list as the
 * text chosen, maybe none. The service, not the form, then says what is wrong, next to the
 * field; a field the document renames or drops no longer compiles here.
 */
export type FormBody<Body> = {
  [K in keyof Body as K extends NumberKeys<Body> ? never : K]: AsTyped<Body[K]>;
} & { [K in NumberKeys<Body>]?: NumberInput };

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
