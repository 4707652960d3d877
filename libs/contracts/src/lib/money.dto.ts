import { Money, parseMoney, toMoneyJson } from '@artbridge/money';
import { IsAmountOf, IsCurrencyCode } from './validators';

/** Money on the wire: `{"amount": "1250000.00", "currency": "CNY"}`, never a float. */
export class MoneyDto {
  /**
   * A decimal string with the currency's minor digits at most.
   * @example "1250000.00"
   */
  @IsAmountOf('currency', { min: 0n })
  amount!: string;

  /**
   * ISO 4217.
   * @example "CNY"
   */
  @IsCurrencyCode()
  currency!: string;

  static from(value: Money): MoneyDto {
    return Object.assign(new MoneyDto(), toMoneyJson(value));
  }

  static toMoney(dto: MoneyDto): Money {
    return parseMoney(dto.amount, dto.currency);
  }
}
