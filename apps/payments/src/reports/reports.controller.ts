import { Roles } from '@artbridge/platform-auth';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { today } from '../shared/settings';
import {
  ReportRangeError,
  escrowHeld,
  escrowHeldSeries,
  matchRate,
  openInvoicesByAge,
  seriesRange,
} from './domain';
import { EscrowHeldQuery, OpenInvoicesByAgeQuery } from './reports.dto';
import {
  EscrowHeldResponse,
  MatchRateResponse,
  OpenInvoicesByAgeResponse,
} from './reports.response';
import {
  decisionCounts,
  escrowBalances,
  escrowMovements,
  openInvoiceGroups,
} from './reports.queries';

/** Finance reports for the web console's charts: figures only, amounts as decimal strings. */
@Controller('reports')
@Roles('FINANCE', 'ADMIN')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Open and partially paid invoices by age (0-30, 31-60, 61-90, >90 days), per currency. */
  @Get('open-invoices-by-age')
  async openInvoicesByAge(
    @Query() query: OpenInvoicesByAgeQuery,
  ): Promise<OpenInvoicesByAgeResponse> {
    const basis = query.basis ?? 'due';
    const asOf = query.asOf ?? today();
    refuseBadRange(() => seriesRange(asOf, asOf));
    return openInvoicesByAge(await openInvoiceGroups(this.dataSource.manager, basis), asOf, basis);
  }

  /** Escrow held now per currency; with from and to, also held at the end of each day. */
  @Get('escrow-held')
  async escrowHeld(@Query() query: EscrowHeldQuery): Promise<EscrowHeldResponse> {
    const now = escrowHeld(await escrowBalances(this.dataSource.manager));
    if (query.from === undefined && query.to === undefined) return now;
    const { from, to } = query;
    if (from === undefined || to === undefined) {
      throw new BadRequestException(['from and to go together: a daily series needs both']);
    }
    refuseBadRange(() => seriesRange(from, to));
    const movements = await escrowMovements(this.dataSource.manager, to);
    return { ...now, series: escrowHeldSeries(movements, from, to) };
  }

  /** The cascade's decisions by rule and status, and the share it matched on its own. */
  @Get('match-rate')
  async matchRate(): Promise<MatchRateResponse> {
    return matchRate(await decisionCounts(this.dataSource.manager));
  }
}

function refuseBadRange(check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof ReportRangeError) throw new BadRequestException([error.message]);
    throw error;
  }
}
