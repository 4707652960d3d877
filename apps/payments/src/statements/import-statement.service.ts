import { MoneyDto } from '@artbridge/contracts';
import { MoneyFormatError, UnknownCurrencyError, formatAmount } from '@artbridge/money';
import { Outbox } from '@artbridge/platform-messaging';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, In } from 'typeorm';
import { OPEN_INVOICE_STATUSES } from '../invoices/domain/invoice';
import { InvoiceEntity } from '../invoices/invoice.entity';
import { openInvoiceOf, saveInvoiceStates } from '../invoices/invoice-state';
import { recordPostings } from '../ledger/ledger';
import { DecisionApplier } from '../reconciliation/decision-applier';
import { paymentsFromStatementEntry, reconcileAll } from '../reconciliation/domain/reconcile';
import {
  IncomingPayment,
  ReconciliationDecision,
} from '../reconciliation/domain/reconciliation.types';
import {
  ReconciliationDecisionEntity,
  ReconciliationItemEntity,
} from '../reconciliation/reconciliation.entity';
import { decisionRow } from '../reconciliation/reconciliation-rows';
import { insertInChunks } from '../shared/sql';
import { addToOutbox } from '../shared/announcements';
import { RECONCILIATION_SETTINGS } from '../shared/settings';
import { parseStatementFile } from './domain/parse-statement-file';
import { StatementFormatError } from './domain/statement-format.error';
import {
  ParsedStatement,
  ParsedStatementFile,
  StatementEntry,
  TransactionDetails,
} from './domain/statement.types';
import { StatementImportEntity } from './statement.entity';
import { BalanceCheckView, balanceCheckView, overallBalanceStatus } from './statement.view';

export interface StatementImportResult {
  statementId: string;
  format: string;
  version?: string;
  /** entries in the file */
  entries: number;
  /** entries imported before: not booked again */
  duplicates: number;
  /** payments: new booked entries, a batch entry counting once per transaction detail */
  payments: number;
  /** applied to an invoice (REC-EXACT, REC-FEE, REC-OVER, REC-PARTIAL) */
  matched: number;
  /** of those, REC-PARTIAL: the invoice still expects money */
  partiallyPaid: number;
  /** REC-FUZZY: waiting for a person to confirm */
  suggested: number;
  /** REC-FX, REC-NONE: for finance */
  exceptions: number;
  balanceCheck: { status: string; statements: BalanceCheckView[] };
}

interface FileEntry {
  readonly statement: ParsedStatement;
  readonly entry: StatementEntry;
}

interface NewPayment {
  readonly entryRowId: string;
  readonly payment: IncomingPayment;
  readonly transactionIndex: number | null;
  /** set for the part of a batch its details do not explain: straight to the exceptions */
  readonly residual?: ReconciliationDecision;
}

const ROWS_PER_INSERT = 1_000;
const RECONCILE_ATTEMPTS = 3;

/**
 * A bank statement import, all in one transaction: the file's entries stored once by idempotency
 * key (a repeated file books nothing twice), the new ones reconciled against the open invoices by
 * the REC-* cascade, each decision stored with its rule and applied: postings, invoice paid amount
 * and status, escrow, events. A file that cannot be read is refused whole before anything is
 * written.
 */
@Injectable()
export class ImportStatementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async import(
    content: string,
    importedBy: string,
    options: { account?: string } = {},
  ): Promise<StatementImportResult> {
    const file = parse(content, options.account);
    const views = file.statements.map(balanceCheckView);
    const fileEntries: FileEntry[] = file.statements.flatMap((statement) =>
      statement.entries.map((entry) => ({ statement, entry })),
    );
    return this.dataSource.transaction(async (manager) => {
      const importId = uuidv7();
      const now = new Date();
      await manager.insert(StatementImportEntity, {
        id: importId,
        format: file.format,
        version: file.version ?? null,
        messageId: file.messageId ?? null,
        fileSha256: createHash('sha256').update(content, 'utf8').digest('hex'),
        entries: fileEntries.length,
        duplicates: 0,
        statements: views,
        importedBy,
        importedAt: now,
      });
      const inserted = await insertEntries(manager, importId, fileEntries);
      const duplicates = fileEntries.length - inserted.size;
      if (duplicates > 0) {
        await manager.update(StatementImportEntity, { id: importId }, { duplicates });
      }

      const payments = fileEntries
        .filter(({ entry }) => inserted.has(entry.idempotencyKey) && entry.status === 'BOOK')
        .flatMap(({ entry }) => paymentsOf(entry, inserted.get(entry.idempotencyKey)!));
      const { decisions, invoices } = await reconcileLocked(
        manager,
        payments.filter((p) => !p.residual).map((p) => p.payment),
      );
      const decisionOf = new Map(decisions.map((decision) => [decision.entryId, decision]));

      const applier = new DecisionApplier(invoices, now);
      const items: Partial<ReconciliationItemEntity>[] = [];
      const decisionRows: Partial<ReconciliationDecisionEntity>[] = [];
      const counts = { matched: 0, partiallyPaid: 0, suggested: 0, exceptions: 0 };
      for (const { entryRowId, payment, transactionIndex, residual } of payments) {
        const decision = residual ?? decisionOf.get(payment.entryId)!;
        let suspensePostingId: string | null = null;
        if (decision.status === 'MATCHED' || decision.status === 'PARTIALLY_PAID') {
          applier.applyToInvoice(decision, payment);
          counts.matched++;
          if (decision.status === 'PARTIALLY_PAID') counts.partiallyPaid++;
        } else {
          suspensePostingId = applier.suspend(decision, payment);
          if (decision.status === 'SUGGESTED') counts.suggested++;
          else counts.exceptions++;
        }
        const itemId = uuidv7();
        items.push(
          itemRow(
            itemId,
            entryRowId,
            payment,
            transactionIndex,
            decision,
            suspensePostingId,
            importedBy,
            now,
          ),
        );
        decisionRows.push(decisionRow(itemId, 'AUTOMATIC', decision, importedBy, now));
      }

      await recordPostings(manager, applier.postings, importedBy);
      await saveInvoiceStates(manager, applier.changedInvoices());
      await insertInChunks(manager, ReconciliationItemEntity, items);
      await insertInChunks(manager, ReconciliationDecisionEntity, decisionRows);
      await addToOutbox(this.outbox, manager, applier.announcements);

      return {
        statementId: importId,
        format: file.format,
        ...(file.version && { version: file.version }),
        entries: fileEntries.length,
        duplicates,
        payments: payments.length,
        ...counts,
        balanceCheck: { status: overallBalanceStatus(views), statements: views },
      };
    });
  }
}

function parse(content: string, account: string | undefined): ParsedStatementFile {
  if (content.trim() === '') {
    throw new BadRequestException(['the statement file is empty']);
  }
  try {
    return parseStatementFile(content, account ? { account } : {});
  } catch (error) {
    if (error instanceof StatementFormatError) {
      // nothing is written yet: a file refused here is refused whole
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: [error.message],
        location: error.location,
      });
    }
    if (error instanceof MoneyFormatError || error instanceof UnknownCurrencyError) {
      throw new BadRequestException([error.message]);
    }
    throw error;
  }
}

/**
 * Inserts the entries not seen before and returns their ids by idempotency key; the others
 * conflict on the key and are skipped (ON CONFLICT also waits for a concurrent import of the same
 * file to finish, then sees its rows as duplicates).
 */
async function insertEntries(
  manager: EntityManager,
  importId: string,
  entries: readonly FileEntry[],
): Promise<Map<string, string>> {
  const inserted = new Map<string, string>();
  for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
    const rows = entries.slice(start, start + ROWS_PER_INSERT).map(({ statement, entry }) => ({
      id: uuidv7(),
      statement,
      entry,
    }));
    const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
    const result: { id: string; idempotency_key: string }[] = await manager.query(
      `INSERT INTO statement_entry (id, import_id, idempotency_key, key_source, bank_statement_id,
              account, position, amount_minor, amount_currency, credit_debit, reversal, status,
              booking_date, value_date, account_servicer_reference, entry_reference,
              bank_transaction_code, additional_info, transactions)
       SELECT u.id, $1, u.key, u.key_source, u.statement_id, u.account, u.position, u.minor,
              u.currency, u.credit_debit, u.reversal, u.status, u.booking_date, u.value_date,
              u.servicer_ref, u.entry_ref, u.code, u.info, u.transactions
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                     $8::bigint[], $9::text[], $10::text[], $11::boolean[], $12::text[],
                     $13::date[], $14::date[], $15::text[], $16::text[], $17::text[], $18::text[],
                     $19::jsonb[])
              AS u (id, key, key_source, statement_id, account, position, minor, currency,
                    credit_debit, reversal, status, booking_date, value_date, servicer_ref,
                    entry_ref, code, info, transactions)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, idempotency_key`,
      [
        importId,
        column((r) => r.id),
        column((r) => r.entry.idempotencyKey),
        column((r) => r.entry.idempotencyKeySource),
        column((r) => r.statement.statementId),
        column((r) => r.statement.account.id),
        column((r) => r.entry.index),
        column((r) => r.entry.amount.minor.toString()),
        column((r) => r.entry.amount.currency),
        column((r) => r.entry.creditDebit),
        column((r) => r.entry.reversal),
        column((r) => r.entry.status),
        column((r) => r.entry.bookingDate ?? null),
        column((r) => r.entry.valueDate ?? null),
        column((r) => r.entry.accountServicerReference ?? null),
        column((r) => r.entry.entryReference ?? null),
        column((r) => r.entry.bankTransactionCode ?? null),
        column((r) => r.entry.additionalInfo ?? null),
        column((r) => JSON.stringify(r.entry.transactions.map(transactionJson))),
      ],
    );
    for (const row of result) inserted.set(row.idempotency_key, row.id);
  }
  return inserted;
}

/**
 * The payments of an entry. When a batch's details do not add up to the entry (a bank that left
 * some out, or charges taken from the total), the difference is kept as its own exception, so
 * the ledger's bank account still moves exactly as the statement says. A batch whose details are
 * in another currency than the entry is taken as one payment: the bank booked the entry amount.
 */
function paymentsOf(entry: StatementEntry, entryRowId: string): NewPayment[] {
  let payments = paymentsFromStatementEntry(entry);
  if (payments.some((payment) => payment.amount.currency !== entry.amount.currency)) {
    payments = paymentsFromStatementEntry({
      ...entry,
      transactions: entry.transactions.slice(0, 1),
    });
  }
  const result: NewPayment[] = payments.map((payment) => ({
    entryRowId,
    payment,
    transactionIndex:
      payments.length > 1 ? Number.parseInt(payment.entryId.split('#')[1], 10) : null,
  }));
  if (payments.length > 1) {
    const signed = (minor: bigint, side: string) => (side === 'DBIT' ? -minor : minor);
    const explained = payments.reduce((sum, p) => sum + signed(p.amount.minor, p.creditDebit), 0n);
    const difference = signed(entry.amount.minor, entry.creditDebit) - explained;
    if (difference !== 0n) {
      const amount = {
        minor: difference < 0n ? -difference : difference,
        currency: entry.amount.currency,
      };
      const entryId = `${entry.idempotencyKey}#rest`;
      result.push({
        entryRowId,
        transactionIndex: null,
        payment: {
          entryId,
          amount,
          creditDebit: difference < 0n ? 'DBIT' : 'CRDT',
          bookingDate: entry.bookingDate,
          references: [],
        },
        residual: {
          entryId,
          rule: 'REC-NONE',
          status: 'EXCEPTION',
          fundsEscrow: false,
          explanation: `the entry's ${payments.length} transaction details add up to ${formatAmount({ minor: explained, currency: amount.currency })} ${amount.currency}, not the entry amount; the difference of ${formatAmount(amount)} is held for finance`,
        },
      });
    }
  }
  return result;
}

/**
 * Reconciles against the open invoices, then locks the invoices the decisions pay (in id order,
 * so two imports never deadlock) and checks they are still as they were read; if a command or
 * another import changed one meanwhile, reconciles again with what is now true.
 */
async function reconcileLocked(
  manager: EntityManager,
  payments: readonly IncomingPayment[],
): Promise<{ decisions: ReconciliationDecision[]; invoices: Map<string, InvoiceEntity> }> {
  if (payments.length === 0) return { decisions: [], invoices: new Map() };
  for (let attempt = 1; attempt <= RECONCILE_ATTEMPTS; attempt++) {
    const open = await manager.find(InvoiceEntity, {
      where: { status: In([...OPEN_INVOICE_STATUSES]) },
    });
    const decisions = reconcileAll(payments, open.map(openInvoiceOf), RECONCILIATION_SETTINGS);
    const paid = [
      ...new Set(
        decisions
          .filter((d) => d.status === 'MATCHED' || d.status === 'PARTIALLY_PAID')
          .map((d) => d.invoiceId!),
      ),
    ].sort();
    if (paid.length === 0) return { decisions, invoices: new Map() };
    const locked = await manager.find(InvoiceEntity, {
      where: { id: In(paid) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const before = new Map(open.map((invoice) => [invoice.id, invoice]));
    const unchanged = locked.every(
      (invoice) =>
        invoice.status === before.get(invoice.id)?.status &&
        invoice.paidMinor === before.get(invoice.id)?.paidMinor,
    );
    if (unchanged && locked.length === paid.length) {
      return { decisions, invoices: new Map(locked.map((invoice) => [invoice.id, invoice])) };
    }
  }
  throw new ConflictException(
    'the invoices this statement pays kept changing while it was reconciled; import it again',
  );
}

function itemRow(
  id: string,
  entryRowId: string,
  payment: IncomingPayment,
  transactionIndex: number | null,
  decision: ReconciliationDecision,
  suspensePostingId: string | null,
  decidedBy: string,
  decidedAt: Date,
): Partial<ReconciliationItemEntity> {
  return {
    id,
    entryId: entryRowId,
    paymentKey: payment.entryId,
    transactionIndex,
    amount: { ...payment.amount },
    creditDebit: payment.creditDebit,
    reversal: payment.reversal ?? false,
    bookingDate: payment.bookingDate ?? null,
    paymentReferences: [...payment.references],
    remittanceText: payment.remittanceText ?? null,
    payerName: payment.payerName ?? null,
    payerIban: payment.payerIban ?? null,
    chargeBearer: payment.chargeBearer ?? null,
    status: decision.status,
    rule: decision.rule,
    invoiceId: decision.invoiceId ?? null,
    explanation: decision.explanation,
    suspensePostingId,
    decidedBy,
    decidedAt,
  };
}

/** JSON-safe (amounts as decimal strings), for the entry's stored copy of its details. */
function transactionJson(transaction: TransactionDetails): object {
  return {
    ...transaction,
    amount: transaction.amount && MoneyDto.from(transaction.amount),
    charges: transaction.charges.map((charge) => ({
      ...charge,
      amount: MoneyDto.from(charge.amount),
    })),
  };
}
