import { MoneyDto } from '@artbridge/contracts';
import { Money } from '@artbridge/money';
import { describeBalanceCheck } from './domain/balance-check';
import { BalanceCheck, ParsedStatement } from './domain/statement.types';
import { BalanceCheckResponse } from './statement-import.response';

/** JSON-safe money: a plain object, stored as such in statement_import.statements. */
const json = (value: Money): MoneyDto => ({ ...MoneyDto.from(value) });

/** One statement's balance check: opening + credits - debits = closing, or why not checked. */
export function balanceCheckView(statement: ParsedStatement): BalanceCheckResponse {
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
export function overallBalanceStatus(
  views: readonly BalanceCheckResponse[],
): BalanceCheck['status'] {
  if (views.some((view) => view.status === 'MISMATCH')) return 'MISMATCH';
  if (views.length > 0 && views.every((view) => view.status === 'BALANCED')) return 'BALANCED';
  return 'NOT_CHECKED';
}
