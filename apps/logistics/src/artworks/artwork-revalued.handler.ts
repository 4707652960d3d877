import { ArtworkRevalued, ArtworkRevaluedV1, MoneyDto } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';

@Controller()
export class ArtworkRevaluedHandler {
  /**
   * The copy takes the new value, unless it holds one set later: catalog's events about one
   * artwork come in order (one key), but a dead letter redriven may bring an old one back. An
   * artwork the copy does not know (its ArtworkRegistered never came) is left alone: the copy
   * is of what was registered. Runs in the inbox's transaction, so a redelivery changes nothing.
   */
  @EventPattern(ArtworkRevalued.type)
  async onArtworkRevalued(
    @Payload() event: ArtworkRevaluedV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const value = MoneyDto.toMoney(event.value);
    await context.manager.query(
      `UPDATE artwork_projection
          SET value_minor = $2, value_currency = $3, value_changed_at = $4, last_message_id = $5
        WHERE artwork_id = $1 AND coalesce(value_changed_at, registered_at) <= $4`,
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
