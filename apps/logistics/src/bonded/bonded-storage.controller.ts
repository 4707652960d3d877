import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Body, Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { ShipmentResponse } from '../shipments/shipment.response';
import { ShipmentViews } from '../shipments/shipment-views';
import { BondedEntryDto, BondedReExportDto, BondedReleaseDto } from './bonded-storage.dto';
import { BondedStorageService } from './bonded-storage.service';

/** Bonded storage in a free-trade zone: entry, release to the domestic market, re-export. */
@Controller('shipments/:id/bonded-storage')
export class BondedStorageController {
  constructor(
    private readonly bonded: BondedStorageService,
    private readonly views: ShipmentViews,
  ) {}

  /** Records the works' entry into bond in a free-trade zone warehouse. */
  @Post()
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  @ApiConflict('the works enter on arrival, while the shipment is IN_TRANSIT, and only once')
  async enter(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: BondedEntryDto,
  ): Promise<ShipmentResponse> {
    await this.bonded.enter(caller, id, body);
    return this.detail(id);
  }

  /** Released from bond into China: customs files the import declaration (CN-FTZ-RELEASE). */
  @Post('release')
  @HttpCode(200)
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  @ApiConflict('the works are not in bonded storage, or have left it already')
  async release(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: BondedReleaseDto,
  ): Promise<ShipmentResponse> {
    await this.bonded.release(caller, id, body);
    return this.detail(id);
  }

  /** Re-exported from bond: the deferral ends without charge (CN-FTZ-REEXPORT). */
  @Post('re-export')
  @HttpCode(200)
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  @ApiConflict('the works are not in bonded storage, or have left it already')
  async reExport(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: BondedReExportDto,
  ): Promise<ShipmentResponse> {
    await this.bonded.reExport(caller, id, body);
    return this.detail(id);
  }

  private async detail(id: string): Promise<ShipmentResponse> {
    const view = await this.views.detail(id);
    if (!view) throw new NotFoundException(`shipment ${id} not found`);
    return view;
  }
}
