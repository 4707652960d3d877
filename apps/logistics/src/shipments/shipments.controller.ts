import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  AcceptanceDto,
  DispatchDto,
  ListShipmentsQuery,
  SubmitShipmentDto,
  TrackingEventDto,
} from './shipment-requests.dto';
import { ownerFilter, ShipmentDetail, ShipmentViews } from './shipment-views';
import { ShipmentsService } from './shipments.service';

@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly views: ShipmentViews,
  ) {}

  @Post()
  @Roles('EXPORTER')
  async submit(@CurrentUser() exporter: Principal, @Body() body: SubmitShipmentDto) {
    const shipment = await this.shipments.submit(exporter.username, body);
    return { id: shipment.id, status: shipment.status };
  }

  @Get()
  list(@CurrentUser() caller: Principal, @Query() query: ListShipmentsQuery) {
    return this.views.list({
      status: query.status,
      exporterId: ownerFilter(caller),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
  }

  @Get(':id')
  async get(@CurrentUser() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.detail(id, caller);
  }

  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('LOGISTICS_OPERATOR')
  async dispatch(
    @CurrentUser() operator: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DispatchDto,
  ) {
    await this.shipments.dispatch(operator, id, body);
    return this.detail(id);
  }

  @Post(':id/tracking-events')
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  async track(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TrackingEventDto) {
    await this.shipments.track(id, body);
    return this.detail(id);
  }

  /**
   * The buyer's acceptance or refusal. API.md gives it to the buyer's side; there are no buyer
   * accounts yet (the exporter is the seller and must not answer for the buyer), so an ADMIN
   * records the buyer's answer until they exist.
   */
  @Post(':id/acceptance')
  @HttpCode(200)
  @Roles('ADMIN')
  async answer(
    @CurrentUser() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcceptanceDto,
  ) {
    await this.shipments.answer(caller, id, body);
    return this.detail(id);
  }

  private async detail(id: string, caller?: Principal): Promise<ShipmentDetail> {
    const view = await this.views.detail(id, caller && ownerFilter(caller));
    if (!view) throw new NotFoundException(`shipment ${id} not found`);
    return view;
  }
}
