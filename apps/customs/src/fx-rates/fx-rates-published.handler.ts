import { FxRatesPublished, FxRatesPublishedV1 } from '@artbridge/contracts';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { isIsoDate } from '../assessment/domain';
import { latestPerCurrency } from './domain/rate-table';

@Controller()
export class FxRatesPublishedHandler {
  /**
   * Upserts the day's rates: a day published again (a correction) replaces the figures. Messages
   * of one day share a key, so a later correction cannot overtake the original.
   */
  @EventPattern(FxRatesPublished.type)
  async onFxRatesPublished(
    @Payload() event: FxRatesPublishedV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    // the contract takes any ISO 8601 form; a rate belongs to a calendar day
    if (!isIsoDate(event.date))
      throw new PermanentMessageError(`rates dated '${event.date}' are not for a yyyy-mm-dd day`);
    const rates = latestPerCurrency(event.rates);
    await context.manager.query(
      `INSERT INTO fx_rate (date, currency, rate, message_id, received_at)
       SELECT $1::date, currency, rate, $4, now()
         FROM unnest($2::text[], $3::text[]) AS r(currency, rate)
       ON CONFLICT (date, currency) DO UPDATE
         SET rate = EXCLUDED.rate, message_id = EXCLUDED.message_id, received_at = EXCLUDED.received_at`,
      [event.date, rates.map((r) => r.currency), rates.map((r) => r.rate), context.envelope.id],
    );
  }
}
