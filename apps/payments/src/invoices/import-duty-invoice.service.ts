import {
  ImportDeclarationClearedV1,
  ImportDutyInvoiceIssued,
  MoneyDto,
} from '@artbridge/contracts';
import { MoneyFormatError } from '@artbridge/money';
import { PermanentMessageError } from '@artbridge/platform-messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Announcement, announce } from '../shared/announcements';
import { IMPORT_DUTY_DUE_DAYS } from '../shared/settings';
import { importDutyDueAt, planImportDutyInvoice } from './domain/import-duty-invoice';
import { InvoiceRuleError } from './domain/invoice';
import { CommandOrigin } from './invoice-lifecycle.service';
import { issueInvoice } from './issue-invoice';

/**
 * Customs cleared an import declaration (works released from a free-trade zone's bonded storage
 * to the domestic market): the import duty and VAT it assessed are invoiced to the importer, the
 * shipment's exporter able to see it. One invoice per declaration: a redelivered event is
 * absorbed by the inbox, a repeat with a new id by the declaration's unique key. No escrow: the
 * issue posting books the receivable against duties and VAT payable, and the payment settles it.
 * Nothing due, no invoice. Runs in the inbox's transaction.
 */
@Injectable()
export class ImportDutyInvoiceService {
  private readonly logger = new Logger(ImportDutyInvoiceService.name);

  async issue(
    manager: EntityManager,
    event: ImportDeclarationClearedV1,
    origin: CommandOrigin,
    now = new Date(),
  ): Promise<Announcement[]> {
    const what = `import declaration ${event.declarationId} of shipment ${event.shipmentId}`;
    let plan: ReturnType<typeof planImportDutyInvoice>;
    try {
      plan = planImportDutyInvoice({
        declarationId: event.declarationId,
        importCountry: event.importCountry,
        duties: event.duties && {
          duty: MoneyDto.toMoney(event.duties.duty),
          vat: MoneyDto.toMoney(event.duties.vat),
          total: MoneyDto.toMoney(event.duties.total),
        },
      });
    } catch (error) {
      if (error instanceof InvoiceRuleError || error instanceof MoneyFormatError) {
        throw new PermanentMessageError(`import-cleared, ${what}: ${error.message}`);
      }
      throw error;
    }
    if (!plan.invoice) {
      this.logger.log(`${what}: ${plan.reason}`);
      return [];
    }
    const { importer, exporterId } = event;
    if (!importer || !exporterId) {
      // an event from before customs named who owes the duties: retrying will not name them
      throw new PermanentMessageError(
        `import-cleared, ${what}: no importer or exporter to invoice the duties to`,
      );
    }
    const { amounts, lines } = plan;
    const dueAt = importDutyDueAt(now, IMPORT_DUTY_DUE_DAYS);
    const issued = await issueInvoice(manager, {
      kind: 'IMPORT_DUTY',
      shipmentId: event.shipmentId,
      declarationId: event.declarationId,
      exporterId,
      buyer: importer,
      amounts,
      lines,
      dueAt,
      correlationId: origin.correlationId,
      source: origin.source,
      now,
    });
    if (!issued.issued) {
      this.logger.log(`${what} is already invoiced; import-cleared ignored`);
      return [];
    }
    const { id, reference } = issued;
    return [
      announce(
        ImportDutyInvoiceIssued,
        {
          invoiceId: id,
          shipmentId: event.shipmentId,
          declarationId: event.declarationId,
          reference,
          total: MoneyDto.from(amounts.total),
          dueAt: dueAt.toISOString(),
        },
        id,
      ),
    ];
  }
}
