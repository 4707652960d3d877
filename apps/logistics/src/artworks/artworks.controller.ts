import { MoneyDto } from '@artbridge/contracts';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { UuidParamPipe } from '@artbridge/platform-service';
import { DataSource } from 'typeorm';
import { ArtworkProjectionEntity } from './artwork-projection.entity';
import { ArtworkResponse } from './artwork.response';

@Controller('artworks')
export class ArtworksController {
  constructor(private readonly dataSource: DataSource) {}

  /** What logistics knows of an artwork; 404 until catalog's event has arrived. */
  @Get(':id')
  async get(@Param('id', new UuidParamPipe()) id: string): Promise<ArtworkResponse> {
    const artwork = await this.dataSource
      .getRepository(ArtworkProjectionEntity)
      .findOneBy({ artworkId: id });
    if (!artwork) throw new NotFoundException(`artwork ${id} is not known to logistics`);
    return {
      id: artwork.artworkId,
      exporterId: artwork.exporterId,
      title: artwork.title,
      artistName: artwork.artistName,
      creationYear: artwork.creationYear,
      category: artwork.category,
      value: MoneyDto.from(artwork.value),
      originCountry: artwork.originCountry,
      registeredAt: artwork.registeredAt.toISOString(),
    };
  }
}
