import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { DataSource } from 'typeorm';
import { productFactsOf } from '../ip-licences/ip-licence-view';
import { ArtworkEntity } from './artwork.entity';
import { artworkView } from './artwork-view';
import { ArtworkPageResponse, ArtworkResponse } from './artwork.response';
import { RegisterArtworkDto } from './register-artwork.dto';
import { RegisterArtworkService } from './register-artwork.service';
import { RevalueArtworkDto } from './revalue-artwork.dto';
import { RevalueArtworkService } from './revalue-artwork.service';
import { SearchArtworksQuery } from './search-artworks.dto';
import { SearchArtworksService, seesOnlyOwn } from './search-artworks.service';

@Controller('artworks')
export class ArtworksController {
  constructor(
    private readonly registerArtwork: RegisterArtworkService,
    private readonly searchArtworks: SearchArtworksService,
    private readonly revalueArtwork: RevalueArtworkService,
    private readonly dataSource: DataSource,
  ) {}

  /** Registers an artwork the exporter owns; it is AVAILABLE for a shipment at once. */
  @Post()
  @Roles('EXPORTER')
  async register(
    @CurrentUser() exporter: Principal,
    @Body() body: RegisterArtworkDto,
  ): Promise<ArtworkResponse> {
    return artworkView(await this.registerArtwork.register(exporter.username, body));
  }

  /** Finds artworks by words, category, years or licence; an exporter finds only its own. */
  @Get()
  search(
    @CurrentUser() caller: Principal,
    @Query() query: SearchArtworksQuery,
  ): Promise<ArtworkPageResponse> {
    return this.searchArtworks.search(caller, query);
  }

  /** An exporter sees only its own artworks: another's is 404, as if it did not exist. */
  @Get(':id')
  async get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ArtworkResponse> {
    const artwork = await this.dataSource.getRepository(ArtworkEntity).findOneBy({ id });
    const visible = artwork && (!seesOnlyOwn(caller) || artwork.exporterId === caller.username);
    if (!visible) throw new NotFoundException(`artwork ${id} not found`);
    const products = await productFactsOf(this.dataSource.manager, [id]);
    return artworkView(artwork, products.get(id));
  }

  /**
   * Sets the value of one of the exporter's own artworks (an imported one comes in at 0.00 GBP):
   * 200 with the artwork; another's is 404; 409 unless AVAILABLE. Announces ArtworkRevalued.
   */
  @Patch(':id')
  @Roles('EXPORTER')
  @ApiConflict(
    'the artwork is not AVAILABLE: a shipment holds it (RESERVED, IN_TRANSIT) or took it out (EXPORTED, ON_LOAN)',
  )
  revalue(
    @CurrentUser() exporter: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: RevalueArtworkDto,
  ): Promise<ArtworkResponse> {
    return this.revalueArtwork.revalue(exporter.username, id, body);
  }
}
