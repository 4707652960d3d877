import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Body, Controller, Get, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { ownerFilter } from '../shipments/shipment-views';
import { ConditionReportDto } from './condition-report.dto';
import {
  ConditionReportListResponse,
  RecordedConditionReportResponse,
} from './condition-report.response';
import { ConditionReportsService } from './condition-reports.service';

@Controller('shipments/:id/condition-reports')
export class ConditionReportsController {
  constructor(private readonly reports: ConditionReportsService) {}

  /** At origin before the works leave, at destination after delivery; new damage opens a claim. */
  @Post()
  @Roles('LOGISTICS_OPERATOR', 'ADMIN')
  @ApiConflict(
    'not at this stage of the shipment: ORIGIN before the works leave, DESTINATION after delivery and before acceptance; or new damage found after the inspection period ended',
  )
  record(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: ConditionReportDto,
  ): Promise<RecordedConditionReportResponse> {
    return this.reports.record(caller, id, body);
  }

  /** The shipment's condition reports, oldest first. */
  @Get()
  async list(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ConditionReportListResponse> {
    const reports = await this.reports.list(id, ownerFilter(caller));
    if (!reports) throw new NotFoundException(`shipment ${id} not found`);
    return reports;
  }
}
