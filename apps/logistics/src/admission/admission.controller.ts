import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Body, Controller, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { ShipmentResponse } from '../shipments/shipment.response';
import { ownerFilter, ShipmentViews } from '../shipments/shipment-views';
import { AdmissionExtensionDto, ReturnLegDto } from './admission-requests.dto';
import { AdmissionService } from './admission.service';

/** Temporary exhibitions: the admission clock's extensions and the return leg. */
@Controller('shipments/:id')
export class AdmissionController {
  constructor(
    private readonly admission: AdmissionService,
    private readonly views: ShipmentViews,
  ) {}

  /** One more extension of the admission clock (at most 3); answers the shipment. */
  @Post('admission/extensions')
  @Roles('EXPORTER', 'ADMIN')
  @ApiConflict(
    'no admission clock runs for this shipment (not a TEMPORARY_EXHIBITION, not one into CN, the only country whose temporary admission is modelled, or not delivered yet), or it allows no further extension',
  )
  async extend(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: AdmissionExtensionDto,
  ): Promise<ShipmentResponse> {
    const exporterId = ownerFilter(caller);
    await this.admission.extend(caller, id, exporterId, body);
    return this.detail(id, exporterId);
  }

  /** The return leg, its own shipment linked to this one both ways; answers the return leg. */
  @Post('return')
  @Roles('EXPORTER', 'ADMIN')
  @ApiConflict(
    'not a TEMPORARY_EXHIBITION, or not delivered yet, the works already left on a return leg, or one is under way',
  )
  async createReturnLeg(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: ReturnLegDto,
  ): Promise<ShipmentResponse> {
    const exporterId = ownerFilter(caller);
    const returnId = await this.admission.createReturnLeg(caller, id, exporterId, body);
    return this.detail(returnId, exporterId);
  }

  private async detail(id: string, exporterId?: string): Promise<ShipmentResponse> {
    const view = await this.views.detail(id, exporterId);
    if (!view) throw new NotFoundException(`shipment ${id} not found`);
    return view;
  }
}
