import { MoneyDto } from '@artbridge/contracts';
import { Roles } from '@artbridge/platform-auth';
import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHART_OF_ACCOUNTS } from './domain/chart-of-accounts';
import { ledgerBalances } from './ledger';
import { LedgerBalancesQuery } from './ledger-balances-query.dto';
import {
  LedgerAccountBalanceResponse,
  LedgerBalancesResponse,
  LedgerCurrencyTotalResponse,
} from './ledger-balances.response';

@Controller('ledger')
@Roles('FINANCE', 'ADMIN')
export class LedgerController {
  constructor(private readonly dataSource: DataSource) {}

  /** Per account and currency; the totals show debits = credits in every currency. */
  @Get('balances')
  async balances(@Query() query: LedgerBalancesQuery): Promise<LedgerBalancesResponse> {
    const { accounts, totals } = await ledgerBalances(this.dataSource.manager, query.currency);
    const money = (minor: bigint, currency: string) => MoneyDto.from({ minor, currency });
    return {
      accounts: accounts.map((row): LedgerAccountBalanceResponse => ({
        account: row.account,
        code: CHART_OF_ACCOUNTS[row.account].code,
        name: CHART_OF_ACCOUNTS[row.account].name,
        type: CHART_OF_ACCOUNTS[row.account].type,
        currency: row.currency,
        debits: money(row.debits, row.currency),
        credits: money(row.credits, row.currency),
        balance: money(row.balance, row.currency),
      })),
      totals: totals.map((total): LedgerCurrencyTotalResponse => ({
        currency: total.currency,
        debits: money(total.debits, total.currency),
        credits: money(total.credits, total.currency),
        balanced: total.debits === total.credits,
      })),
      balanced: totals.every((total) => total.debits === total.credits),
    };
  }
}
