import { MoneyDto } from '@artbridge/contracts';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArtworkEntity } from './artwork.entity';
import { RegisterArtworkDto } from './register-artwork.dto';
import { RegisterArtworkService } from './register-artwork.service';

/** Until sign-in lands with the gateway, the exporter names itself in this header. */
const EXPORTER_HEADER = 'x-exporter-id';

function exporterFrom(value: string | undefined): string {
  if (!value || !/^[\w.@-]{1,200}$/.test(value)) {
    throw new BadRequestException([
      `${EXPORTER_HEADER} header must name the exporter (letters, digits, . _ @ -)`,
    ]);
  }
  return value;
}

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
  async register(
    @Headers(EXPORTER_HEADER) exporter: string | undefined,
    @Body() body: RegisterArtworkDto,
  ) {
    return artworkView(await this.registerArtwork.register(exporterFrom(exporter), body));
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const artwork = await this.dataSource.getRepository(ArtworkEntity).findOneBy({ id });
    if (!artwork) throw new NotFoundException(`artwork ${id} not found`);
    return artworkView(artwork);
  }
}
