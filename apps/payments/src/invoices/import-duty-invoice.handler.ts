import { ImportDeclarationCleared, ImportDeclarationClearedV1 } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { publishFollowUps } from '../shared/announcements';
import { ImportDutyInvoiceService } from './import-duty-invoice.service';

/** Customs' import clearances: the duty and VAT of works released from bond are invoiced. */
@Controller()
export class ImportDutyInvoiceHandler {
  constructor(private readonly invoices: ImportDutyInvoiceService) {}

  @EventPattern(ImportDeclarationCleared.type)
  async onImportCleared(
    @Payload() event: ImportDeclarationClearedV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const { source, type, correlationId } = context.envelope;
    const announcements = await this.invoices.issue(context.manager, event, {
      source: `${source} (${type})`,
      correlationId,
    });
    await publishFollowUps(context, announcements);
  }
}
