import {
  EscrowFunded,
  InvoiceIssued,
  InvoicePartiallyPaid,
  IssueInvoice,
  IssueInvoiceV1,
} from '@artbridge/contracts';
import { TestContext, readJson } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateCamt053, generatedEntryAmount } from '../src/statements/domain/camt053.bench';
import { ROWS_PER_INSERT } from '../src/shared/sql';
import { PaymentsHarness, expectBalanced } from './support';

type ImportResult = {
  statementId: string;
  entries: number;
  duplicates: number;
  payments: number;
  matched: number;
  partiallyPaid: number;
  suggested: number;
  exceptions: number;
  balanceCheck: {
    status: string;
    statements: { credits: { amount: string }; debits: { amount: string } }[];
  };
};

// more entries than one slice of the import's pipeline holds, and not a multiple of it, with
// payments of invoices in the first, a middle and the last slice
const ENTRIES = 2 * ROWS_PER_INSERT + 517;
const PAID = [7, ROWS_PER_INSERT + 1, ENTRIES - 2];
const HALF_PAID = ROWS_PER_INSERT + 1;

function decimal(minor: bigint): string {
  const digits = minor.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('payments: a statement larger than one batch of the import (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;
  let database: Client;

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
    database = new Client({ connectionString: await context.database('payments') });
    await database.connect();
    context.onCleanup(() => database.end());
  });
  afterAll(() => context.cleanup());

  const count = async (sql: string, parameters: unknown[] = []): Promise<number> => {
    const { rows } = await database.query<{ count: string }>(sql, parameters);
    return Number(rows[0].count);
  };

  /** An invoice the entry at `index` pays: exactly, or half of it. */
  async function issueFor(index: number): Promise<{ id: string; reference: string }> {
    const paid = generatedEntryAmount(index);
    const command = {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      buyer: { name: `Buyer ${index}`, country: 'AT', address: 'Wien' },
      lines: [
        {
          kind: 'PRICE',
          description: `lot ${index}`,
          amount: { amount: decimal(index === HALF_PAID ? paid * 2n : paid), currency: 'EUR' },
        },
      ],
      dueAt: '2026-04-13T00:00:00.000Z',
    } as IssueInvoiceV1;
    await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    return { id: issued.subject, reference: issued.payload['reference'] as string };
  }

  it('books every entry once, in order, across batches; the same file again books nothing', async () => {
    const invoices = new Map<number, { id: string; reference: string }>();
    for (const index of PAID) invoices.set(index, await issueFor(index));
    const xml = generateCamt053(ENTRIES, (index) => {
      const invoice = invoices.get(index);
      return invoice && { reference: invoice.reference };
    });

    const response = await payments.upload('/statements', xml, 'application/xml');
    expect(response.status).toBe(201);
    const first = await readJson<ImportResult>(response);
    expect(first).toMatchObject({
      entries: ENTRIES,
      duplicates: 0,
      payments: ENTRIES,
      matched: PAID.length,
      partiallyPaid: 1,
      suggested: 0,
      exceptions: ENTRIES - PAID.length,
      balanceCheck: { status: 'BALANCED' },
    });

    // each entry stored once, in file order, with one item and one automatic decision
    const positions = await database.query<{ position: number }>(
      `SELECT position FROM statement_entry WHERE import_id = $1 ORDER BY id`,
      [first.statementId],
    );
    expect(positions.rows.map((row) => row.position)).toEqual(
      Array.from({ length: ENTRIES }, (_, index) => index + 1),
    );
    expect(
      await count(
        `SELECT count(*) FROM reconciliation_item i JOIN statement_entry e ON e.id = i.entry_id
          WHERE e.import_id = $1`,
        [first.statementId],
      ),
    ).toBe(ENTRIES);
    expect(
      await count(
        `SELECT count(*) FROM reconciliation_decision d
           JOIN reconciliation_item i ON i.id = d.item_id
           JOIN statement_entry e ON e.id = i.entry_id
          WHERE e.import_id = $1 AND d.action = 'AUTOMATIC'`,
        [first.statementId],
      ),
    ).toBe(ENTRIES);
    // every exception waits in suspense on a posting of its own
    expect(
      await count(
        `SELECT count(DISTINCT suspense_posting_id) FROM reconciliation_item i
           JOIN statement_entry e ON e.id = i.entry_id
          WHERE e.import_id = $1 AND i.status = 'EXCEPTION'`,
        [first.statementId],
      ),
    ).toBe(ENTRIES - PAID.length);
    // the balance check at commit leaves nothing behind
    expect(await count(`SELECT count(*) FROM posting_balance_pending`)).toBe(0);

    // the paid invoices, through the outbox
    for (const index of PAID) {
      const { id } = invoices.get(index)!;
      const type = index === HALF_PAID ? InvoicePartiallyPaid.type : EscrowFunded.type;
      await payments.waitForEvent(type, (payload) => payload['invoiceId'] === id);
    }

    // the ledger's bank account moved exactly as the statement says
    const ledger = await payments.ledger('EUR');
    expectBalanced(ledger);
    const bank = ledger.accounts.find((row) => row.account === 'BANK')!;
    const [check] = first.balanceCheck.statements;
    expect(bank.debits.amount).toBe(check.credits.amount);
    expect(bank.credits.amount).toBe(check.debits.amount);

    const again = await payments.upload('/statements', xml, 'application/xml');
    expect(again.status).toBe(201);
    expect(await readJson<ImportResult>(again)).toMatchObject({
      entries: ENTRIES,
      duplicates: ENTRIES,
      payments: 0,
      matched: 0,
      exceptions: 0,
    });
    expect(await payments.ledger('EUR')).toEqual(ledger);
  });
});
