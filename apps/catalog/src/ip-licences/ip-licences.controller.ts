import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { PageQuery } from '../shared/page-query.dto';
import { ArtworkResponse } from '../artworks/artwork.response';
import { RegisterIpLicenceDto, RegisterIpProductDto } from './ip-licence.dto';
import { IpLicencePageResponse, IpLicenceResponse } from './ip-licence.response';
import { IpLicencesService } from './ip-licences.service';

/** Creative cultural products: IP licences from institutions, and the products made under them. */
@Controller('ip-licences')
export class IpLicencesController {
  constructor(private readonly licences: IpLicencesService) {}

  /** The calling exporter is the licensee. */
  @Post()
  @Roles('EXPORTER')
  register(
    @CurrentUser() exporter: Principal,
    @Body() body: RegisterIpLicenceDto,
  ): Promise<IpLicenceResponse> {
    return this.licences.register(exporter.username, body);
  }

  /** `{ items, total, page, pageSize }`, newest first; an exporter sees its own only. */
  @Get()
  list(
    @CurrentUser() caller: Principal,
    @Query() query: PageQuery,
  ): Promise<IpLicencePageResponse> {
    return this.licences.list(caller, query);
  }

  /** Another exporter's licence is 404, as if it did not exist. */
  @Get(':id')
  get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<IpLicenceResponse> {
    return this.licences.get(caller, id);
  }

  /**
   * A product (SKU) made under the licence, registered as a catalog artwork entry (REPRODUCTION,
   * not hand-executed): 201 with the artwork, its `sku`, `ipLicence` and `royaltyPerUnit`; 409
   * outside the licence's period or for a SKU already registered.
   */
  @Post(':id/products')
  @Roles('EXPORTER')
  @ApiConflict(
    'the licence does not cover a new product today (not yet valid, expired or revoked), or the SKU is taken',
  )
  registerProduct(
    @CurrentUser() exporter: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: RegisterIpProductDto,
  ): Promise<ArtworkResponse> {
    return this.licences.registerProduct(exporter, id, body);
  }
}
