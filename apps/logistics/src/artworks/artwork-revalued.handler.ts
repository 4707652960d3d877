import { ArtworkRevalued, ArtworkRevaluedV1, MoneyDto } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';

@Controller()
export class ArtworkRevaluedHandler {
  /**
   * The copy takes the new value, unless it holds one set later: catalog's events about one
   * artwork come in order (one key), but a dead letter redriven may bring an old one back. An
   * artwork the copy does not know yet (its ArtworkRegistered was dead-lettered, to be redriven)
   * keeps its latest revaluation aside, in artwork_early_revaluation, for the registration to
   * take. One statement (the update sees the copy as it was), in the inbox's transaction, so a
   * redelivery changes nothing.
   */
  @EventPattern(ArtworkRevalued.type)
  async onArtworkRevalued(
    @Payload() event: ArtworkRevaluedV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const value = MoneyDto.toMoney(event.value);
    await context.manager.query(
      `WITH revalued AS (
         UPDATE artwork_projection
            SET value_minor = $2, value_currency = $3, value_changed_at = $4, last_message_id = $5
          WHERE artwork_id = $1 AND coalesce(value_changed_at, registered_at) <= $4
       )
       INSERT INTO artwork_early_revaluation AS early
              (artwork_id, value_minor, value_currency, revalued_at, message_id)
       SELECT $1, $2, $3, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM artwork_projection WHERE artwork_id = $1)
       ON CONFLICT (artwork_id) DO UPDATE SET
         value_minor = EXCLUDED.value_minor, value_currency = EXCLUDED.value_currency,
         revalued_at = EXCLUDED.revalued_at, message_id = EXCLUDED.message_id
       WHERE early.revalued_at <= EXCLUDED.revalued_at`,
      [
        event.artworkId,
        value.minor.toString(),
        value.currency,
        new Date(event.revaluedAt),
        context.envelope.id,
      ],
    );
  }
}
