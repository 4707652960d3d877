import {
  BondedEntered,
  BondedEnteredV1,
  BondedReExported,
  BondedReExportedV1,
  BondedReleased,
  BondedReleasedV1,
} from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { BondedStorageService } from './bonded-storage.service';

/** Logistics' reports of works entering and leaving a free-trade zone's bonded storage. */
@Controller()
export class BondedStorageHandler {
  constructor(private readonly bonded: BondedStorageService) {}

  @EventPattern(BondedEntered.type)
  async onEntered(@Payload() event: BondedEnteredV1, @Ctx() context: MessageContext) {
    await this.bonded.entered(event, context);
  }

  /** Released to the domestic market: customs files the import declaration. */
  @EventPattern(BondedReleased.type)
  async onReleased(@Payload() event: BondedReleasedV1, @Ctx() context: MessageContext) {
    await this.bonded.released(event, context);
  }

  @EventPattern(BondedReExported.type)
  async onReExported(@Payload() event: BondedReExportedV1, @Ctx() context: MessageContext) {
    await this.bonded.reExported(event, context);
  }
}
