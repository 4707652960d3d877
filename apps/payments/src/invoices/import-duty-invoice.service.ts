import {
  ImportDeclarationClearedV1,
  ImportDutyInvoiceIssued,
  MoneyDto,
} from '@artbridge/contracts';
import { MoneyFormatError } from '@artbridge/money';
import { PermanentMessageError } from '@artbridge/platform-messaging';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { recordPostings } from '../ledger/ledger';
import { Announcement, announce } from '../shared/announcements';
import { IMPORT_DUTY_DUE_DAYS } from '../shared/settings';
import { importDutyDueAt, planImportDutyInvoice } from './domain/import-duty-invoice';
import {
  InvoiceRuleError,
  invoiceReference,
  issuePosting,
  newInvoiceState,
} from './domain/invoice';
import { CommandOrigin } from './invoice-lifecycle.service';
import { InvoiceEntity, InvoiceLineEntity } from './invoice.entity';

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
    if (await manager.existsBy(InvoiceEntity, { declarationId: event.declarationId })) {
      this.logger.log(`${what} is already invoiced; import-cleared ignored`);
      return [];
    }

    const [{ number }]: { number: string }[] = await manager.query(
      `SELECT nextval('invoice_number_seq')::text AS number`,
    );
    const id = uuidv7();
    const reference = invoiceReference(BigInt(number));
    const { amounts, lines } = plan;
    const state = newInvoiceState(id, amounts, 'IMPORT_DUTY');
    const dueAt = importDutyDueAt(now, IMPORT_DUTY_DUE_DAYS);
    // once per import declaration even if two deliveries race: the unique key decides
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO invoice (id, shipment_id, kind, declaration_id, number, reference, exporter_id,
                            buyer_name, buyer_country, buyer_address, total_minor, total_currency,
                            goods_minor, duties_minor, vat_minor, paid_minor, status, escrow,
                            escrow_status, due_at, due_date, correlation_id, issued_at, updated_at)
       VALUES ($1, $2, 'IMPORT_DUTY', $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13, 0, $14,
               $15, $16, $17, $18, $19, $20, $20)
       ON CONFLICT (declaration_id) DO NOTHING RETURNING id`,
      [
        id,
        event.shipmentId,
        event.declarationId,
        number,
        reference,
        exporterId,
        importer.name,
        importer.country,
        importer.address,
        amounts.total.minor.toString(),
        amounts.currency,
        amounts.duties.minor.toString(),
        amounts.vat.minor.toString(),
        state.status,
        JSON.stringify(state.escrow),
        state.escrow.status,
        dueAt.toISOString(),
        dueAt.toISOString().slice(0, 10),
        origin.correlationId,
        now.toISOString(),
      ],
    );
    if (inserted.length === 0) return [];
    await manager.insert(
      InvoiceLineEntity,
      lines.map((line, position) => ({
        invoiceId: id,
        position,
        kind: line.kind,
        description: line.description,
        amount: MoneyColumns.of(line.amount),
      })),
    );
    await recordPostings(manager, [issuePosting(id, amounts)], origin.source);
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
