import { ArtworkRegistered, MoneyDto } from '@artbridge/contracts';
import { Outbox, OutboxMessage } from '@artbridge/platform-messaging';
import { BadRequestException, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { attributeColumns } from './artwork-view';
import { ArtworkAttributes, artworkRuleViolations, canonicalMaterial } from './domain/artwork';
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

    return this.dataSource.transaction(async (manager) => {
      const [artwork] = await this.registerAll(manager, exporterId, [{ attributes }]);
      if (!artwork) throw new Error('an artwork without a source id was not stored');
      return artwork;
    });
  }

  /**
   * Stores artworks whose attributes the caller has checked (artworkRuleViolations) and
   * announces each with ArtworkRegistered through the outbox, inside the caller's transaction:
   * one multi-row insert, one outbox insert. Answers in the order given: the stored artwork, or
   * null when the exporter already has an artwork with that source id (nothing stored, nothing
   * announced). The path of single registration and of bulk imports alike.
   */
  async registerAll(
    manager: EntityManager,
    exporterId: string,
    items: readonly ArtworkToRegister[],
  ): Promise<(ArtworkEntity | null)[]> {
    if (items.length === 0) return [];
    const now = new Date();
    const artworks = items.map(({ attributes, sourceId }) =>
      manager.create(ArtworkEntity, {
        id: uuidv7(),
        exporterId,
        ...attributeColumns(attributes),
        status: 'AVAILABLE',
        reservedByShipment: null,
        statusChangedAt: now,
        registeredAt: now,
        sourceId: sourceId ?? null,
      }),
    );
    // ON CONFLICT DO NOTHING: a source id the exporter already has (artwork_source) is skipped,
    // also when an import running at the same time stored it a moment ago.
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ArtworkEntity)
      .values(artworks)
      .orIgnore()
      .updateEntity(false)
      .returning('id')
      .execute();
    const storedIds = new Set((result.raw as { id: string }[]).map((row) => row.id));
    const stored = artworks.map((artwork) => (storedIds.has(artwork.id) ? artwork : null));
    const messages: OutboxMessage[] = [];
    stored.forEach((artwork, index) => {
      if (artwork) messages.push(registeredMessage(exporterId, artwork, items[index].attributes));
    });
    await this.outbox.addAll(manager, messages);
    return stored;
  }
}

function registeredMessage(
  exporterId: string,
  artwork: ArtworkEntity,
  attributes: ArtworkAttributes,
): OutboxMessage {
  const { artist } = attributes;
  return {
    definition: ArtworkRegistered,
    payload: {
      artworkId: artwork.id,
      exporterId,
      title: artwork.title,
      // version 1 of the event names the artist's life dates only
      artist: {
        name: artist.name,
        ...(artist.birthYear !== undefined && { birthYear: artist.birthYear }),
        ...(artist.deathYear !== undefined && { deathYear: artist.deathYear }),
      },
      creationYear: artwork.creationYear,
      category: artwork.category,
      handExecuted: artwork.handExecuted,
      value: MoneyDto.from(attributes.value),
      ownedByCreator: artwork.ownedByCreator,
      originCountry: artwork.originCountry,
      registeredAt: artwork.registeredAt.toISOString(),
    },
    meta: { subject: artwork.id },
  };
}
