import { MoneyDto } from '@artbridge/contracts';
import { MoneyFormatError, UnknownCurrencyError, formatAmount } from '@artbridge/money';
import { Outbox } from '@artbridge/platform-messaging';
import { literalList } from '@artbridge/platform-persistence';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, In, Raw } from 'typeorm';
import {
  InvoiceStateError,
  OPEN_INVOICE_STATUSES,
  invoicePayables,
} from '../invoices/domain/invoice';
import { InvoiceEntity } from '../invoices/invoice.entity';
import { invoiceStateOf, openInvoiceOf, saveInvoiceStates } from '../invoices/invoice-state';
import { RecordedPosting } from '../ledger/domain/posting';
import { loadPostings, queuePostings } from '../ledger/ledger';
import { DecisionApplier } from '../reconciliation/decision-applier';
import {
  paymentsFromStatementEntry,
  reconcileAll,
  referenceCandidates,
} from '../reconciliation/domain/reconcile';
import {
  IncomingPayment,
  InvoicePayables,
  MatchedPayment,
  PAYABLE_ACCOUNTS,
  ReconciliationDecision,
} from '../reconciliation/domain/reconciliation.types';
import {
  ReconciliationDecisionEntity,
  ReconciliationItemEntity,
} from '../reconciliation/reconciliation.entity';
import { decisionRow, queueDecisions, queueItems } from '../reconciliation/reconciliation-rows';
import { reconciliationSettingsFor } from '../reconciliation/reconciliation-settings';
import { BulkColumn, ROWS_PER_INSERT, StatementPipeline } from '../shared/sql';
import { addToOutbox } from '../shared/announcements';
import { parseStatementFile } from './domain/parse-statement-file';
import { StatementFormatError } from './domain/statement-format.error';
import {
  ParsedStatement,
  ParsedStatementFile,
  StatementEntry,
  TransactionDetails,
} from './domain/statement.types';
import { StatementImportEntity } from './statement.entity';
import { StatementImportResponse } from './statement-import.response';
import { balanceCheckView, overallBalanceStatus } from './statement.view';

interface FileEntry {
  readonly statement: ParsedStatement;
  readonly entry: StatementEntry;
  /** the statement_entry id this import gives the entry if it is new */
  rowId?: string;
  /** the entry's payments for that row, when booked */
  payments?: NewPayment[];
}

/** Entries or payments computed while the database stores the slice before. */
const SLICE = ROWS_PER_INSERT;
/** Entries or payments computed between two turns of the event loop, when the driver sends. */
const STEP = 200;

interface NewPayment {
  readonly entryRowId: string;
  readonly payment: IncomingPayment;
  readonly transactionIndex: number | null;
  /** set for the part of a batch its details do not explain: straight to the exceptions */
  readonly residual?: ReconciliationDecision;
}

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
  ): Promise<StatementImportResponse> {
    const file = parse(content, options.account);
    const fileEntries: FileEntry[] = file.statements.flatMap((statement) =>
      statement.entries.map((entry) => ({ statement, entry })),
    );
    const fileSha256 = createHash('sha256').update(content, 'utf8').digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const pipeline = new StatementPipeline(manager);
      try {
        return await this.importIn(manager, pipeline, file, fileEntries, fileSha256, importedBy);
      } catch (error) {
        // an invoice or its escrow moved in a way reconcileLocked's re-check did not foresee:
        // the file is rolled back whole, and importing it again decides on what is there now
        if (error instanceof InvoiceStateError)
          throw new ConflictException(
            `an invoice this statement touches changed while it was imported (${error.message}); import it again`,
          );
        throw error;
      } finally {
        // nothing may run after the transaction ends, whatever went wrong
        await pipeline.settle();
      }
    });
  }

  /**
   * The writes are queued on a pipeline slice by slice (SLICE entries or payments), so that the
   * database stores one slice while the next one is computed; reads use the manager directly,
   * and only once the pipeline is drained.
   */
  private async importIn(
    manager: EntityManager,
    pipeline: StatementPipeline,
    file: ParsedStatementFile,
    fileEntries: readonly FileEntry[],
    fileSha256: string,
    importedBy: string,
  ): Promise<StatementImportResponse> {
    const views = file.statements.map(balanceCheckView);
    const importId = uuidv7();
    const now = new Date();
    await manager.insert(StatementImportEntity, {
      id: importId,
      format: file.format,
      version: file.version ?? null,
      messageId: file.messageId ?? null,
      fileSha256,
      entries: fileEntries.length,
      duplicates: 0,
      statements: views,
      importedBy,
      importedAt: now,
    });

    const inserted = await insertEntries(pipeline, importId, fileEntries);
    const duplicates = fileEntries.length - inserted.size;
    if (duplicates > 0) {
      await manager.update(StatementImportEntity, { id: importId }, { duplicates });
    }

    // only the rows this import stored pay anything: an entry whose key was stored before, or
    // by an earlier copy in this very file (a <Stmt> sent twice), is a duplicate and books nothing
    const payments = fileEntries.flatMap((fileEntry) => {
      const rowId = fileEntry.rowId;
      if (rowId === undefined || !inserted.has(rowId) || fileEntry.entry.status !== 'BOOK') {
        return [];
      }
      // worked out while the entries were being stored
      return fileEntry.payments ?? paymentsOf(fileEntry.entry, rowId);
    });
    const { decisions, invoices } = await reconcileLocked(
      manager,
      payments.filter((p) => !p.residual).map((p) => p.payment),
    );
    const decisionOf = new Map(decisions.map((decision) => [decision.entryId, decision]));
    // what a reversal undoes: the postings of the invoices it reverses a payment of
    const reversedInvoiceIds = new Set(
      decisions.filter((d) => d.rule === 'REC-REVERSAL').map((d) => d.invoiceId!),
    );
    const postingsOf = new Map<string, RecordedPosting[]>();
    for (const invoiceId of reversedInvoiceIds) {
      postingsOf.set(invoiceId, await loadPostings(manager, { invoiceId }));
    }

    const applier = new DecisionApplier(invoices, now);
    let postingsQueued = 0;
    const counts = { matched: 0, partiallyPaid: 0, reversed: 0, suggested: 0, exceptions: 0 };
    for (let start = 0; start < payments.length; start += SLICE) {
      const items: ReconciliationItemEntity[] = [];
      const decisionRows: ReconciliationDecisionEntity[] = [];
      for (let index = start; index < Math.min(start + SLICE, payments.length); index++) {
        if (index > start && index % STEP === 0) await pipeline.breathe();
        const { entryRowId, payment, transactionIndex, residual } = payments[index];
        const decision = residual ?? decisionOf.get(payment.entryId)!;
        let suspensePostingId: string | null = null;
        if (decision.rule === 'REC-PAYOUT') {
          applier.applyPayout(decision, payment);
          counts.matched++;
        } else if (decision.rule === 'REC-REVERSAL') {
          applier.applyReversal(decision, postingsOf.get(decision.invoiceId!)!);
          counts.reversed++; // the bank took a payment back: nothing was matched
        } else if (decision.status === 'MATCHED' || decision.status === 'PARTIALLY_PAID') {
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
      // postings first: an item points at its suspense posting, a decision at its item
      queuePostings(pipeline, applier.postings.slice(postingsQueued), importedBy);
      postingsQueued = applier.postings.length;
      queueItems(pipeline, items);
      queueDecisions(pipeline, decisionRows);
      await pipeline.ready();
    }
    await pipeline.drain();
    await saveInvoiceStates(manager, applier.changedInvoices());
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

interface EntryRow {
  readonly id: string;
  readonly importId: string;
  readonly statement: ParsedStatement;
  readonly entry: StatementEntry;
}

const ENTRY_COLUMNS: readonly BulkColumn<EntryRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'import_id', type: 'uuid', value: (r) => r.importId },
  { name: 'idempotency_key', type: 'text', value: (r) => r.entry.idempotencyKey },
  { name: 'key_source', type: 'text', value: (r) => r.entry.idempotencyKeySource },
  { name: 'bank_statement_id', type: 'text', value: (r) => r.statement.statementId },
  { name: 'account', type: 'text', value: (r) => r.statement.account.id },
  { name: 'position', type: 'int', value: (r) => r.entry.index },
  { name: 'amount_minor', type: 'bigint', value: (r) => r.entry.amount.minor.toString() },
  { name: 'amount_currency', type: 'text', value: (r) => r.entry.amount.currency },
  { name: 'credit_debit', type: 'text', value: (r) => r.entry.creditDebit },
  { name: 'reversal', type: 'boolean', value: (r) => r.entry.reversal },
  { name: 'status', type: 'text', value: (r) => r.entry.status },
  { name: 'booking_date', type: 'date', value: (r) => r.entry.bookingDate ?? null },
  { name: 'value_date', type: 'date', value: (r) => r.entry.valueDate ?? null },
  {
    name: 'account_servicer_reference',
    type: 'text',
    value: (r) => r.entry.accountServicerReference ?? null,
  },
  { name: 'entry_reference', type: 'text', value: (r) => r.entry.entryReference ?? null },
  {
    name: 'bank_transaction_code',
    type: 'text',
    value: (r) => r.entry.bankTransactionCode ?? null,
  },
  { name: 'additional_info', type: 'text', value: (r) => r.entry.additionalInfo ?? null },
  {
    name: 'transactions',
    type: 'jsonb',
    value: (r) => JSON.stringify(r.entry.transactions.map(transactionJson)),
  },
];

/**
 * Inserts the entries not seen before and returns the ids of the rows stored (RETURNING); the
 * others conflict on the key and are skipped: a key stored by an earlier import, or by an earlier
 * entry of this file with the same key (the same <Stmt> twice in one file). ON CONFLICT also waits
 * for a concurrent import of the same file to finish, then sees its rows as duplicates. While a
 * slice is stored, the next slice's payments are worked out, for the rows this import adds.
 */
async function insertEntries(
  pipeline: StatementPipeline,
  importId: string,
  entries: readonly FileEntry[],
): Promise<Set<string>> {
  const results: Promise<{ id: string }[]>[] = [];
  for (let start = 0; start < entries.length; start += SLICE) {
    const rows: EntryRow[] = entries.slice(start, start + SLICE).map((fileEntry) => {
      fileEntry.rowId = uuidv7();
      return {
        id: fileEntry.rowId,
        importId,
        statement: fileEntry.statement,
        entry: fileEntry.entry,
      };
    });
    results.push(
      pipeline.insert(
        'statement_entry',
        ENTRY_COLUMNS,
        rows,
        'ON CONFLICT (idempotency_key) DO NOTHING RETURNING id',
      ),
    );
    await pipeline.ready();
    for (let index = start; index < Math.min(start + SLICE, entries.length); index++) {
      if (index > start && index % STEP === 0) await pipeline.breathe();
      const fileEntry = entries[index];
      if (fileEntry.entry.status === 'BOOK') {
        fileEntry.payments = paymentsOf(fileEntry.entry, fileEntry.rowId!);
      }
    }
  }
  await pipeline.drain();
  const inserted = new Set<string>();
  for (const rows of await Promise.all(results)) {
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

/**
 * The payments of an entry. When a batch's details do not add up to the entry (a bank that left
 * some out, or charges taken from the total), the difference is kept as its own exception, so
 * the ledger's bank account still moves exactly as the statement says. A batch whose details
 * carry no amounts, or amounts in another currency than the entry, is taken as one payment of
 * the entry amount (the bank booked that); if its details name several references, the cascade
 * leaves it to a person rather than paying the first one's invoice (paymentsFromStatementEntry).
 */
function paymentsOf(entry: StatementEntry, entryRowId: string): NewPayment[] {
  const payments = paymentsFromStatementEntry(entry);
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
 * Reconciles against the open invoices, then locks the invoices the decisions pay or pay out of
 * (in id order, so two imports never deadlock) and checks they are still as they were read, and
 * still owe what a payout pays; if a command or another import changed one meanwhile,
 * reconciles again with what is now true.
 */
async function reconcileLocked(
  manager: EntityManager,
  payments: readonly IncomingPayment[],
): Promise<{ decisions: ReconciliationDecision[]; invoices: Map<string, InvoiceEntity> }> {
  if (payments.length === 0) return { decisions: [], invoices: new Map() };
  // the REC-FEE caps of the file's currencies, from the ECB rates: read once, whatever the attempts
  const settings = await reconciliationSettingsFor(manager, payments);
  for (let attempt = 1; attempt <= RECONCILE_ATTEMPTS; attempt++) {
    const open = await manager.find(InvoiceEntity, {
      // literals, not parameters: the generic plan of a prepared statement can use the
      // invoice_open partial index only when the statuses are in the statement's text
      where: {
        status: Raw((column) => `${column} IN (${literalList(OPEN_INVOICE_STATUSES)})`),
      },
    });
    const matched = await matchedPaymentsFor(manager, payments);
    const owed = await payablesFor(manager, payments);
    const decisions = reconcileAll(
      payments,
      open.map(openInvoiceOf),
      settings,
      matched.payments,
      owed.payables,
    );
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
    const before = new Map(
      [...matched.invoices, ...owed.invoices, ...open].map((invoice) => [invoice.id, invoice]),
    );
    // escrow too: REC-REVERSAL was decided on escrow still holding the money, and a HoldEscrow
    // or ReleaseEscrow committed since moves only the escrow
    const unchanged = locked.every(
      (invoice) =>
        invoice.status === before.get(invoice.id)?.status &&
        invoice.paidMinor === before.get(invoice.id)?.paidMinor &&
        invoice.escrowStatus === before.get(invoice.id)?.escrowStatus,
    );
    if (
      unchanged &&
      locked.length === paid.length &&
      (await stillOwed(manager, decisions, owed.payables, locked))
    ) {
      return { decisions, invoices: new Map(locked.map((invoice) => [invoice.id, invoice])) };
    }
  }
  throw new ConflictException(
    'the invoices this statement pays kept changing while it was reconciled; import it again',
  );
}

/**
 * What the platform owes on the invoices the statement's debits name, that a debit may pay out
 * (REC-PAYOUT). Read only when a debit (not the bank's reversal) names a reference, and only the
 * invoices named (invoice.reference is unique), with their postings: not every invoice that ever
 * owed something.
 */
async function payablesFor(
  manager: EntityManager,
  payments: readonly IncomingPayment[],
): Promise<{ payables: InvoicePayables[]; invoices: InvoiceEntity[] }> {
  const references = [
    ...new Set(
      payments
        .filter((payment) => payment.creditDebit === 'DBIT' && !payment.reversal)
        .flatMap((payment) => referenceCandidates(payment)),
    ),
  ];
  if (references.length === 0) return { payables: [], invoices: [] };
  const invoices = await manager.find(InvoiceEntity, {
    where: { reference: Raw((column) => `${column} = ANY(:references)`, { references }) },
  });
  return { payables: await payablesOf(manager, invoices), invoices };
}

/** The invoices' balances on the payable accounts, from their postings (one query). */
async function payablesOf(
  manager: EntityManager,
  invoices: readonly InvoiceEntity[],
): Promise<InvoicePayables[]> {
  if (invoices.length === 0) return [];
  const postings = await loadPostings(manager, { invoiceIds: invoices.map(({ id }) => id) });
  const byInvoice = new Map<string, RecordedPosting[]>();
  for (const posting of postings) {
    const list = byInvoice.get(posting.invoiceId!);
    if (list) list.push(posting);
    else byInvoice.set(posting.invoiceId!, [posting]);
  }
  return invoices.map((invoice) =>
    invoicePayables(invoiceStateOf(invoice), invoice.reference, byInvoice.get(invoice.id) ?? []),
  );
}

/**
 * Whether the invoices the decisions pay out of (REC-PAYOUT), locked now, still owe what was read
 * before deciding: another import paying the same payable meanwhile has committed its postings.
 */
async function stillOwed(
  manager: EntityManager,
  decisions: readonly ReconciliationDecision[],
  read: readonly InvoicePayables[],
  locked: readonly InvoiceEntity[],
): Promise<boolean> {
  const paidOut = new Set(
    decisions.filter((d) => d.rule === 'REC-PAYOUT').map((d) => d.invoiceId!),
  );
  if (paidOut.size === 0) return true;
  const before = new Map(read.map((payables) => [payables.id, payables]));
  const now = await payablesOf(
    manager,
    locked.filter((invoice) => paidOut.has(invoice.id)),
  );
  return now.every((payables) =>
    PAYABLE_ACCOUNTS.every(
      (account) =>
        (payables.owed[account]?.minor ?? 0n) ===
        (before.get(payables.id)?.owed[account]?.minor ?? 0n),
    ),
  );
}

interface MatchedPaymentRow {
  payment_key: string;
  amount_minor: string;
  amount_currency: string;
  payment_references: string[];
  remittance_text: string | null;
  invoice_id: string;
  paid_minor: string;
}

/**
 * The payments matched to an invoice that the debits and reversals among `payments` may take
 * back (REC-REVERSAL): credits of the same amount and currency, matched or partly paying, whose
 * PAYMENT_RECEIVED posting no reversal reversed yet; oldest first, with their invoices. Read only
 * when the statement holds a debit or a reversal.
 */
async function matchedPaymentsFor(
  manager: EntityManager,
  payments: readonly IncomingPayment[],
): Promise<{ payments: MatchedPayment[]; invoices: InvoiceEntity[] }> {
  const amounts = [
    ...new Set(
      payments
        .filter((payment) => payment.creditDebit === 'DBIT')
        .map((payment) => `${payment.amount.currency}:${payment.amount.minor}`),
    ),
  ];
  if (amounts.length === 0) return { payments: [], invoices: [] };
  const rows: MatchedPaymentRow[] = await manager.query(
    `SELECT i.payment_key, i.amount_minor::text AS amount_minor, i.amount_currency,
            i.payment_references, i.remittance_text, i.invoice_id,
            (coalesce(d.applied_minor, 0) + coalesce(d.fee_minor, 0))::text AS paid_minor
       FROM reconciliation_item i
       JOIN LATERAL (SELECT applied_minor, fee_minor FROM reconciliation_decision d
                      WHERE d.item_id = i.id AND d.status = i.status
                      ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) d ON true
      WHERE i.status IN ('MATCHED', 'PARTIALLY_PAID') AND i.rule <> 'REC-REVERSAL'
        AND i.credit_debit = 'CRDT' AND NOT i.reversal AND i.invoice_id IS NOT NULL
        AND i.amount_currency || ':' || i.amount_minor = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM posting p JOIN posting r ON r.reverses = p.id
                         WHERE p.kind = 'PAYMENT_RECEIVED' AND p.entry_id = i.payment_key
                           AND p.invoice_id = i.invoice_id)
      ORDER BY i.decided_at, i.id`,
    [amounts],
  );
  if (rows.length === 0) return { payments: [], invoices: [] };
  const invoices = await manager.find(InvoiceEntity, {
    where: { id: In([...new Set(rows.map((row) => row.invoice_id))]) },
  });
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  return {
    invoices,
    payments: rows.map((row) => {
      const invoice = byId.get(row.invoice_id)!;
      return {
        entryId: row.payment_key,
        amount: { minor: BigInt(row.amount_minor), currency: row.amount_currency },
        references: row.payment_references,
        remittanceText: row.remittance_text ?? undefined,
        paid: { minor: BigInt(row.paid_minor), currency: invoice.total.currency },
        invoice: openInvoiceOf(invoice),
        invoiceStatus: invoice.status,
        escrowStatus: invoice.escrowStatus,
      };
    }),
  };
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
): ReconciliationItemEntity {
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
