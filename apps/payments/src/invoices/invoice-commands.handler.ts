import {
  CancelInvoice,
  CancelOverdueInvoice,
  CancelOverdueInvoiceV1,
  HoldEscrow,
  IssueInvoice,
  IssueInvoiceV1,
  ReleaseEscrow,
  ShipmentMoneyStepV1,
} from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { publishFollowUps } from '../shared/announcements';
import { CommandOrigin, InvoiceLifecycleService } from './invoice-lifecycle.service';

/** The saga's commands; each runs in the inbox's transaction, follow-ups caused by it. */
@Controller()
export class InvoiceCommandsHandler {
  constructor(private readonly invoices: InvoiceLifecycleService) {}

  @EventPattern(IssueInvoice.type)
  async onIssueInvoice(
    @Payload() command: IssueInvoiceV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const announcements = await this.invoices.issue(context.manager, command, origin(context));
    await publishFollowUps(context, announcements);
  }

  @EventPattern(CancelInvoice.type)
  async onCancelInvoice(
    @Payload() command: ShipmentMoneyStepV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const announcements = await this.invoices.cancel(
      context.manager,
      command.shipmentId,
      origin(context),
    );
    await publishFollowUps(context, announcements);
  }

  @EventPattern(CancelOverdueInvoice.type)
  async onCancelOverdueInvoice(
    @Payload() command: CancelOverdueInvoiceV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const announcements = await this.invoices.cancelOverdue(
      context.manager,
      command,
      origin(context),
    );
    await publishFollowUps(context, announcements);
  }

  @EventPattern(ReleaseEscrow.type)
  async onReleaseEscrow(
    @Payload() command: ShipmentMoneyStepV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const announcements = await this.invoices.release(
      context.manager,
      command.shipmentId,
      origin(context),
    );
    await publishFollowUps(context, announcements);
  }

  @EventPattern(HoldEscrow.type)
  async onHoldEscrow(
    @Payload() command: ShipmentMoneyStepV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    const announcements = await this.invoices.hold(
      context.manager,
      command.shipmentId,
      origin(context),
    );
    await publishFollowUps(context, announcements);
  }
}

function origin(context: MessageContext): CommandOrigin {
  const { source, type, correlationId } = context.envelope;
  return { source: `${source} (${type})`, correlationId };
}
