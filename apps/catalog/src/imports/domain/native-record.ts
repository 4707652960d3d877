// class-transformer's @Type reads decorator metadata; load the polyfill before any DTO class.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import {
  ARTWORK_CATEGORIES,
  ARTWORK_LIMITS,
  ArtworkCategory,
  IsCountryCode,
  IsNestedObject,
  IsNotBlank,
  MoneyDto,
  ValidateNestedObjects,
  prototypeMemberKeys,
} from '@artbridge/contracts';
import { Type, plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
  ValidationArguments,
  ValidationError,
  ValidationOptions,
  registerDecorator,
  validateSync,
} from 'class-validator';
import { canonicalMaterial, MAX_ARTWORK_CENTIMETRES } from '../../artworks/domain/artwork';
import {
  RegisteredArtistDto,
  RegisteredMaterialDto,
  RegisteredProvenanceEntryDto,
} from '../../artworks/register-artwork.dto';
import { ArtworkImportAttributes, ImportLineResult, rejectLine } from './import-attributes';

// The native layout is the artwork attributes of API.md, one record a line, plus an optional
// `sourceId` that makes re-imports idempotent. Fields it does not name are refused, so a typo
// ("creationyear") is reported rather than dropped.
//
// The artist, the materials and the provenance are checked by registration's edge classes (the
// contract's ArtistDto, MaterialDto, ProvenanceEntryDto, refusing text of white space only), the
// money and the country by the contract's (MoneyDto, IsCountryCode): a record a registration
// takes, the import takes too, and what it refuses, the import refuses. The classes below are the
// import's own, not copies: it requires the artist and the value (as the contract does) and
// lengths to the millimetre. Its provenance limits (200 entries, events of up to 1,000
// characters) are the contract's, so every imported artwork fits in its reservation event.

const YEAR = ARTWORK_LIMITS.year;
const MAX_CENTIMETRES = MAX_ARTWORK_CENTIMETRES;

/** A positive JSON number of centimetres to the millimetre: 68.5, 137; not 68.55, "68.5", 0. */
function IsCentimetres(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isCentimetres',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        // Decimals are read from the number's shortest text form, as class-validator does.
        validate: (length: unknown) =>
          typeof length === 'number' &&
          length > 0 &&
          length <= MAX_CENTIMETRES &&
          /^\d+(?:\.\d)?$/.test(String(length)),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be a positive number of centimetres with at most one decimal (a whole millimetre), up to ${MAX_CENTIMETRES}`,
      },
    });
}

export class NativeDimensionsRecord {
  @IsCentimetres()
  heightCm!: number;

  @IsCentimetres()
  widthCm!: number;

  @IsOptional()
  @IsCentimetres()
  depthCm?: number;
}

export class NativeArtworkRecord {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  sourceId?: string;

  @IsString()
  @Length(1, 500)
  @IsNotBlank()
  title!: string;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => RegisteredArtistDto)
  artist!: RegisteredArtistDto;

  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  creationYear!: number;

  @IsOptional()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  creationYearEnd?: number;

  @IsIn(ARTWORK_CATEGORIES, { message: `category must be one of ${ARTWORK_CATEGORIES.join(', ')}` })
  category!: ArtworkCategory;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  technique?: string;

  @IsOptional()
  @IsString()
  @Length(1, ARTWORK_LIMITS.medium)
  @IsNotBlank()
  medium?: string;

  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;

  @IsOptional()
  @IsBoolean()
  portrait?: boolean;

  /** A musical instrument (the UK Ivory Act's musical instrument exemption). */
  @IsOptional()
  @IsBoolean()
  musicalInstrument?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNestedObjects()
  @Type(() => RegisteredMaterialDto)
  materials?: RegisteredMaterialDto[];

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NativeDimensionsRecord)
  dimensions?: NativeDimensionsRecord;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  @IsBoolean()
  ownedByCreator!: boolean;

  @IsCountryCode()
  originCountry!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => RegisteredProvenanceEntryDto)
  provenance?: RegisteredProvenanceEntryDto[];
}

/**
 * Validates one record of the native layout and maps it to the import attributes. handExecuted
 * defaults to true (API.md). The source id is `native:<sourceId>` when the record gives one,
 * else `native:sha256:<hash>` of the record's canonical JSON, so the same record imported twice
 * is recognised either way.
 */
export function mapNativeRecord(record: unknown, line: number): ImportLineResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return rejectLine(line, ['record must be a JSON object']);
  }
  // `toString`, `__proto__`: the whitelist below would take them as declared (see
  // prototypeMemberKeys), and class-transformer drops `__proto__`
  const inherited = prototypeMemberKeys(record);
  if (inherited.length > 0) return rejectLine(line, describeValidationErrors(inherited));
  const instance = plainToInstance(NativeArtworkRecord, record);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const problems = describeValidationErrors(errors);
  if (
    instance.creationYearEnd !== undefined &&
    Number.isInteger(instance.creationYear) &&
    instance.creationYearEnd < instance.creationYear
  ) {
    problems.push('creationYearEnd must not be before creationYear');
  }
  if (problems.length > 0) return rejectLine(line, problems);

  const { artist } = instance;
  const attributes: ArtworkImportAttributes = {
    title: instance.title,
    artist: {
      name: artist.name,
      ...optional('birthYear', artist.birthYear),
      ...optional('deathYear', artist.deathYear),
      ...optional('ethnicMinority', artist.ethnicMinority),
    },
    contributors: [
      {
        name: artist.name,
        role: 'artist',
        ...optional('birthYear', artist.birthYear),
        ...optional('deathYear', artist.deathYear),
      },
    ],
    creationYear: instance.creationYear,
    ...(instance.creationYearEnd !== undefined && instance.creationYearEnd > instance.creationYear
      ? { creationYearEnd: instance.creationYearEnd }
      : {}),
    category: instance.category,
    ...optional('technique', instance.technique),
    ...optional('medium', instance.medium),
    handExecuted: instance.handExecuted ?? true,
    ...optional('portrait', instance.portrait),
    ...optional('musicalInstrument', instance.musicalInstrument),
    ...(instance.materials
      ? {
          materials: instance.materials.map((entry) => ({
            material: canonicalMaterial(entry.material),
            ...optional('weightGrams', entry.weightGrams),
            ...optional('acquiredYear', entry.acquiredYear),
            ...optional('volumePercent', entry.volumePercent),
          })),
        }
      : {}),
    ...(instance.dimensions
      ? {
          dimensions: {
            heightCm: instance.dimensions.heightCm,
            widthCm: instance.dimensions.widthCm,
            ...optional('depthCm', instance.dimensions.depthCm),
          },
        }
      : {}),
    value: MoneyDto.toMoney(instance.value),
    ownedByCreator: instance.ownedByCreator,
    originCountry: instance.originCountry,
    ...(instance.provenance
      ? {
          provenance: instance.provenance.map(({ year, owner, event }) => ({ year, owner, event })),
        }
      : {}),
  };
  const sourceId = instance.sourceId
    ? `native:${instance.sourceId}`
    : `native:sha256:${createHash('sha256').update(canonicalJson(record)).digest('hex')}`;
  return { ok: true, attributes, sourceId };
}

/**
 * "artist.name must be a string", "provenance[0].year must be an integer number",
 * "creationyear is not a field of the artwork attributes".
 */
export function describeValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): string[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, text]) => {
      if (constraint === 'whitelistValidation')
        return `${path} is not a field of the artwork attributes`;
      return text.startsWith(`${error.property} `)
        ? `${path}${text.slice(error.property.length)}`
        : `${path}: ${text}`;
    });
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

/** JSON with object keys sorted at every level: equal records, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
