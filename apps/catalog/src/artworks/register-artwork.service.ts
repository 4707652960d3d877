import { ArtworkRegistered, MoneyDto } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { BadRequestException, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { attributeColumns } from './artwork-view';
import { ArtworkAttributes, artworkRuleViolations, canonicalMaterial } from './domain/artwork';
import { RegisterArtworkDto } from './register-artwork.dto';

@Injectable()
export class RegisterArtworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Stores the artwork and announces it, in one transaction. */
  async register(exporterId: string, dto: RegisterArtworkDto): Promise<ArtworkEntity> {
    const attributes: ArtworkAttributes = {
      ...dto,
      handExecuted: dto.handExecuted ?? true,
      value: MoneyDto.toMoney(dto.value),
      materials: dto.materials?.map((entry) => ({
        ...entry,
        material: canonicalMaterial(entry.material),
      })),
    };
    const violations = artworkRuleViolations(attributes, new Date());
    if (violations.length > 0) throw new BadRequestException(violations.map((v) => v.message));

    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const artwork = manager.create(ArtworkEntity, {
        id: uuidv7(),
        exporterId,
        ...attributeColumns(attributes),
        status: 'AVAILABLE',
        reservedByShipment: null,
        statusChangedAt: now,
        registeredAt: now,
      });
      await manager.insert(ArtworkEntity, artwork);
      const { artist } = attributes;
      await this.outbox.add(
        manager,
        ArtworkRegistered,
        {
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
        { subject: artwork.id },
      );
      return artwork;
    });
  }
}
