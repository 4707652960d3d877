import { ArtworkRegistered, ArtworkRegisteredV1, MoneyDto } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';

@Controller()
export class ArtworkRegisteredHandler {
  /**
   * Runs in the inbox's transaction: a redelivered message never gets here twice. The copy ends
   * at the latest value whatever order the messages came in, a registration's value being older
   * than any revaluation's:
   * - a revaluation heard before it (the registration dead-lettered, then redriven) was kept
   *   aside (artwork_early_revaluation): the copy takes it, and it is used up;
   * - a copy whose value a revaluation set (value_changed_at) keeps it: a registration redriven
   *   from the dead letters comes after the revaluation it precedes, and would put the
   *   registered value (0.00 for an imported work) back.
   */
  @EventPattern(ArtworkRegistered.type)
  async onArtworkRegistered(
    @Payload() event: ArtworkRegisteredV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const value = MoneyDto.toMoney(event.value);
    await context.manager.query(
      `WITH early AS (
         DELETE FROM artwork_early_revaluation WHERE artwork_id = $1
         RETURNING value_minor, value_currency, revalued_at
       ), registered AS (
         SELECT early.revalued_at IS NOT NULL AND early.revalued_at >= $10::timestamptz AS revalued,
                early.*
           FROM (VALUES (1)) AS one LEFT JOIN early ON true
       )
       INSERT INTO artwork_projection AS copy (artwork_id, exporter_id, title, artist_name,
              creation_year, category, value_minor, value_currency, origin_country, registered_at,
              value_changed_at, last_message_id)
       SELECT $1, $2, $3, $4, $5, $6,
              CASE WHEN revalued THEN value_minor ELSE $7::bigint END,
              CASE WHEN revalued THEN value_currency ELSE $8::char(3) END,
              $9, $10::timestamptz,
              CASE WHEN revalued THEN revalued_at END,
              $11
         FROM registered
       ON CONFLICT (artwork_id) DO UPDATE SET
         exporter_id = EXCLUDED.exporter_id, title = EXCLUDED.title,
         artist_name = EXCLUDED.artist_name, creation_year = EXCLUDED.creation_year,
         category = EXCLUDED.category, origin_country = EXCLUDED.origin_country,
         registered_at = EXCLUDED.registered_at, last_message_id = EXCLUDED.last_message_id,
         -- the later of the two values; a registered one (no time) is older than any revaluation
         value_minor = CASE WHEN coalesce(EXCLUDED.value_changed_at, '-infinity')
                                 >= coalesce(copy.value_changed_at, '-infinity')
                            THEN EXCLUDED.value_minor ELSE copy.value_minor END,
         value_currency = CASE WHEN coalesce(EXCLUDED.value_changed_at, '-infinity')
                                    >= coalesce(copy.value_changed_at, '-infinity')
                               THEN EXCLUDED.value_currency ELSE copy.value_currency END,
         value_changed_at = greatest(EXCLUDED.value_changed_at, copy.value_changed_at)`,
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
