import {
  EscrowFunded,
  InvoiceIssued,
  IssueInvoice,
  IssueInvoiceV1,
  MoneyDto,
} from '@artbridge/contracts';
import { TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { invoiceAmounts, invoiceReference } from '../src/invoices/domain/invoice';
import { CommandOrigin, InvoiceLifecycleService } from '../src/invoices/invoice-lifecycle.service';
import {
  InvoiceToIssue,
  NUMBER_DIGITS,
  REFERENCE_OF_DIGITS,
  issueInvoice,
} from '../src/invoices/issue-invoice';
import { PaymentsHarness, expectBalanced } from './support';

const money = (amount: string, currency = 'EUR') => ({ amount, currency });

function issueCommand(): IssueInvoiceV1 {
  return {
    shipmentId: randomUUID(),
    exporterId: 'exporter1',
    buyer: { name: 'Kunsthandel Weiss GmbH', country: 'DE', address: 'Berlin' },
    lines: [
      { kind: 'PRICE', description: 'bronze, cast 1931', amount: money('2000.00') },
      { kind: 'INSURANCE', description: 'nail to nail', amount: money('40.00') },
      { kind: 'DUTY', description: 'import duty', amount: money('20.00') },
      { kind: 'VAT', description: 'import VAT', amount: money('100.00') },
    ],
    dueAt: '2026-06-30T00:00:00.000Z',
  } as IssueInvoiceV1;
}

/**
 * The saga's money commands write in as few round trips as possible (each costs more CPU than
 * the statement itself): issuing an invoice is one statement, releasing escrow two (the locked
 * read, then the change with its postings). Counted here, with what they write.
 */
describe('payments: the writes of the saga commands (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;
  let dataSource: DataSource;
  let lifecycle: InvoiceLifecycleService;
  const origin: CommandOrigin = { source: 'logistics (test)', correlationId: randomUUID() };

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
    dataSource = payments.service.app.get(DataSource);
    lifecycle = payments.service.app.get(InvoiceLifecycleService);
  });
  afterAll(() => context.cleanup());

  /**
   * Runs `work` in a transaction of its own and counts the statements it sends; also tells how
   * many postings the database's balance check (at commit) has been given to check.
   */
  async function counted<T>(
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<{ result: T; statements: string[]; toCheck: number }> {
    const statements: string[] = [];
    let toCheck = 0;
    const result = await dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner!;
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        statements.push(sql);
        return (query as (...args: unknown[]) => unknown)(sql, ...rest);
      }) as typeof runner.query;
      let done: T;
      try {
        done = await work(manager);
      } finally {
        runner.query = query;
      }
      // postings written by a CTE reach the deferred balance check like any other insert
      const [{ postings }] = await manager.query(
        `SELECT coalesce(sum(cardinality(posting_ids)), 0)::int AS postings
           FROM posting_balance_pending`,
      );
      toCheck = postings;
      return done;
    });
    return { result, statements, toCheck };
  }

  const lastNumber = async () =>
    (await dataSource.query(`SELECT last_value::text AS n FROM invoice_number_seq`))[0].n;

  it('the reference made in SQL is invoiceReference of the number, short and long numbers alike', async () => {
    const numbers = [
      ...Array.from({ length: 3000 }, (_, index) => BigInt(index + 1)),
      99_999_999n,
      100_000_000n,
      123_456_789_012n,
      9_223_372_036_854_775_807n,
    ];
    const rows: { number: string; reference: string }[] = await dataSource.query(
      `SELECT number::text AS number, ${REFERENCE_OF_DIGITS} AS reference
         FROM unnest($1::bigint[]) AS number, ${NUMBER_DIGITS} AS digits`,
      [numbers.map(String)],
    );
    expect(rows).toHaveLength(numbers.length);
    for (const row of rows) expect(row.reference).toBe(invoiceReference(BigInt(row.number)));
  });

  it('IssueInvoice: invoice, lines and issue posting in one statement; again: one statement, nothing written, no number used', async () => {
    const command = issueCommand();
    const first = await counted((manager) => lifecycle.issue(manager, command, origin));
    expect(first.statements).toHaveLength(1);
    expect(first.toCheck).toBe(1);
    expect(first.result).toHaveLength(1);
    const { invoiceId, reference } = first.result[0].payload as {
      invoiceId: string;
      reference: string;
    };
    const [invoice] = await dataSource.query(
      `SELECT number::text AS number, reference, status, escrow_status, total_minor::text AS total
         FROM invoice WHERE id = $1`,
      [invoiceId],
    );
    expect(invoice).toMatchObject({
      reference,
      status: 'OPEN',
      escrow_status: 'AWAITING_FUNDS',
      total: '216000',
    });
    expect(reference).toBe(invoiceReference(BigInt(invoice.number)));
    expect(
      await dataSource.query(
        `SELECT position, kind, description, amount_minor::text AS minor, amount_currency AS currency
           FROM invoice_line WHERE invoice_id = $1 ORDER BY position`,
        [invoiceId],
      ),
    ).toEqual(
      command.lines.map((line, position) => ({
        position,
        kind: line.kind,
        description: line.description,
        minor: String(Number(line.amount.amount) * 100),
        currency: 'EUR',
      })),
    );
    const postings = await dataSource.query(
      `SELECT p.kind, p.recorded_by, count(l.*)::int AS lines,
              sum(l.amount_minor) FILTER (WHERE l.side = 'DEBIT')::text AS debits,
              sum(l.amount_minor) FILTER (WHERE l.side = 'CREDIT')::text AS credits
         FROM posting p JOIN posting_line l ON l.posting_id = p.id
        WHERE p.invoice_id = $1 GROUP BY p.id`,
      [invoiceId],
    );
    expect(postings).toEqual([
      {
        kind: 'INVOICE_ISSUED',
        recorded_by: origin.source,
        lines: expect.any(Number),
        debits: '216000',
        credits: '216000',
      },
    ]);

    const numberBefore = await lastNumber();
    const again = await counted((manager) => lifecycle.issue(manager, command, origin));
    expect(again.statements).toHaveLength(1);
    expect(again.toCheck).toBe(0);
    expect(again.result).toEqual([]);
    expect(await lastNumber()).toBe(numberBefore);
    const [{ invoices, postingsNow }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM invoice WHERE shipment_id = $1) AS invoices,
              (SELECT count(*)::int FROM posting WHERE invoice_id = $2) AS "postingsNow"`,
      [command.shipmentId, invoiceId],
    );
    expect({ invoices, postingsNow }).toEqual({ invoices: 1, postingsNow: 1 });
  });

  it('two issues of one invoice racing: the second waits on the unique key, then writes nothing', async () => {
    const command = issueCommand();
    const lines = command.lines.map((line) => ({
      kind: line.kind,
      description: line.description,
      amount: MoneyDto.toMoney(line.amount),
    }));
    const toIssue: InvoiceToIssue = {
      kind: 'SHIPMENT',
      shipmentId: command.shipmentId,
      declarationId: null,
      exporterId: command.exporterId,
      buyer: command.buyer,
      amounts: invoiceAmounts(lines),
      lines,
      dueAt: new Date(command.dueAt),
      correlationId: origin.correlationId,
      source: origin.source,
      now: new Date(),
    };
    let commitFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstWritten!: () => void;
    const written = new Promise<void>((resolve) => (firstWritten = resolve));
    const first = dataSource.transaction(async (manager) => {
      const result = await issueInvoice(manager, toIssue);
      firstWritten();
      await firstMayCommit;
      return result;
    });
    await written;
    const second = dataSource.transaction((manager) => issueInvoice(manager, toIssue));
    // the second has not seen the first (not committed) and waits on the unique key
    await waitFor('the second issue to wait on the first', async () => {
      const [{ waiting }] = await dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting > 0;
    });
    commitFirst();
    const [won, lost] = await Promise.all([first, second]);
    expect(won).toMatchObject({ issued: true });
    expect(lost).toEqual({ issued: false, existingId: null });
    const [{ invoices, postings, lineRows }] = await dataSource.query(
      `SELECT count(DISTINCT i.id)::int AS invoices, count(DISTINCT p.id)::int AS postings,
              (SELECT count(*)::int FROM invoice_line l
                 JOIN invoice i ON i.id = l.invoice_id WHERE i.shipment_id = $1) AS "lineRows"
         FROM invoice i JOIN posting p ON p.invoice_id = i.id WHERE i.shipment_id = $1`,
      [command.shipmentId],
    );
    expect({ invoices, postings, lineRows }).toEqual({
      invoices: 1,
      postings: 1,
      lineRows: command.lines.length,
    });
  });

  it('ReleaseEscrow: the locked read and one write with its posting; again: the read only, nothing written', async () => {
    const command = issueCommand();
    await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    await payments.importCsv([
      `2026-06-01,2160.00,EUR,${String(issued.payload['reference'])},Kunsthandel Weiss,`,
    ]);
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === issued.subject);

    const release = await counted((manager) =>
      lifecycle.release(manager, command.shipmentId, origin),
    );
    expect(release.statements).toHaveLength(2);
    expect(release.statements[0]).toMatch(/FOR UPDATE/);
    expect(release.toCheck).toBe(1);
    expect(release.result).toHaveLength(1);
    expect(release.result[0].payload).toMatchObject({
      invoiceId: issued.subject,
      amount: money('2040.00'),
    });
    const [invoice] = await dataSource.query(
      `SELECT status, escrow_status, escrow->>'status' AS escrow FROM invoice WHERE id = $1`,
      [issued.subject],
    );
    expect(invoice).toEqual({ status: 'PAID', escrow_status: 'RELEASED', escrow: 'RELEASED' });

    const again = await counted((manager) =>
      lifecycle.release(manager, command.shipmentId, origin),
    );
    expect(again.statements).toHaveLength(1);
    expect(again.toCheck).toBe(0);
    expect(again.result).toEqual([]);
    const released = await dataSource.query(
      `SELECT p.recorded_by FROM posting p WHERE p.invoice_id = $1 AND p.kind = 'ESCROW_RELEASED'`,
      [issued.subject],
    );
    expect(released).toEqual([{ recorded_by: origin.source }]);
    expectBalanced(await payments.ledger());
  });
});
