import { Outbox } from '@artbridge/platform-messaging';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OPEN_INVOICE_STATUSES } from '../invoices/domain/invoice';
import { InvoiceEntity } from '../invoices/invoice.entity';
import { openInvoiceOf, saveInvoiceStates } from '../invoices/invoice-state';
import { loadPostings, recordPostings } from '../ledger/ledger';
import { addToOutbox } from '../shared/announcements';
import { DecisionApplier } from './decision-applier';
import { manualMatch, postingsForManualMatch } from './domain/manual-match';
import { IncomingPayment } from './domain/reconciliation.types';
import { ReconciliationDecisionEntity, ReconciliationItemEntity } from './reconciliation.entity';
import { decisionRow } from './reconciliation-rows';
import { reconciliationSettingsFor } from './reconciliation-settings';

const OPEN_ITEM_STATUSES = ['EXCEPTION', 'SUGGESTED'];

/**
 * What finance does with the payments the cascade could not settle: match one to an invoice
 * (a suggestion confirmed, or an exception resolved by hand) or dismiss it with a reason. Each
 * is one transaction, recorded with who did it.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async match(itemId: string, invoiceId: string, by: string): Promise<ReconciliationItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedOpenItem(manager, itemId, 'matched');
      const invoice = await manager.findOne(InvoiceEntity, {
        where: { id: invoiceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invoice) throw new NotFoundException(`invoice ${invoiceId} not found`);
      if (!OPEN_INVOICE_STATUSES.includes(invoice.status)) {
        throw new ConflictException(
          `invoice ${invoiceId} is ${invoice.status}; it takes no payment`,
        );
      }
      const payment = paymentOf(item);
      const settings = await reconciliationSettingsFor(manager, [payment]);
      const result = manualMatch(payment, openInvoiceOf(invoice), settings);
      if ('refusal' in result) throw new ConflictException(result.refusal);

      const confirmed = item.status === 'SUGGESTED' && item.invoiceId === invoiceId;
      const action = confirmed ? 'CONFIRMED' : 'MANUAL_MATCH';
      const decision = {
        ...result.decision,
        explanation: `${confirmed ? 'suggestion confirmed' : 'matched by hand'} by ${by}: ${result.decision.explanation}`,
      };
      const [suspense] = item.suspensePostingId
        ? await loadPostings(manager, { id: item.suspensePostingId })
        : [];
      const applier = new DecisionApplier(new Map([[invoice.id, invoice]]));
      applier.applyToInvoice(
        decision,
        payment,
        postingsForManualMatch(
          decision,
          payment,
          suspense,
          `matched to invoice ${invoice.id} by ${by}`,
        ),
      );
      await recordPostings(manager, applier.postings, by);
      await saveInvoiceStates(manager, applier.changedInvoices());
      await addToOutbox(this.outbox, manager, applier.announcements);

      Object.assign(item, {
        status: decision.status,
        rule: decision.rule,
        invoiceId: invoice.id,
        explanation: decision.explanation,
        decidedBy: by,
        decidedAt: new Date(),
      });
      await manager.update(
        ReconciliationItemEntity,
        { id: item.id },
        {
          status: item.status,
          rule: item.rule,
          invoiceId: item.invoiceId,
          explanation: item.explanation,
          decidedBy: item.decidedBy,
          decidedAt: item.decidedAt,
        },
      );
      await manager.insert(
        ReconciliationDecisionEntity,
        decisionRow(item.id, action, decision, by, item.decidedAt),
      );
      return item;
    });
  }

  /** The money stays where it is (suspense) for finance to return or book outside. */
  async dismiss(itemId: string, reason: string, by: string): Promise<ReconciliationItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedOpenItem(manager, itemId, 'dismissed');
      const decidedAt = new Date();
      const explanation = `dismissed by ${by}: ${reason}`;
      await manager.update(
        ReconciliationItemEntity,
        { id: item.id },
        {
          status: 'DISMISSED',
          explanation,
          decidedBy: by,
          decidedAt,
        },
      );
      await manager.insert(ReconciliationDecisionEntity, {
        ...decisionRow(
          item.id,
          'DISMISSED',
          {
            entryId: item.paymentKey,
            rule: item.rule,
            status: 'EXCEPTION',
            fundsEscrow: false,
            explanation,
          },
          by,
          decidedAt,
          reason,
        ),
        // the rule stays the cascade's; the status is the item's new one
        status: 'DISMISSED',
        invoiceId: item.invoiceId,
      });
      return Object.assign(item, { status: 'DISMISSED', explanation, decidedBy: by, decidedAt });
    });
  }

  private async lockedOpenItem(
    manager: EntityManager,
    itemId: string,
    what: string,
  ): Promise<ReconciliationItemEntity> {
    const item = await manager.findOne(ReconciliationItemEntity, {
      where: { id: itemId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!item) throw new NotFoundException(`reconciliation entry ${itemId} not found`);
    if (!OPEN_ITEM_STATUSES.includes(item.status)) {
      throw new ConflictException(
        `reconciliation entry ${itemId} is ${item.status}; only ${OPEN_ITEM_STATUSES.join(' or ')} entries can be ${what}`,
      );
    }
    return item;
  }
}

function paymentOf(item: ReconciliationItemEntity): IncomingPayment {
  return {
    entryId: item.paymentKey,
    amount: { minor: item.amount.minor, currency: item.amount.currency },
    creditDebit: item.creditDebit,
    reversal: item.reversal,
    bookingDate: item.bookingDate ?? undefined,
    references: item.paymentReferences,
    remittanceText: item.remittanceText ?? undefined,
    payerName: item.payerName ?? undefined,
    payerIban: item.payerIban ?? undefined,
    chargeBearer: item.chargeBearer ?? undefined,
  };
}
