import { MoneyDto } from '@artbridge/contracts';
import { Money } from '@artbridge/money';
import { describeBalanceCheck } from './domain/balance-check';
import { BalanceCheck, ParsedStatement } from './domain/statement.types';

type MoneyJson = { amount: string; currency: string };

/** One statement's balance check: opening + credits - debits = closing, or why not checked. */
export interface BalanceCheckView {
  readonly statementId: string;
  readonly account: string;
  readonly status: BalanceCheck['status'];
  readonly description: string;
  readonly opening?: MoneyJson;
  readonly credits?: MoneyJson;
  readonly debits?: MoneyJson;
  readonly closing?: MoneyJson;
  readonly expectedClosing?: MoneyJson;
  readonly difference?: MoneyJson;
  readonly reason?: string;
}

const json = (value: Money): MoneyJson => ({ ...MoneyDto.from(value) });

export function balanceCheckView(statement: ParsedStatement): BalanceCheckView {
  const check = statement.balanceCheck;
  const base = {
    statementId: statement.statementId,
    account: statement.account.id,
    status: check.status,
    description: describeBalanceCheck(check),
  };
  switch (check.status) {
    case 'NOT_CHECKED':
      return { ...base, reason: check.reason };
    case 'BALANCED':
      return {
        ...base,
        opening: json(check.opening),
        credits: json(check.credits),
        debits: json(check.debits),
        closing: json(check.closing),
      };
    case 'MISMATCH':
      return {
        ...base,
        opening: json(check.opening),
        credits: json(check.credits),
        debits: json(check.debits),
        closing: json(check.closing),
        expectedClosing: json(check.expectedClosing),
        difference: json(check.difference),
      };
  }
}

/** The file's verdict: a mismatch anywhere wins, then anything not checked. */
export function overallBalanceStatus(views: readonly BalanceCheckView[]): BalanceCheck['status'] {
  if (views.some((view) => view.status === 'MISMATCH')) return 'MISMATCH';
  if (views.length > 0 && views.every((view) => view.status === 'BALANCED')) return 'BALANCED';
  return 'NOT_CHECKED';
}
