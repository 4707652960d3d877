import { ARTWORK_LIMITS } from '@artbridge/contracts';
import { dimensionsInCm, parseDimensions } from './dimensions';
import {
  ArtworkImportAttributes,
  Contributor,
  ImportLineResult,
  ImportMappingOptions,
  ImportedArtist,
  ProvenanceEntry,
  rejectLine,
} from './import-attributes';
import { classifyTateWork } from './tate-category';

// the contracts' limits (ARTWORK_LIMITS): a work must fit in its own events
const YEAR = ARTWORK_LIMITS.year;
const MAX_NAME_LENGTH = ARTWORK_LIMITS.artistName;
const MAX_MEDIUM_LENGTH = ARTWORK_LIMITS.medium;
export const MAX_PROVENANCE_EVENT_LENGTH = ARTWORK_LIMITS.provenanceEvent;
/** Ends a credit line cut to MAX_PROVENANCE_EVENT_LENGTH, so a reader sees it was cut. */
export const TRUNCATED_NOTE = ' […credit line truncated]';

function isContractYear(year: number): boolean {
  return year >= YEAR.min && year <= YEAR.max;
}

/**
 * Maps one record of the Tate collection layout (../shared/data/README-tate-artworks.md) to the
 * artwork attributes. Assumptions the Tate data cannot settle, stated once here:
 *
 * - originCountry 'GB': the records do not say where a work is exported from; the collection
 *   is in London, so the work is taken to leave from Great Britain.
 * - ownedByCreator false: the works belong to Tate, not to their makers.
 * - value: the records carry none, so every work gets `options.defaultValue`; the exporter sets
 *   the real value before a shipment (a default is not a valuation).
 * - creationYear is required by the attributes: a record without startYear ("date not known") is
 *   rejected rather than given an invented year, since every export rule depends on age.
 * - The artist is the first contributor with role 'artist'; when there is none, the first
 *   contributor, with its role kept as `attribution` ("attributed to", "after", ...).
 * - provenance: one entry from the credit line, the acquisition by Tate ("Presented by X 1922"
 *   -> { year: 1922, owner: 'Tate', event: 'Presented by X' }); ARTIST ROOMS works acquired
 *   jointly belong to Tate and National Galleries of Scotland. Earlier owners are not in the
 *   data.
 * - portrait true when Tate's subjects name portraits ("self-portraits"); otherwise unknown, not
 *   false.
 * - sourceId `tate:<acno>`, so a re-import finds the work it already created.
 */
export function mapTateRecord(
  record: unknown,
  line: number,
  options: ImportMappingOptions,
): ImportLineResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return rejectLine(line, ['record must be a JSON object']);
  }
  const fields = new RecordReader(record as Record<string, unknown>);

  const acno = fields.requiredString('acno', 'the Tate accession number');
  const title = fields.requiredString('title');
  if (title !== undefined && title.length > 500)
    fields.problem('title is longer than 500 characters');
  const contributors = readContributors(fields);
  const creationYears = readCreationYears(fields);
  const classification = fields.optionalString('classification');
  const medium = fields.optionalString('medium');
  const dimensionsText = fields.optionalString('dimensions');
  const creditLine = fields.optionalString('creditLine');
  const acquisitionYear = fields.optionalInteger('acquisitionYear');
  const subjects = fields.optionalStringArray('subjects');

  const classified = classifyTateWork(classification ?? null, medium ?? null);
  if (!classified.ok) fields.problem(classified.message);

  const artist = contributors && chooseArtist(contributors.list, contributors.roles);
  if (contributors && !artist) fields.problem('contributors is empty: the artist is required');
  // the limits of the contracts the work travels in (ArtworkAttributesV1): a longer text would
  // be stored, then refused by its reservation's event
  if (medium !== undefined && medium.length > MAX_MEDIUM_LENGTH)
    fields.problem(`medium is longer than ${MAX_MEDIUM_LENGTH} characters`);
  const main = parseDimensions(dimensionsText ?? null).main;
  if (main?.problem)
    fields.problem(`dimensions: ${main.label ? `${main.label} ` : ''}${main.problem}`);
  if (acquisitionYear !== undefined && !isContractYear(acquisitionYear))
    fields.problem(
      `acquisitionYear ${acquisitionYear} is not a year from ${YEAR.min} to ${YEAR.max}`,
    );

  if (
    fields.problems.length > 0 ||
    !acno ||
    !title ||
    !contributors ||
    !artist ||
    !creationYears ||
    !classified.ok
  ) {
    return rejectLine(line, fields.problems);
  }

  const provenance = provenanceFromCreditLine(creditLine, acquisitionYear);
  const attributes: ArtworkImportAttributes = {
    title,
    artist,
    contributors: contributors.list,
    ...creationYears,
    category: classified.category,
    ...(classified.technique ? { technique: classified.technique } : {}),
    ...(medium ? { medium } : {}),
    handExecuted: classified.handExecuted,
    ...(subjects?.some((subject) => /\bportraits?\b/i.test(subject)) ? { portrait: true } : {}),
    ...(classified.citesMaterials.length > 0
      ? { materials: classified.citesMaterials.map((material) => ({ material })) }
      : {}),
    ...(main ? { dimensions: dimensionsInCm(main) } : {}),
    value: options.defaultValue,
    ownedByCreator: false,
    originCountry: 'GB',
    ...(provenance ? { provenance: [provenance] } : {}),
  };
  return { ok: true, attributes, sourceId: `tate:${acno}` };
}

/**
 * "Presented by Mrs John Richmond 1922" -> { year: 1922, owner: 'Tate', event: 'Presented by
 * Mrs John Richmond' }. The year is the one ending the credit line (the year of the gift or
 * purchase), else Tate's acquisitionYear; a trailing ", accessioned 1981" is administrative and
 * dropped ("Presented by Derek Hill 1948, accessioned 1981" -> 1948). Undefined when no year can
 * be found, since a provenance entry needs one.
 */
export function provenanceFromCreditLine(
  creditLine: string | undefined,
  acquisitionYear: number | undefined,
): ProvenanceEntry | undefined {
  if (!creditLine || creditLine.trim() === '') return undefined;
  const text = creditLine
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '')
    .join('. ')
    .replace(/\.\./g, '.')
    .replace(/,\s*accessioned \d{4}\.?$/i, '');
  const trailingYear = /^(.*?)[\s,]+(\d{4})\.?$/.exec(text);
  const year = trailingYear ? Number.parseInt(trailingYear[2], 10) : acquisitionYear;
  if (year === undefined) return undefined;
  // ", 1922": nothing before the year, so the event is the text itself (an event is never empty)
  const event = trailingYear && trailingYear[1].trim() !== '' ? trailingYear[1] : text;
  const owner =
    /jointly with the National Galleries of Scotland|Tate and (?:the )?National Galleries of Scotland/i.test(
      text,
    )
      ? 'Tate and National Galleries of Scotland'
      : 'Tate';
  return { year, owner, event: withinProvenanceLimit(event) };
}

/**
 * A credit line longer than the contract's event (MAX_PROVENANCE_EVENT_LENGTH) is cut, with a
 * note saying so, rather than the work refused: the credit line is Tate's account of how it
 * came by the work, not a fact a customs rule reads (the year and owner are kept whole), and
 * the work itself is sound. Cut at a code point, never inside a surrogate pair.
 */
export function withinProvenanceLimit(event: string): string {
  if (event.length <= MAX_PROVENANCE_EVENT_LENGTH) return event;
  const room = MAX_PROVENANCE_EVENT_LENGTH - TRUNCATED_NOTE.length;
  const kept = Array.from(event.slice(0, room + 1));
  let cut = '';
  for (const character of kept) {
    if (cut.length + character.length > room) break;
    cut += character;
  }
  return `${cut.trimEnd()}${TRUNCATED_NOTE}`;
}

/** "1757–1827" -> 1827; "c.1811–c.1870" -> 1870; "born 1950", "active 1820–1850" -> none. */
export function deathYearFromLifeDates(lifeDates: string | undefined): number | undefined {
  if (!lifeDates || /^\s*(?:active|established|born)\b/i.test(lifeDates)) return undefined;
  const match = /^[^–-]*\d{3,4}[^–-]*[–-]\s*(?:c\.\s*|after\s+|\?)?(\d{4})\b/.exec(lifeDates);
  return match ? Number.parseInt(match[1], 10) : undefined;
}

function chooseArtist(
  contributors: readonly Contributor[],
  roles: readonly string[],
): ImportedArtist | undefined {
  const artistIndex = roles.findIndex((role) => role === 'artist');
  const index = artistIndex >= 0 ? artistIndex : 0;
  const creator = contributors[index];
  if (!creator) return undefined;
  return {
    name: creator.name,
    ...(creator.birthYear !== undefined ? { birthYear: creator.birthYear } : {}),
    ...(creator.deathYear !== undefined ? { deathYear: creator.deathYear } : {}),
    ...(artistIndex < 0 ? { attribution: creator.role } : {}),
  };
}

function readContributors(
  fields: RecordReader,
): { list: Contributor[]; roles: string[] } | undefined {
  const raw = fields.value('contributors');
  if (!Array.isArray(raw)) {
    fields.problem('contributors must be an array of the people who made the work');
    return undefined;
  }
  const list: Contributor[] = [];
  const roles: string[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `contributors[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      fields.problem(`${path} must be an object`);
      return;
    }
    const person = entry as Record<string, unknown>;
    const name = typeof person['fc'] === 'string' ? person['fc'].trim() : '';
    if (name === '') {
      fields.problem(`${path}.fc must be a non-empty string (the contributor's name)`);
      return;
    }
    if (name.length > MAX_NAME_LENGTH) {
      fields.problem(`${path}.fc is longer than ${MAX_NAME_LENGTH} characters`);
      return;
    }
    const role =
      typeof person['role'] === 'string' && person['role'].trim() !== ''
        ? person['role'].trim()
        : 'artist';
    const birthYear = Number.isInteger(person['birthYear'])
      ? (person['birthYear'] as number)
      : undefined;
    if (birthYear !== undefined && !isContractYear(birthYear)) {
      fields.problem(
        `${path}.birthYear ${birthYear} is not a year from ${YEAR.min} to ${YEAR.max}`,
      );
      return;
    }
    const deathYear = deathYearFromLifeDates(
      typeof person['date'] === 'string' ? person['date'] : undefined,
    );
    const consistentDeath =
      deathYear !== undefined && (birthYear === undefined || deathYear >= birthYear);
    list.push({
      name,
      role,
      ...(birthYear !== undefined ? { birthYear } : {}),
      ...(consistentDeath ? { deathYear } : {}),
    });
    roles.push(role);
  });
  return list.length === raw.length ? { list, roles } : undefined;
}

function readCreationYears(
  fields: RecordReader,
): { creationYear: number; creationYearEnd?: number } | undefined {
  const start = fields.optionalYear('startYear');
  const end = fields.optionalYear('endYear');
  if (start === null) return undefined; // malformed, already reported
  if (start === undefined) {
    const dateText = fields.optionalString('dateText');
    fields.problem(
      `startYear is missing${dateText ? ` (dateText '${dateText}')` : ''}: creationYear is required`,
    );
    return undefined;
  }
  if (end === null) return undefined;
  if (end !== undefined && end < start) {
    fields.problem(`endYear ${end} is before startYear ${start}`);
    return undefined;
  }
  return {
    creationYear: start,
    ...(end !== undefined && end > start ? { creationYearEnd: end } : {}),
  };
}

/** Reads loosely typed fields and collects one message per problem, each naming its field. */
class RecordReader {
  readonly problems: string[] = [];

  constructor(private readonly record: Record<string, unknown>) {}

  value(field: string): unknown {
    return this.record[field];
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  requiredString(field: string, meaning?: string): string | undefined {
    const raw = this.record[field];
    if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
    this.problem(`${field} must be a non-empty string${meaning ? ` (${meaning})` : ''}`);
    return undefined;
  }

  /** Undefined for null, missing or blank. */
  optionalString(field: string): string | undefined {
    const raw = this.record[field];
    if (raw === null || raw === undefined) return undefined;
    if (typeof raw !== 'string') {
      this.problem(`${field} must be a string or null`);
      return undefined;
    }
    return raw.trim() === '' ? undefined : raw.trim();
  }

  optionalInteger(field: string): number | undefined {
    const raw = this.record[field];
    if (raw === null || raw === undefined) return undefined;
    if (Number.isInteger(raw)) return raw as number;
    this.problem(`${field} must be an integer or null`);
    return undefined;
  }

  /** A year as a number or a digit string ("2003" occurs); null when malformed (reported). */
  optionalYear(field: string): number | undefined | null {
    const raw = this.record[field];
    if (raw === null || raw === undefined || raw === '') return undefined;
    if (Number.isInteger(raw)) {
      if (isContractYear(raw as number)) return raw as number;
      this.problem(`${field} ${raw as number} is not a year from ${YEAR.min} to ${YEAR.max}`);
      return null;
    }
    if (typeof raw === 'string' && /^-?\d{1,4}$/.test(raw.trim()))
      return Number.parseInt(raw.trim(), 10);
    this.problem(`${field} must be a year such as 1922, not ${JSON.stringify(raw)}`);
    return null;
  }

  optionalStringArray(field: string): string[] | undefined {
    const raw = this.record[field];
    if (raw === null || raw === undefined) return undefined;
    if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
    this.problem(`${field} must be an array of strings or null`);
    return undefined;
  }
}
