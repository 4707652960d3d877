import { MoneyDto } from '@artbridge/contracts';
import { CurrentUser, hasRole, Principal, Roles } from '@artbridge/platform-auth';
import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { RegisterArtworkDto } from './register-artwork.dto';
import { RegisterArtworkService } from './register-artwork.service';

export function artworkView(artwork: ArtworkEntity) {
  return {
    id: artwork.id,
    status: artwork.status,
    exporterId: artwork.exporterId,
    title: artwork.title,
    artist: {
      name: artwork.artistName,
      ...(artwork.artistBirthYear !== null && { birthYear: artwork.artistBirthYear }),
      ...(artwork.artistDeathYear !== null && { deathYear: artwork.artistDeathYear }),
    },
    creationYear: artwork.creationYear,
    category: artwork.category,
    technique: artwork.technique,
    medium: artwork.medium,
    handExecuted: artwork.handExecuted,
    value: MoneyDto.from(artwork.value),
    ownedByCreator: artwork.ownedByCreator,
    originCountry: artwork.originCountry,
    registeredAt: artwork.registeredAt.toISOString(),
  };
}

@Controller('artworks')
export class ArtworksController {
  constructor(
    private readonly registerArtwork: RegisterArtworkService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @Roles('EXPORTER')
  async register(@CurrentUser() exporter: Principal, @Body() body: RegisterArtworkDto) {
    return artworkView(await this.registerArtwork.register(exporter.username, body));
  }

  /** An exporter sees only its own artworks: another's is 404, as if it did not exist. */
  @Get(':id')
  async get(@CurrentUser() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    const artwork = await this.dataSource.getRepository(ArtworkEntity).findOneBy({ id });
    const visible =
      artwork &&
      (!hasRole(caller, 'EXPORTER') ||
        hasRole(caller, 'ADMIN') ||
        artwork.exporterId === caller.username);
    if (!visible) throw new NotFoundException(`artwork ${id} not found`);
    return artworkView(artwork);
  }
}
