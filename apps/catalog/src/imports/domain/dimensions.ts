/**
 * Reads the free-text dimensions of the Tate collection ("support: 394 x 419 mm\r\nframe: 520 x
 * 545 x 75 mm", "object: 653 x 452 x 75 mm, 1.5 kg", "Overall display dimensions variable").
 *
 * - Tate writes height x width (x depth); the JSON fields width/height of the dataset swap them,
 *   so only the text is trusted.
 * - Lengths are kept as whole millimetres (integers, no float arithmetic). A value written with
 *   sub-millimetre precision (406.4 mm, 1.5 mm) is rounded half up and the part says so.
 * - A number written without a unit is read in millimetres, Tate's unit, and the part says so.
 * - A part that cannot be a size is read all the same and says why in `problem` (a side of 0 mm
 *   once rounded, above MAX_ARTWORK_CENTIMETRES, a number in exponent form such as 1e400), so
 *   that the caller refuses it instead of storing what the text does not say.
 * - Nothing here throws: text that yields nothing is reported `unparsed`.
 */
import { MAX_ARTWORK_CENTIMETRES } from '../../artworks/domain/artwork';

/** What a measured part is, normalised from the label before the colon. */
export type DimensionKind =
  | 'support'
  | 'object'
  | 'overall'
  | 'displayed'
  | 'image'
  | 'unconfirmed'
  | 'confirmed'
  | 'projection'
  | 'frame'
  | 'mount'
  | 'packed'
  | 'unlabelled'
  | 'other';

export type LengthUnit = 'mm' | 'cm' | 'm' | 'ft';

export interface DimensionPart {
  /** The label as written, trimmed ("support (left panel)", "object, each"); '' when none. */
  readonly label: string;
  readonly kind: DimensionKind;
  readonly heightMm: number;
  readonly widthMm: number;
  readonly depthMm?: number;
  /** "support, each: ...", "support x 3: ...": the size of each of several pieces, not of the whole. */
  readonly each: boolean;
  /** No unit was written; read as millimetres. */
  readonly unitAssumed: boolean;
  /** A length had sub-millimetre precision and was rounded half up to the millimetre. */
  readonly roundedToMm: boolean;
  /** Why these lengths cannot be the work's size ("a side of 0 mm is not a size"); absent when they can. */
  readonly problem?: string;
}

export interface ParsedDimensions {
  /** Every measured part, in the order written. */
  readonly parts: readonly DimensionPart[];
  /** The part that stands for the work itself (see MAIN_PART_PREFERENCE), if any. */
  readonly main?: DimensionPart;
  /** The text says the size is variable ("Overall display dimensions variable"). */
  readonly variable: boolean;
  /** First weight written ("weight: 1311 Kilograms", "28,5kg"), in whole grams. */
  readonly weightGrams?: number;
  /** First running time written ("duration: 5min, 30sec"), for time-based works. */
  readonly durationSeconds?: number;
  /** The text is null or blank: nothing was catalogued. */
  readonly empty: boolean;
  /** Text is present but nothing could be read from it. */
  readonly unparsed: boolean;
}

export interface DimensionsCm {
  readonly heightCm: number;
  readonly widthCm: number;
  readonly depthCm?: number;
}

/**
 * Which part describes the work, best first: the support (canvas, panel, sheet) of a picture, the
 * object of a sculpture, the overall or displayed size of an assembled work, the image of a print
 * whose sheet is not given. A part measuring the whole wins over one that measures each of several
 * pieces ("support, each", "support x 3"). Next come parts with another label or none, in the
 * order written ("unconfirmed", a bare "394 x 419 mm"); frame, mount and packing sizes only when
 * nothing else is given, since they measure what surrounds the work.
 */
export const MAIN_PART_PREFERENCE: readonly DimensionKind[] = [
  'support',
  'object',
  'overall',
  'displayed',
  'image',
];
const SURROUNDING_KINDS: readonly DimensionKind[] = ['frame', 'mount', 'packed'];

const LABEL_KINDS: ReadonlyArray<readonly [RegExp, DimensionKind]> = [
  [/^support\b/, 'support'],
  [/^object\b/, 'object'],
  [/^overall\b/, 'overall'],
  [/^display(?:ed)?\b/, 'displayed'],
  [/^image\b/, 'image'],
  [/^unconfirmed\b/, 'unconfirmed'],
  [/^confirmed\b/, 'confirmed'],
  [/^projection\b/, 'projection'],
  [/^framed?\b/, 'frame'],
  [/^mount\b/, 'mount'],
  [/^packed\b/, 'packed'],
];

const MICROMETRES_PER_UNIT: Readonly<Record<LengthUnit, number>> = {
  mm: 1_000,
  cm: 10_000,
  m: 1_000_000,
  ft: 304_800,
};

const GRAMS_PER_UNIT: Readonly<Record<string, number>> = {
  g: 1,
  gram: 1,
  grams: 1,
  kg: 1_000,
  kgs: 1_000,
  kilo: 1_000,
  kilos: 1_000,
  kilogram: 1_000,
  kilograms: 1_000,
  tonne: 1_000_000,
  tonnes: 1_000_000,
};

// A weight: up to 6 digits, a decimal point or comma and up to 3 decimals (far below the
// safe-integer range once scaled to grams).
const NUMBER = String.raw`(\d{1,6}(?:[.,]\d{1,3})?)`;
// A length: any number of digits, so that a side too long to be true is read and refused rather
// than skipped (toMillimetres scales it exactly, in bigint); up to 3 decimals.
const LENGTH = String.raw`(\d+(?:[.,]\d{1,3})?)`;
const UNIT = String.raw`(?:\s*(mm|cm|m|ft)\b)?`;
const TIMES = String.raw`\s*[x×]\s*`;
/** "394 x 419 mm", "NxNxNmm", "394 mm x 419 mm", "10.5ft x 20 x 10". */
const MEASUREMENT = new RegExp(
  String.raw`(?<![\d.,])${LENGTH}${UNIT}${TIMES}${LENGTH}${UNIT}(?:${TIMES}${LENGTH}${UNIT})?(?![\d.,]*\d)`,
  'gi',
);
/** "Frame: H: 600 mm,  W: 500 mm, D: 40mm". */
const NAMED_MEASUREMENT = new RegExp(
  String.raw`\bH\s*:?\s*${LENGTH}${UNIT}[\s,;]*W\s*:?\s*${LENGTH}${UNIT}(?:[\s,;]*D\s*:?\s*${LENGTH}${UNIT})?`,
  'gi',
);
/** A number in exponent form around a measurement: "1e400 x 5 mm" is not 400 x 5 mm. */
const EXPONENT_BEFORE = /[\d.,]*\d[eE][+-]?$/;
const EXPONENT_AFTER = /^[eE][+-]?\d+/;
/** The longest side a part may have (MAX_ARTWORK_CENTIMETRES), in millimetres. */
const MAX_LENGTH_MM = MAX_ARTWORK_CENTIMETRES * 10;
const WEIGHT = new RegExp(
  String.raw`(?<![\d.,])${NUMBER}\s*(kilograms?|kilos?|kgs?|tonnes?|grams?|g)\b`,
  'i',
);
const DURATION =
  /(?:(\d+)\s*(?:hours?|hrs?)\b[\s,]*)?(?:(\d+)\s*(?:minutes?|mins?)\b\.?[\s,]*)?(?:(\d+)\s*(?:seconds?|secs?)\b\.?)?/gi;
/** A number followed by a unit of time: DURATION finds nothing without one (most texts). */
const ANY_DURATION = /\d\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/i;
const LINE_BREAK = /\r\n|\r|\n/;

/** Reads a Tate dimensions text. Never throws. */
export function parseDimensions(text: string | null | undefined): ParsedDimensions {
  if (text === null || text === undefined || text.trim() === '') {
    return { parts: [], variable: false, empty: true, unparsed: false };
  }
  const parts = text.split(LINE_BREAK).flatMap(readLine);
  // "duration variable: 20 min - 3 hours" is about time, not size.
  const variable = /\bvariable\b/i.test(text.replace(/duration\s+variable/gi, ''));
  const weightGrams = readWeight(text);
  const durationSeconds = readDuration(text);
  const main = chooseMainPart(parts);
  const nothingRead =
    parts.length === 0 && !variable && weightGrams === undefined && durationSeconds === undefined;
  return {
    parts,
    ...(main ? { main } : {}),
    variable,
    ...(weightGrams !== undefined ? { weightGrams } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    empty: false,
    unparsed: nothingRead,
  };
}

/** The API's `dimensions` in centimetres: exactly the millimetres read, one decimal at most. */
export function dimensionsInCm(
  part: Pick<DimensionPart, 'heightMm' | 'widthMm' | 'depthMm'>,
): DimensionsCm {
  return {
    heightCm: part.heightMm / 10,
    widthCm: part.widthMm / 10,
    ...(part.depthMm !== undefined ? { depthCm: part.depthMm / 10 } : {}),
  };
}

export function chooseMainPart(parts: readonly DimensionPart[]): DimensionPart | undefined {
  const preferred = (each: boolean) =>
    MAIN_PART_PREFERENCE.map((kind) =>
      parts.find((part) => part.kind === kind && part.each === each),
    );
  const candidates = [
    ...preferred(false),
    ...preferred(true),
    parts.find(
      (part) => !MAIN_PART_PREFERENCE.includes(part.kind) && !SURROUNDING_KINDS.includes(part.kind),
    ),
    ...SURROUNDING_KINDS.map((kind) => parts.find((part) => part.kind === kind)),
  ];
  return candidates.find((part) => part !== undefined);
}

interface Found {
  readonly index: number;
  readonly end: number;
  readonly numbers: ReadonlyArray<{ readonly text: string; readonly unit?: string }>;
  /** The measurement as written ("1e400 x 5 mm"), for a problem to quote. */
  readonly written: string;
  /** A number of it is glued to an exponent ("1e400"): not a decimal length. */
  readonly exponent: boolean;
}

function readLine(line: string): DimensionPart[] {
  const found: Found[] = [];
  for (const pattern of [MEASUREMENT, NAMED_MEASUREMENT]) {
    for (const match of line.matchAll(pattern)) {
      const numbers: Array<{ text: string; unit?: string }> = [];
      for (let group = 1; group < match.length; group += 2) {
        const numberText = match[group];
        if (numberText !== undefined)
          numbers.push({ text: numberText, unit: match[group + 1]?.toLowerCase() });
      }
      const end = match.index + match[0].length;
      const before = EXPONENT_BEFORE.exec(line.slice(0, match.index))?.[0] ?? '';
      const after = EXPONENT_AFTER.exec(line.slice(end))?.[0] ?? '';
      found.push({
        index: match.index - before.length, // the label ends before an exponent's mantissa
        end,
        numbers,
        written: `${before}${match[0]}${after}`.trim(),
        exponent: before !== '' || after !== '',
      });
    }
  }
  found.sort((a, b) => a.index - b.index);

  const parts: DimensionPart[] = [];
  let labelStart = 0;
  for (const measurement of found) {
    if (measurement.index < labelStart) continue; // overlaps one already read
    const part = toPart(labelOf(line.slice(labelStart, measurement.index)), measurement);
    if (part) parts.push(part);
    labelStart = measurement.end;
  }
  return parts;
}

/** "support (left panel):" -> "support (left panel)"; "; rectangular tube:" -> "rectangular tube". */
function labelOf(textBefore: string): string {
  return textBefore
    .replace(/^[\s,;.]+/, '')
    .replace(/[\s:,;]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:[\d.,]+\s*(?:kg|kilograms?|mm)\b[\s,;.)]*)+/i, '') // a weight left over from the previous part
    .trim();
}

function kindOf(label: string): DimensionKind {
  if (label === '') return 'unlabelled';
  const normalised = label.toLowerCase();
  return LABEL_KINDS.find(([pattern]) => pattern.test(normalised))?.[1] ?? 'other';
}

function toPart(label: string, measurement: Found): DimensionPart | undefined {
  const { numbers } = measurement;
  // A number without its own unit takes the unit written last in the group ("394 x 419 mm"),
  // else the first one ("10.5ft x 20 x 10"), else Tate's millimetres.
  const written = numbers.map((n) => n.unit).filter((unit): unit is string => unit !== undefined);
  const groupUnit = (written[written.length - 1] ?? 'mm') as LengthUnit;
  const lengths = numbers.map((n) => toMillimetres(n.text, (n.unit ?? groupUnit) as LengthUnit));
  const [height, width, depth] = lengths;
  if (!height || !width) return undefined;
  const problem = sizeProblem(measurement, lengths);
  return {
    label,
    kind: kindOf(label),
    heightMm: height.mm,
    widthMm: width.mm,
    ...(depth ? { depthMm: depth.mm } : {}),
    each: /\beach\b|\bx\s*\d+$/i.test(label), // "support, each", "support x 3"
    unitAssumed: written.length === 0,
    roundedToMm: lengths.some((length) => length.rounded),
    ...(problem ? { problem } : {}),
  };
}

/** Why the lengths read cannot be a size, quoting the text; undefined when they can. */
function sizeProblem(
  measurement: Found,
  lengths: readonly { readonly mm: number }[],
): string | undefined {
  const quoted = `'${measurement.written}'`;
  if (measurement.exponent)
    return `${quoted} is not a plain decimal number of a unit (an exponent such as 1e400 is not taken)`;
  if (lengths.some((length) => length.mm <= 0))
    return `${quoted} has a side of 0 mm once rounded to the millimetre: not a size`;
  if (lengths.some((length) => length.mm > MAX_LENGTH_MM))
    return `${quoted} has a side above ${MAX_ARTWORK_CENTIMETRES} cm (a kilometre): a unit slipped, or not a size`;
  return undefined;
}

/**
 * Exact scaling of a decimal text: integer arithmetic in micrometres, rounded half up to mm. In
 * bigint, since a length may have any number of digits: one too long to be true comes out as the
 * (approximate, above any limit) number it is, not as a wrapped or rounded one.
 */
export function toMillimetres(
  numberText: string,
  unit: LengthUnit,
): { mm: number; rounded: boolean } {
  const { digits, decimals } = readDecimalDigits(numberText);
  const numerator = BigInt(digits) * BigInt(MICROMETRES_PER_UNIT[unit]);
  const denominator = 1_000n * 10n ** BigInt(decimals);
  const remainder = numerator % denominator;
  const truncated = numerator / denominator;
  return {
    mm: Number(2n * remainder >= denominator ? truncated + 1n : truncated),
    rounded: remainder !== 0n,
  };
}

function readWeight(text: string): number | undefined {
  const match = WEIGHT.exec(text);
  if (!match) return undefined;
  const gramsPerUnit = GRAMS_PER_UNIT[match[2].toLowerCase()];
  const { scaled, decimals } = readDecimal(match[1]);
  return divideRoundingHalfUp(scaled * gramsPerUnit, 10 ** decimals).quotient;
}

function readDuration(text: string): number | undefined {
  // DURATION also matches the empty text at every position: skip the walk when it cannot help.
  if (!ANY_DURATION.test(text)) return undefined;
  for (const match of text.matchAll(DURATION)) {
    const [, hours, minutes, seconds] = match;
    if (hours === undefined && minutes === undefined && seconds === undefined) continue;
    return toInteger(hours) * 3600 + toInteger(minutes) * 60 + toInteger(seconds);
  }
  return undefined;
}

/**
 * "406.4" -> 4064 with 1 decimal. A comma followed by exactly three digits separates thousands
 * ("1,200"); any other comma is a decimal comma ("28,5kg").
 */
function readDecimal(numberText: string): { scaled: number; decimals: number } {
  const { digits, decimals } = readDecimalDigits(numberText);
  return { scaled: Number.parseInt(digits, 10), decimals };
}

/** "406.4" -> "4064" with 1 decimal, as readDecimal reads it, the digits kept as text. */
function readDecimalDigits(numberText: string): { digits: string; decimals: number } {
  const thousands = /^\d{1,3},\d{3}$/.test(numberText);
  const [whole, fraction = ''] = (
    thousands ? numberText.replace(',', '') : numberText.replace(',', '.')
  ).split('.');
  return { digits: whole + fraction, decimals: fraction.length };
}

/** Integer division of non-negative integers, half up; `rounded` when there was a remainder. */
function divideRoundingHalfUp(
  numerator: number,
  denominator: number,
): { quotient: number; rounded: boolean } {
  const remainder = numerator % denominator;
  const truncated = (numerator - remainder) / denominator;
  return {
    quotient: 2 * remainder >= denominator ? truncated + 1 : truncated,
    rounded: remainder !== 0,
  };
}

function toInteger(digits: string | undefined): number {
  return digits === undefined ? 0 : Number.parseInt(digits, 10);
}
