import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { BulkColumn, StatementPipeline, columnArrays, insertStatement } from '../shared/sql';
import { ACCOUNT_KEYS, AccountKey, normalSide } from './domain/chart-of-accounts';
import {
  Posting,
  PostingKind,
  PostingLine,
  RecordedPosting,
  Side,
  assertBalanced,
} from './domain/posting';

interface PostingRow {
  readonly posting: RecordedPosting;
  readonly recordedBy: string;
}

interface LineRow {
  readonly postingId: string;
  readonly position: number;
  readonly line: PostingLine;
}

const POSTING_COLUMNS: readonly BulkColumn<PostingRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.posting.id },
  { name: 'kind', type: 'text', value: (r) => r.posting.kind },
  { name: 'invoice_id', type: 'uuid', value: (r) => r.posting.invoiceId },
  { name: 'entry_id', type: 'text', value: (r) => r.posting.entryId },
  { name: 'reverses', type: 'uuid', value: (r) => r.posting.reverses },
  { name: 'memo', type: 'text', value: (r) => r.posting.memo },
  { name: 'recorded_by', type: 'text', value: (r) => r.recordedBy },
];

const LINE_COLUMNS: readonly BulkColumn<LineRow>[] = [
  { name: 'posting_id', type: 'uuid', value: (r) => r.postingId },
  { name: 'position', type: 'smallint', value: (r) => r.position },
  { name: 'account', type: 'text', value: (r) => r.line.account },
  { name: 'side', type: 'text', value: (r) => r.line.side },
  { name: 'amount_minor', type: 'bigint', value: (r) => r.line.amount.minor },
  { name: 'amount_currency', type: 'text', value: (r) => r.line.amount.currency },
];

/** Checks each posting balances (here in memory; the database checks again at commit) and ids it. */
function recordable(postings: readonly (Posting & { readonly id?: string })[]): RecordedPosting[] {
  return postings.map((posting) => {
    assertBalanced(posting);
    // an id given beforehand lets other rows of the same transaction point at the posting
    return { ...posting, id: posting.id ?? uuidv7() };
  });
}

const postingRows = (recorded: readonly RecordedPosting[], recordedBy: string): PostingRow[] =>
  recorded.map((posting) => ({ posting, recordedBy }));

const lineRows = (recorded: readonly RecordedPosting[]): LineRow[] =>
  recorded.flatMap((posting) =>
    posting.lines.map((line, position) => ({ postingId: posting.id, position, line })),
  );

/**
 * Queues postings for writing in the pipeline's transaction, many per statement (an import of a
 * large camt.053 books one or more per entry). Each is checked to balance first, here in memory;
 * the database checks again at commit and refuses any UPDATE or DELETE.
 */
export function queuePostings(
  pipeline: StatementPipeline,
  postings: readonly (Posting & { readonly id?: string })[],
  recordedBy: string,
): RecordedPosting[] {
  const recorded = recordable(postings);
  void pipeline.insert('posting', POSTING_COLUMNS, postingRows(recorded, recordedBy));
  void pipeline.insert('posting_line', LINE_COLUMNS, lineRows(recorded));
  return recorded;
}

/** Postings as part of a larger statement: see postingInserts. */
export interface PostingInserts {
  /** `posting_rows AS (INSERT ...), posting_line_rows AS (INSERT ...)`, for a WITH clause */
  readonly ctes: string;
  /** the parameters the CTEs number from `first`, in order */
  readonly parameters: string[];
  readonly recorded: RecordedPosting[];
}

/**
 * The postings as two data-modifying CTEs of the statement that makes the change they book, so
 * that a saga command writes its change and its postings in one round trip (each costs a
 * socket write and a wake-up on both sides, more than these inserts). Checked to balance as
 * queuePostings does. The statement text does not depend on how many postings there are (each
 * column is one array), so it is prepared once. `suffix` goes after both inserts' FROM, e.g.
 * `WHERE EXISTS (SELECT FROM issued)` to book only if the change was made.
 */
export function postingInserts(
  postings: readonly (Posting & { readonly id?: string })[],
  recordedBy: string,
  first: number,
  suffix = '',
): PostingInserts {
  const recorded = recordable(postings);
  const linesFirst = first + POSTING_COLUMNS.length;
  return {
    ctes:
      `posting_rows AS (${insertStatement('posting', POSTING_COLUMNS, suffix, first)}), ` +
      `posting_line_rows AS (${insertStatement('posting_line', LINE_COLUMNS, suffix, linesFirst)})`,
    parameters: [
      ...columnArrays(POSTING_COLUMNS, postingRows(recorded, recordedBy)),
      ...columnArrays(LINE_COLUMNS, lineRows(recorded)),
    ],
    recorded,
  };
}

/** Writes postings in the caller's transaction (see queuePostings). */
export async function recordPostings(
  manager: EntityManager,
  postings: readonly (Posting & { readonly id?: string })[],
  recordedBy: string,
): Promise<RecordedPosting[]> {
  const pipeline = new StatementPipeline(manager);
  try {
    const recorded = queuePostings(pipeline, postings, recordedBy);
    await pipeline.drain();
    return recorded;
  } finally {
    await pipeline.settle();
  }
}

interface StoredPostingRow {
  id: string;
  kind: PostingKind;
  invoice_id: string | null;
  entry_id: string | null;
  reverses: string | null;
  memo: string;
  lines: { account: AccountKey; side: Side; minor: string; currency: string }[];
}

/**
 * Postings as recorded, for reversals and payouts; by id, or the ones of an invoice (of a kind),
 * or of several invoices, oldest first.
 */
export async function loadPostings(
  manager: EntityManager,
  where:
    { id: string } | { invoiceId: string; kind?: PostingKind } | { invoiceIds: readonly string[] },
): Promise<RecordedPosting[]> {
  const [condition, parameters] =
    'id' in where
      ? ['p.id = $1', [where.id]]
      : 'invoiceIds' in where
        ? ['p.invoice_id = ANY($1::uuid[])', [where.invoiceIds]]
        : where.kind === undefined
          ? ['p.invoice_id = $1', [where.invoiceId]]
          : ['p.invoice_id = $1 AND p.kind = $2', [where.invoiceId, where.kind]];
  const rows: StoredPostingRow[] = await manager.query(
    `SELECT p.id, p.kind, p.invoice_id, p.entry_id, p.reverses, p.memo,
            json_agg(json_build_object('account', l.account, 'side', l.side,
                     'minor', l.amount_minor::text, 'currency', l.amount_currency)
                     ORDER BY l.position) AS lines
       FROM posting p JOIN posting_line l ON l.posting_id = p.id
      WHERE ${condition}
      GROUP BY p.id ORDER BY p.id`,
    parameters,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...(row.invoice_id !== null && { invoiceId: row.invoice_id }),
    ...(row.entry_id !== null && { entryId: row.entry_id }),
    ...(row.reverses !== null && { reverses: row.reverses }),
    memo: row.memo,
    lines: row.lines.map((line) => ({
      account: line.account,
      side: line.side,
      amount: { minor: BigInt(line.minor), currency: line.currency },
    })),
  }));
}

export interface LedgerAccountBalance {
  readonly account: AccountKey;
  readonly currency: string;
  readonly debits: bigint;
  readonly credits: bigint;
  /** on the account's normal side */
  readonly balance: bigint;
}

export interface LedgerCurrencyTotal {
  readonly currency: string;
  readonly debits: bigint;
  readonly credits: bigint;
}

/** Sums per account and currency, in chart order; computed by the database, exact (numeric). */
export async function ledgerBalances(
  manager: EntityManager,
  currency?: string,
): Promise<{ accounts: LedgerAccountBalance[]; totals: LedgerCurrencyTotal[] }> {
  const rows: { account: AccountKey; currency: string; debits: string; credits: string }[] =
    await manager.query(
      `SELECT account, amount_currency AS currency,
              coalesce(sum(amount_minor) FILTER (WHERE side = 'DEBIT'), 0)::text AS debits,
              coalesce(sum(amount_minor) FILTER (WHERE side = 'CREDIT'), 0)::text AS credits
         FROM posting_line
        WHERE $1::text IS NULL OR amount_currency = $1
        GROUP BY account, amount_currency`,
      [currency ?? null],
    );
  const order = (account: AccountKey) => ACCOUNT_KEYS.indexOf(account);
  const accounts = rows
    .map((row) => {
      const debits = BigInt(row.debits);
      const credits = BigInt(row.credits);
      return {
        account: row.account,
        currency: row.currency,
        debits,
        credits,
        balance: normalSide(row.account) === 'DEBIT' ? debits - credits : credits - debits,
      };
    })
    .sort((a, b) => order(a.account) - order(b.account) || a.currency.localeCompare(b.currency));
  const totals = new Map<string, { debits: bigint; credits: bigint }>();
  for (const row of accounts) {
    const total = totals.get(row.currency) ?? { debits: 0n, credits: 0n };
    total.debits += row.debits;
    total.credits += row.credits;
    totals.set(row.currency, total);
  }
  return {
    accounts,
    totals: [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, total]) => ({ currency: code, ...total })),
  };
}
