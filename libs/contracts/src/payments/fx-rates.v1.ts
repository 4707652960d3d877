import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsISO8601, Matches } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { Streams } from '../lib/streams';
import { IsCurrencyCode, ValidateNestedObjects } from '../lib/validators';

export class FxRateV1 {
  @IsCurrencyCode()
  currency!: string;

  /** Units of `currency` per 1 unit of the base, as published: an exact decimal string. */
  @Matches(/^\d+(\.\d+)?$/)
  rate!: string;
}

/** One day's reference rates, as imported by finance (key: the date). */
export class FxRatesPublishedV1 {
  @IsIn(['ECB'])
  source!: 'ECB';

  @IsIn(['EUR'])
  base!: 'EUR';

  @IsISO8601({ strict: true })
  date!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNestedObjects()
  @Type(() => FxRateV1)
  rates!: FxRateV1[];
}

export const FxRatesPublished = defineEvent(
  'payments.fx-rates.published',
  1,
  Streams.paymentsFxRates,
  FxRatesPublishedV1,
);
