import { ArtworkRegistered, MoneyDto } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { BadRequestException, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { ArtworkAttributes, artworkRuleViolations } from './domain/artwork';
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
    };
    const violations = artworkRuleViolations(attributes, new Date());
    if (violations.length > 0) throw new BadRequestException(violations.map((v) => v.message));

    return this.dataSource.transaction(async (manager) => {
      const artwork = manager.create(ArtworkEntity, {
        id: uuidv7(),
        exporterId,
        title: attributes.title,
        artistName: attributes.artist.name,
        artistBirthYear: attributes.artist.birthYear ?? null,
        artistDeathYear: attributes.artist.deathYear ?? null,
        creationYear: attributes.creationYear,
        category: attributes.category,
        technique: attributes.technique ?? null,
        medium: attributes.medium ?? null,
        handExecuted: attributes.handExecuted,
        value: MoneyColumns.of(attributes.value),
        ownedByCreator: attributes.ownedByCreator,
        originCountry: attributes.originCountry,
        status: 'AVAILABLE',
        registeredAt: new Date(),
      });
      await manager.insert(ArtworkEntity, artwork);
      await this.outbox.add(
        manager,
        ArtworkRegistered,
        {
          artworkId: artwork.id,
          exporterId,
          title: artwork.title,
          artist: dto.artist,
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
