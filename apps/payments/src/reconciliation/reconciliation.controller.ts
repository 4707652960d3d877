import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { DataSource } from 'typeorm';
import { DismissDto, ListReconciliationQuery, ManualMatchDto } from './reconciliation.dto';
import { ReconciliationDecisionEntity, ReconciliationItemEntity } from './reconciliation.entity';
import {
  ReconciliationItemDetailResponse,
  ReconciliationItemResponse,
  ReconciliationPageResponse,
} from './reconciliation.response';
import { ReconciliationService } from './reconciliation.service';
import { decisionView, reconciliationItemView } from './reconciliation.view';

/** The exception queue and suggested matches; only finance acts on them. */
@Controller('reconciliation')
@Roles('FINANCE', 'ADMIN')
export class ReconciliationController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reconciliation: ReconciliationService,
  ) {}

  /** Oldest first: a queue to work through. */
  @Get()
  async list(@Query() query: ListReconciliationQuery): Promise<ReconciliationPageResponse> {
    const pageSize = query.pageSize ?? 100;
    const [items, total] = await this.dataSource
      .getRepository(ReconciliationItemEntity)
      .findAndCount({
        where: query.status ? { status: query.status } : {},
        order: { decidedAt: 'ASC', id: 'ASC' },
        skip: ((query.page ?? 1) - 1) * pageSize,
        take: pageSize,
      });
    return { items: items.map(reconciliationItemView), total };
  }

  /** One payment with every decision taken on it. */
  @Get(':entryId')
  async get(
    @Param('entryId', new UuidParamPipe()) entryId: string,
  ): Promise<ReconciliationItemDetailResponse> {
    const item = await this.dataSource
      .getRepository(ReconciliationItemEntity)
      .findOneBy({ id: entryId });
    if (!item) throw new NotFoundException(`reconciliation entry ${entryId} not found`);
    const decisions = await this.dataSource
      .getRepository(ReconciliationDecisionEntity)
      .find({ where: { itemId: entryId }, order: { decidedAt: 'ASC', id: 'ASC' } });
    return { ...reconciliationItemView(item), decisions: decisions.map(decisionView) };
  }

  /** Applies a payment to the invoice finance names: an exception placed, or a suggestion confirmed. */
  @Post(':entryId/match')
  @Roles('FINANCE')
  @HttpCode(200)
  @ApiConflict(
    'the entry is matched or dismissed already, or the invoice takes no such payment (not open, or another currency)',
  )
  async match(
    @CurrentUser() user: Principal,
    @Param('entryId', new UuidParamPipe()) entryId: string,
    @Body() body: ManualMatchDto,
  ): Promise<ReconciliationItemResponse> {
    return reconciliationItemView(
      await this.reconciliation.match(entryId, body.invoiceId, user.username),
    );
  }

  /** Sets a payment aside, with the reason, when it belongs to no invoice. */
  @Post(':entryId/dismiss')
  @Roles('FINANCE')
  @HttpCode(200)
  @ApiConflict('the entry is matched or dismissed already')
  async dismiss(
    @CurrentUser() user: Principal,
    @Param('entryId', new UuidParamPipe()) entryId: string,
    @Body() body: DismissDto,
  ): Promise<ReconciliationItemResponse> {
    return reconciliationItemView(
      await this.reconciliation.dismiss(entryId, body.reason, user.username),
    );
  }
}
