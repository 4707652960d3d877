import { formatAmount, type Money } from '@artbridge/money';

/** "EUR 150000.00": the amount as the API writes it, with its currency. */
export function moneyText(value: Money): string {
  return `${value.currency} ${formatAmount(value)}`;
}
