import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import {
  ApiConflict,
  MINIMAL_RETURN_APPLIED,
  prefersMinimalReturn,
  UuidParamPipe,
} from '@artbridge/platform-service';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import {
  AcceptanceDto,
  DispatchDto,
  DisputeSettlementDto,
  ListShipmentsQuery,
  SubmitShipmentDto,
  TrackingEventDto,
} from './shipment-requests.dto';
import {
  ShipmentPageResponse,
  ShipmentResponse,
  SubmittedShipmentResponse,
} from './shipment.response';
import { ownerFilter, ShipmentViews } from './shipment-views';
import { ShipmentsService } from './shipments.service';

/**
 * The `Prefer` header of the actions that answer with the shipment as it now is. Those actions
 * name their JSON answer in a decorator beside the 204: a declared response makes
 * @nestjs/swagger drop the one the plugin derives from the return type.
 */
const PREFER: Parameters<typeof ApiHeader>[0] = {
  name: 'Prefer',
  required: false,
  description:
    '`return=minimal` (RFC 7240): answer 204 with `Preference-Applied: return=minimal` instead of the shipment, for a client that does not need it back (a carrier reporting scans)',
};

@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly views: ShipmentViews,
  ) {}

  /** Submits a shipment of the exporter's artworks; the saga takes it from there. */
  @Post()
  @Roles('EXPORTER')
  async submit(
    @CurrentUser() exporter: Principal,
    @Body() body: SubmitShipmentDto,
  ): Promise<SubmittedShipmentResponse> {
    const shipment = await this.shipments.submit(exporter.username, body);
    return { id: shipment.id, status: shipment.status };
  }

  /**
   * Shipments, newest first, by status and by whether the buyer's payment was reversed after the
   * works left; an exporter sees only its own.
   */
  @Get()
  list(
    @CurrentUser() caller: Principal,
    @Query() query: ListShipmentsQuery,
  ): Promise<ShipmentPageResponse> {
    return this.views.list({
      status: query.status,
      ...(query.paymentReversed && { paymentReversed: query.paymentReversed === 'true' }),
      exporterId: ownerFilter(caller),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
  }

  /** One shipment with its timeline and timers; another exporter's is 404. */
  @Get(':id')
  async get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ShipmentResponse> {
    return this.detail(id, caller);
  }

  /** The carrier takes a PAID shipment: IN_TRANSIT, with its packages as finally built. */
  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('LOGISTICS_OPERATOR')
  @ApiHeader(PREFER)
  @ApiOkResponse({ type: ShipmentResponse, description: 'dispatched: the shipment as it now is' })
  @ApiNoContentResponse({ description: 'dispatched, with `Prefer: return=minimal`' })
  @ApiConflict('the shipment is not PAID (`message` says where it stands)')
  async dispatch(
    @CurrentUser() operator: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: DispatchDto,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<ShipmentResponse | undefined> {
    await this.shipments.dispatch(operator, id, body);
    return this.changed(id, prefer, res);
  }

  /** A carrier's scan on the way; a DELIVERED event delivers the shipment. */
  @Post(':id/tracking-events')
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  @ApiHeader(PREFER)
  @ApiCreatedResponse({
    type: ShipmentResponse,
    description: 'recorded: the shipment as it now is',
  })
  @ApiNoContentResponse({ description: 'recorded, with `Prefer: return=minimal`' })
  @ApiConflict('the shipment is not IN_TRANSIT, or its works are in bonded storage')
  async track(
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: TrackingEventDto,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<ShipmentResponse | undefined> {
    await this.shipments.track(id, body);
    return this.changed(id, prefer, res);
  }

  /**
   * The buyer's acceptance or refusal. API.md gives it to the buyer's side; there are no buyer
   * accounts yet (the exporter is the seller and must not answer for the buyer), so an ADMIN
   * records the buyer's answer until they exist.
   */
  @Post(':id/acceptance')
  @HttpCode(200)
  @Roles('ADMIN')
  @ApiHeader(PREFER)
  @ApiOkResponse({ type: ShipmentResponse, description: 'recorded: the shipment as it now is' })
  @ApiNoContentResponse({ description: 'recorded, with `Prefer: return=minimal`' })
  @ApiConflict(
    "the shipment is not DELIVERED and waiting for the buyer's answer, or a refusal comes after the inspection period ended",
  )
  async answer(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: AcceptanceDto,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<ShipmentResponse | undefined> {
    await this.shipments.answer(caller, id, body);
    return this.changed(id, prefer, res);
  }

  /**
   * Settles a DISPUTED shipment (a refusal, or new damage at destination): RELEASE_TO_EXPORTER
   * ends it as an acceptance (escrow released, COMPLETED once payments confirms); REFUND_BUYER
   * undoes the sale (escrow refunded to the buyer, the works released, CANCELLED once both are
   * confirmed). ADMIN only, as acceptance: the timeline says who settled and why.
   */
  @Post(':id/dispute-settlement')
  @HttpCode(200)
  @Roles('ADMIN')
  @ApiHeader(PREFER)
  @ApiOkResponse({ type: ShipmentResponse, description: 'settled: the shipment as it now is' })
  @ApiNoContentResponse({ description: 'settled, with `Prefer: return=minimal`' })
  @ApiConflict(
    'the shipment is not DISPUTED (`message` says where it stands), or REFUND_BUYER is asked for anything but a SALE (a TEMPORARY_EXHIBITION or its RETURN leg), which has no sale to undo',
  )
  async settleDispute(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: DisputeSettlementDto,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<ShipmentResponse | undefined> {
    await this.shipments.settleDispute(caller, id, body);
    return this.changed(id, prefer, res);
  }

  /**
   * The shipment as the action left it, read back after the commit; or nothing (204) for a
   * client that said it needs nothing back: that read is most of what a carrier's scan costs.
   */
  private async changed(
    id: string,
    prefer: string | undefined,
    res: ServerResponse,
  ): Promise<ShipmentResponse | undefined> {
    if (prefersMinimalReturn(prefer)) {
      res.statusCode = 204;
      res.setHeader(...MINIMAL_RETURN_APPLIED);
      return undefined;
    }
    return this.detail(id);
  }

  private async detail(id: string, caller?: Principal): Promise<ShipmentResponse> {
    const view = await this.views.detail(id, caller && ownerFilter(caller));
    if (!view) throw new NotFoundException(`shipment ${id} not found`);
    return view;
  }
}
