import {
  CancelInvoice,
  CancelOverdueInvoice,
  CancelOverdueInvoiceV1,
  EscrowHeld,
  EscrowReleased,
  HoldEscrow,
  InvoiceIssued,
  InvoiceRefunded,
  InvoiceVoided,
  IssueInvoiceV1,
  MoneyDto,
  ReleaseEscrow,
} from '@artbridge/contracts';
import { MoneyFormatError } from '@artbridge/money';
import { PermanentMessageError } from '@artbridge/platform-messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { loadPostings } from '../ledger/ledger';
import { Announcement, announce } from '../shared/announcements';
import { ESCROW_SETTINGS, today } from '../shared/settings';
import {
  InvoiceAmounts,
  InvoiceLine,
  InvoiceRuleError,
  LifecycleOutcome,
  cancelInvoice,
  cancelOverdueInvoice,
  holdEscrow,
  invoiceAmounts,
  releaseEscrow,
} from './domain/invoice';
import { announceEscrowFunded } from './escrow-funded';
import { InvoiceEntity } from './invoice.entity';
import { invoiceStateOf, saveInvoiceStates, withState } from './invoice-state';
import { issueInvoice } from './issue-invoice';
import { lockShipmentInvoice } from './invoice-rows';

/** Who sent the command, for the ledger's recorded_by. */
export interface CommandOrigin {
  readonly source: string;
  readonly correlationId: string;
}

/**
 * The saga's commands to payments, each run in the transaction of the message that carried it.
 * Every one is idempotent: a command already carried out changes nothing and announces nothing
 * (a declined overdue cancellation changes nothing either, and answers with EscrowFunded).
 * A command the invoice's state forbids (release of unfunded escrow, cancellation after
 * delivery) or one that names no invoice cannot succeed by retrying: it is refused with a
 * PermanentMessageError, so it lands in the dead-letter topic with the reason.
 */
@Injectable()
export class InvoiceLifecycleService {
  private readonly logger = new Logger(InvoiceLifecycleService.name);

  async issue(
    manager: EntityManager,
    command: IssueInvoiceV1,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    const lines: InvoiceLine[] = command.lines.map((line) => ({
      kind: line.kind,
      description: line.description,
      amount: MoneyDto.toMoney(line.amount),
    }));
    let amounts: InvoiceAmounts;
    try {
      amounts = invoiceAmounts(lines);
    } catch (error) {
      if (error instanceof InvoiceRuleError || error instanceof MoneyFormatError) {
        throw new PermanentMessageError(
          `IssueInvoice for shipment ${command.shipmentId}: ${error.message}`,
        );
      }
      throw error;
    }
    const dueAt = new Date(command.dueAt);
    if (Number.isNaN(dueAt.getTime())) {
      throw new PermanentMessageError(`IssueInvoice: dueAt '${command.dueAt}' is not a date`);
    }

    const result = await issueInvoice(manager, {
      kind: 'SHIPMENT',
      shipmentId: command.shipmentId,
      declarationId: null,
      exporterId: command.exporterId,
      buyer: command.buyer,
      amounts,
      lines,
      dueAt,
      correlationId: origin.correlationId,
      source: origin.source,
      now: new Date(),
    });
    if (!result.issued) {
      const which = result.existingId ?? '(issued concurrently)';
      this.logger.log(
        `shipment ${command.shipmentId} already has invoice ${which}; IssueInvoice ignored`,
      );
      return [];
    }
    const { id, reference } = result;
    return [
      announce(
        InvoiceIssued,
        {
          invoiceId: id,
          shipmentId: command.shipmentId,
          reference,
          total: MoneyDto.from(amounts.total),
          dueAt: command.dueAt,
        },
        id,
      ),
    ];
  }

  /** Void when nothing was paid, refund what was. */
  async cancel(
    manager: EntityManager,
    shipmentId: string,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    const invoice = await this.lockedInvoice(manager, shipmentId, CancelInvoice.type);
    const postings = await this.postingsToCancel(manager, invoice);
    const outcome = cancelInvoice(invoiceStateOf(invoice), postings, today(), ESCROW_SETTINGS);
    return this.carryOut(manager, invoice, outcome, CancelInvoice.type, origin);
  }

  /**
   * The saga's payment deadline passed: cancel as above, unless the invoice was paid in full and
   * its escrow funded meanwhile (domain/invoice.ts cancelOverdueInvoice). Then it is kept, and
   * EscrowFunded announced again, as when it was funded: the saga waits in CANCELLING for this
   * answer, and may have dropped the first one (heard before it was waiting for the payment, say
   * while its InvoiceIssued lay in the dead-letter topic). Heard twice, it changes nothing more.
   */
  async cancelOverdue(
    manager: EntityManager,
    command: CancelOverdueInvoiceV1,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    const { shipmentId } = command;
    const invoice = await this.lockedInvoice(manager, shipmentId, CancelOverdueInvoice.type);
    const postings = await this.postingsToCancel(manager, invoice);
    const outcome = cancelOverdueInvoice(
      invoiceStateOf(invoice),
      postings,
      today(),
      ESCROW_SETTINGS,
    );
    if (outcome.kind === 'DECLINED') {
      this.logger.log(
        `${CancelOverdueInvoice.type} for shipment ${shipmentId} (due ${command.dueAt}): ${outcome.why}; escrow funded announced again`,
      );
      return [announceEscrowFunded(invoice, outcome.state)];
    }
    return this.carryOut(manager, invoice, outcome, CancelOverdueInvoice.type, origin);
  }

  async release(
    manager: EntityManager,
    shipmentId: string,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    const invoice = await this.lockedInvoice(manager, shipmentId, ReleaseEscrow.type);
    const outcome = releaseEscrow(invoiceStateOf(invoice), today(), ESCROW_SETTINGS);
    return this.carryOut(manager, invoice, outcome, ReleaseEscrow.type, origin);
  }

  async hold(
    manager: EntityManager,
    shipmentId: string,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    const invoice = await this.lockedInvoice(manager, shipmentId, HoldEscrow.type);
    const outcome = holdEscrow(invoiceStateOf(invoice), today(), ESCROW_SETTINGS);
    return this.carryOut(manager, invoice, outcome, HoldEscrow.type, origin);
  }

  /**
   * The invoice's postings, in one read: a cancellation reverses its issue posting and does not
   * refund the bank charges written off on its payments (REC-FEE).
   */
  private async postingsToCancel(manager: EntityManager, invoice: InvoiceEntity) {
    const postings = await loadPostings(manager, { invoiceId: invoice.id });
    if (!postings.some((posting) => posting.kind === 'INVOICE_ISSUED'))
      throw new Error(`invoice ${invoice.id} has no INVOICE_ISSUED posting`);
    return postings;
  }

  /** Locked so that a statement import applying a payment to it waits, and sees the result. */
  private async lockedInvoice(
    manager: EntityManager,
    shipmentId: string,
    command: string,
  ): Promise<InvoiceEntity> {
    const invoice = await lockShipmentInvoice(manager, shipmentId);
    if (!invoice)
      throw new PermanentMessageError(`${command}: shipment ${shipmentId} has no invoice`);
    return invoice;
  }

  private async carryOut(
    manager: EntityManager,
    invoice: InvoiceEntity,
    outcome: LifecycleOutcome,
    command: string,
    origin: CommandOrigin,
  ): Promise<Announcement[]> {
    if (outcome.kind === 'UNCHANGED') {
      this.logger.log(
        `${command} for shipment ${invoice.shipmentId}: ${outcome.why}; nothing to do`,
      );
      return [];
    }
    if (outcome.kind === 'REFUSED') {
      throw new PermanentMessageError(
        `${command} for shipment ${invoice.shipmentId}: ${outcome.why}`,
      );
    }
    await saveInvoiceStates(manager, [withState(invoice, outcome.state, new Date())], {
      postings: outcome.postings,
      recordedBy: origin.source,
    });
    const ids = { invoiceId: invoice.id, shipmentId: invoice.shipmentId };
    const amount = MoneyDto.from(outcome.amount);
    switch (outcome.kind) {
      case 'VOIDED':
        return [announce(InvoiceVoided, ids, invoice.id)];
      case 'REFUNDED':
        return [announce(InvoiceRefunded, { ...ids, amount }, invoice.id)];
      case 'RELEASED':
        return [announce(EscrowReleased, { ...ids, amount }, invoice.id)];
      case 'HELD':
        return [announce(EscrowHeld, { ...ids, amount }, invoice.id)];
    }
  }
}
