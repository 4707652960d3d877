import { MoneyDto } from '@artbridge/contracts';
import { CurrentUser, Principal } from '@artbridge/platform-auth';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { UuidParamPipe } from '@artbridge/platform-service';
import { DataSource } from 'typeorm';
import { ownerFilter } from '../shipments/shipment-views';
import { ArtworkProjectionEntity } from './artwork-projection.entity';
import { ArtworkResponse } from './artwork.response';

@Controller('artworks')
export class ArtworksController {
  constructor(private readonly dataSource: DataSource) {}

  /** Logistics' copy of an artwork, 404 until catalog's event came; another exporter's is 404. */
  @Get(':id')
  async get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ArtworkResponse> {
    const owner = ownerFilter(caller);
    const artwork = await this.dataSource
      .getRepository(ArtworkProjectionEntity)
      .findOneBy({ artworkId: id, ...(owner !== undefined && { exporterId: owner }) });
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
