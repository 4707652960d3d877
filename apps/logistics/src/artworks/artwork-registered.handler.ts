import { ArtworkRegistered, ArtworkRegisteredV1, MoneyDto } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ArtworkProjectionEntity } from './artwork-projection.entity';

@Controller()
export class ArtworkRegisteredHandler {
  /** Runs in the inbox's transaction: a redelivered message never gets here twice. */
  @EventPattern(ArtworkRegistered.type)
  async onArtworkRegistered(
    @Payload() event: ArtworkRegisteredV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    await context.manager.upsert(
      ArtworkProjectionEntity,
      {
        artworkId: event.artworkId,
        exporterId: event.exporterId,
        title: event.title,
        artistName: event.artist.name,
        creationYear: event.creationYear,
        category: event.category,
        value: MoneyColumns.of(MoneyDto.toMoney(event.value)),
        originCountry: event.originCountry,
        registeredAt: new Date(event.registeredAt),
        lastMessageId: context.envelope.id,
      },
      ['artworkId'],
    );
  }
}
