import { Money } from '@artbridge/money';
import { Column, ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string from pg; money stays exact as a JS bigint. */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) =>
    value === null || value === undefined ? value : value.toString(),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/**
 * Money as two columns: integer minor units and the ISO 4217 code. Embed it with a prefix:
 * `@Column(() => MoneyColumns, { prefix: 'value' })` gives value_minor and value_currency.
 */
export class MoneyColumns implements Money {
  @Column('bigint', { transformer: bigintTransformer })
  minor!: bigint;

  @Column('char', { length: 3 })
  currency!: string;

  static of(value: Money): MoneyColumns {
    const columns = new MoneyColumns();
    columns.minor = value.minor;
    columns.currency = value.currency;
    return columns;
  }
}
