import { ArtworkRegistered, ArtworkRegisteredV1, MoneyDto } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';

@Controller()
export class ArtworkRegisteredHandler {
  /**
   * Runs in the inbox's transaction: a redelivered message never gets here twice. A copy whose
   * value a revaluation set (value_changed_at) keeps it: a registration redriven from the dead
   * letters comes after the revaluation it precedes, and would put the registered value (0.00
   * for an imported work) back.
   */
  @EventPattern(ArtworkRegistered.type)
  async onArtworkRegistered(
    @Payload() event: ArtworkRegisteredV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const value = MoneyDto.toMoney(event.value);
    await context.manager.query(
      `INSERT INTO artwork_projection AS copy (artwork_id, exporter_id, title, artist_name,
              creation_year, category, value_minor, value_currency, origin_country, registered_at,
              last_message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (artwork_id) DO UPDATE SET
         exporter_id = EXCLUDED.exporter_id, title = EXCLUDED.title,
         artist_name = EXCLUDED.artist_name, creation_year = EXCLUDED.creation_year,
         category = EXCLUDED.category, origin_country = EXCLUDED.origin_country,
         registered_at = EXCLUDED.registered_at, last_message_id = EXCLUDED.last_message_id,
         value_minor = CASE WHEN copy.value_changed_at IS NULL
                            THEN EXCLUDED.value_minor ELSE copy.value_minor END,
         value_currency = CASE WHEN copy.value_changed_at IS NULL
                               THEN EXCLUDED.value_currency ELSE copy.value_currency END`,
      [
        event.artworkId,
        event.exporterId,
        event.title,
        event.artist.name,
        event.creationYear,
        event.category,
        value.minor.toString(),
        value.currency,
        event.originCountry,
        new Date(event.registeredAt),
        context.envelope.id,
      ],
    );
  }
}
