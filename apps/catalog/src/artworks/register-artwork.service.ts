import {
  ArtistV1,
  ArtworkRegistered,
  ArtworkRegisteredV1,
  ArtworksReserved,
  MessageDefinition,
  MoneyDto,
} from '@artbridge/contracts';
import {
  Outbox,
  OutboxMessage,
  PayloadValidationError,
  validatePayload,
} from '@artbridge/platform-messaging';
import { BadRequestException, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { attributeColumns, attributesOf } from './artwork-view';
import {
  ArtworkAttributes,
  artworkRuleViolations,
  canonicalMaterial,
  isGiven,
} from './domain/artwork';
import { RegisterArtworkDto } from './register-artwork.dto';

/** One artwork to store: its attributes, checked, and where a bulk import took it from. */
export interface ArtworkToRegister {
  readonly attributes: ArtworkAttributes;
  /** Unique per exporter: an artwork whose source id the exporter already has is not stored again. */
  readonly sourceId?: string;
}

/** The CITES codes exactly (see canonicalMaterial); other materials as written. */
export function withCanonicalMaterials(attributes: ArtworkAttributes): ArtworkAttributes {
  return attributes.materials
    ? {
        ...attributes,
        materials: attributes.materials.map((entry) => ({
          ...entry,
          material: canonicalMaterial(entry.material),
        })),
      }
    : attributes;
}

/** Stands for the shipment of a reservation not made yet, to check that event's payload. */
const ANY_SHIPMENT_ID = '00000000-0000-4000-8000-000000000000';

/**
 * What the contracts the artwork will travel in refuse, one message per problem naming the field
 * and the message type: its announcement (ArtworkRegistered, written with it: a refusal there
 * fails the whole transaction) and the attributes its reservation carries (ArtworksReserved,
 * written when a shipment reserves it: a refusal there dead-letters the saga's step and leaves
 * the shipment waiting). Both payloads are built by the code that builds the real ones, so an
 * artwork that passes here can always be announced and reserved. Empty when it fits.
 */
export function publishedContractProblems(
  exporterId: string,
  attributes: ArtworkAttributes,
  now: Date = new Date(),
): string[] {
  const artwork = newArtwork(exporterId, attributes, null, now);
  const found = new Map<string, string[]>();
  const check = <T extends object>(
    definition: MessageDefinition<T>,
    payload: unknown,
    fieldPrefix?: RegExp,
  ) => {
    try {
      validatePayload(definition, payload);
    } catch (error) {
      if (!(error instanceof PayloadValidationError)) throw error;
      for (const problem of error.problems) {
        const text = fieldPrefix ? problem.replace(fieldPrefix, '') : problem;
        found.set(text, [...(found.get(text) ?? []), definition.type]);
      }
    }
  };
  check(ArtworkRegistered, registeredMessage(exporterId, artwork, attributes).payload);
  check(
    ArtworksReserved,
    {
      shipmentId: ANY_SHIPMENT_ID,
      exporterId,
      artworks: [{ artworkId: artwork.id, attributes: attributesOf(artwork) }],
    },
    /^artworks\.0\.attributes\./,
  );
  return [...found].map(([problem, types]) => `${problem} (${types.join(', ')})`);
}

@Injectable()
export class RegisterArtworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Stores the artwork and announces it, in one transaction. */
  async register(exporterId: string, dto: RegisterArtworkDto): Promise<ArtworkEntity> {
    const attributes = withCanonicalMaterials({
      ...dto,
      handExecuted: dto.handExecuted ?? true,
      value: MoneyDto.toMoney(dto.value),
    });
    const violations = artworkRuleViolations(attributes, new Date());
    if (violations.length > 0) throw new BadRequestException(violations.map((v) => v.message));
    // the request's validation is the contract's own classes, so this finds nothing today: it
    // keeps a later difference between the two from storing an artwork no shipment can reserve
    const unpublishable = publishedContractProblems(exporterId, attributes);
    if (unpublishable.length > 0) throw new BadRequestException(unpublishable);

    return this.dataSource.transaction(async (manager) => {
      const [artwork] = await this.registerAll(manager, exporterId, [{ attributes }]);
      if (!artwork) throw new Error('an artwork without a source id was not stored');
      return artwork;
    });
  }

  /**
   * Stores artworks whose attributes the caller has checked (artworkRuleViolations) and
   * announces each with ArtworkRegistered through the outbox, inside the caller's transaction.
   * Answers in the order given: the stored artwork, or null when the exporter already has an
   * artwork with that source id (nothing stored, nothing announced). The path of single
   * registration and of bulk imports alike, so it costs a fixed number of statements whatever
   * the number of artworks: one query for the source ids already there, one multi-row insert of
   * the others, one insert of their outbox messages.
   */
  async registerAll(
    manager: EntityManager,
    exporterId: string,
    items: readonly ArtworkToRegister[],
  ): Promise<(ArtworkEntity | null)[]> {
    if (items.length === 0) return [];
    const known = await knownSourceIds(manager, exporterId, items);
    const now = new Date();
    const candidates = items.map(({ attributes, sourceId }) =>
      sourceId !== undefined && known.has(sourceId)
        ? null
        : newArtwork(exporterId, attributes, sourceId ?? null, now),
    );
    const storedIds = await insertArtworks(
      manager,
      candidates.filter((artwork): artwork is ArtworkEntity => artwork !== null),
    );
    const stored = candidates.map((artwork) =>
      artwork && storedIds.has(artwork.id) ? artwork : null,
    );
    const messages: OutboxMessage[] = [];
    stored.forEach((artwork, index) => {
      if (artwork) messages.push(registeredMessage(exporterId, artwork, items[index].attributes));
    });
    await this.outbox.addAll(manager, messages);
    return stored;
  }
}

/** The source ids among `items` the exporter already has: one indexed query (artwork_source). */
async function knownSourceIds(
  manager: EntityManager,
  exporterId: string,
  items: readonly ArtworkToRegister[],
): Promise<Set<string>> {
  const sourceIds = items.flatMap(({ sourceId }) => (sourceId === undefined ? [] : [sourceId]));
  if (sourceIds.length === 0) return new Set();
  const rows = (await manager.query(
    `SELECT source_id FROM artwork WHERE exporter_id = $1 AND source_id = ANY($2::text[])`,
    [exporterId, sourceIds],
  )) as { source_id: string }[];
  return new Set(rows.map((row) => row.source_id));
}

function newArtwork(
  exporterId: string,
  attributes: ArtworkAttributes,
  sourceId: string | null,
  now: Date,
): ArtworkEntity {
  return Object.assign(new ArtworkEntity(), {
    id: uuidv7(),
    exporterId,
    ...attributeColumns(attributes),
    status: 'AVAILABLE',
    reservedByShipment: null,
    statusChangedAt: now,
    registeredAt: now,
    sourceId,
  } satisfies ArtworkEntity);
}

/**
 * One INSERT for all the rows, a typed array per column (unnest): 29 parameters whatever the
 * number of rows, and no per-row statement building. The values are those TypeORM would send
 * (jsonb as JSON text, bigint as text). ON CONFLICT DO NOTHING: a source id the exporter already
 * has (artwork_source) is skipped, also when an import running at the same time stored it after
 * knownSourceIds looked. Answers the ids stored (a set: the caller maps them back to its items).
 *
 * The rows go in in source id order (inSourceIdOrder), not the caller's: inserting a key
 * another transaction has inserted but not committed waits for it, so two imports inserting
 * overlapping source ids in different orders each waited on the other (deadlock detected).
 * Taken in one order, the first to reach a shared key goes on and the other waits its turn.
 *
 * Every column of ArtworkEntity is here; a column added to the entity must be added here too.
 */
async function insertArtworks(
  manager: EntityManager,
  unordered: readonly ArtworkEntity[],
): Promise<Set<string>> {
  if (unordered.length === 0) return new Set();
  const artworks = inSourceIdOrder(unordered);
  const column = <T>(value: (artwork: ArtworkEntity) => T): T[] => artworks.map(value);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const rows = (await manager.query(
    `INSERT INTO artwork (
       id, exporter_id, title, artist_name, artist_birth_year, artist_death_year,
       artist_ethnic_minority, creation_year, creation_year_end, category, technique, medium,
       hand_executed, portrait, materials, height_cm, width_cm, depth_cm, value_minor,
       value_currency, owned_by_creator, origin_country, provenance, status,
       reserved_by_shipment, status_changed_at, registered_at, source_id, musical_instrument)
     SELECT * FROM unnest(
       $1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[],
       $7::boolean[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[],
       $13::boolean[], $14::boolean[], $15::jsonb[], $16::numeric[], $17::numeric[], $18::numeric[], $19::bigint[],
       $20::char(3)[], $21::boolean[], $22::char(2)[], $23::jsonb[], $24::text[],
       $25::uuid[], $26::timestamptz[], $27::timestamptz[], $28::text[], $29::boolean[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      column((a) => a.id),
      column((a) => a.exporterId),
      column((a) => a.title),
      column((a) => a.artistName),
      column((a) => a.artistBirthYear),
      column((a) => a.artistDeathYear),
      column((a) => a.artistEthnicMinority),
      column((a) => a.creationYear),
      column((a) => a.creationYearEnd),
      column((a) => a.category),
      column((a) => a.technique),
      column((a) => a.medium),
      column((a) => a.handExecuted),
      column((a) => a.portrait),
      column((a) => json(a.materials)),
      column((a) => a.heightCm),
      column((a) => a.widthCm),
      column((a) => a.depthCm),
      column((a) => a.value.minor.toString()),
      column((a) => a.value.currency),
      column((a) => a.ownedByCreator),
      column((a) => a.originCountry),
      column((a) => json(a.provenance)),
      column((a) => a.status),
      column((a) => a.reservedByShipment),
      column((a) => a.statusChangedAt),
      column((a) => a.registeredAt),
      column((a) => a.sourceId),
      column((a) => a.musicalInstrument),
    ],
  )) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/**
 * The artworks sorted by source id (those without one, which take no unique key, last), the
 * lock order of insertArtworks: every writer must use this same order. Compared by UTF-16 code
 * units, not a collation: any fixed total order does, and this one needs no database.
 */
export function inSourceIdOrder<T extends { readonly sourceId: string | null }>(
  artworks: readonly T[],
): T[] {
  return [...artworks].sort((a, b) => {
    if (a.sourceId === b.sourceId) return 0;
    if (a.sourceId === null) return 1;
    if (b.sourceId === null) return -1;
    return a.sourceId < b.sourceId ? -1 : 1;
  });
}

/**
 * The event, built as instances of its payload classes: the outbox validates them as they are
 * instead of converting a plain object first (the same checks, the same JSON).
 */
function registeredMessage(
  exporterId: string,
  artwork: ArtworkEntity,
  attributes: ArtworkAttributes,
): OutboxMessage {
  const { artist } = attributes;
  const payload: ArtworkRegisteredV1 = Object.assign(new ArtworkRegisteredV1(), {
    artworkId: artwork.id,
    exporterId,
    title: artwork.title,
    // version 1 of the event names the artist's life dates only
    artist: Object.assign(new ArtistV1(), {
      name: artist.name,
      ...(isGiven(artist.birthYear) && { birthYear: artist.birthYear }),
      ...(isGiven(artist.deathYear) && { deathYear: artist.deathYear }),
    }),
    creationYear: artwork.creationYear,
    category: artwork.category,
    handExecuted: artwork.handExecuted,
    value: MoneyDto.from(attributes.value),
    ownedByCreator: artwork.ownedByCreator,
    originCountry: artwork.originCountry,
    registeredAt: artwork.registeredAt.toISOString(),
  });
  return { definition: ArtworkRegistered, payload, meta: { subject: artwork.id } };
}
