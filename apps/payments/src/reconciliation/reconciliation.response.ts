import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto } from '@artbridge/contracts';
import type { CreditDebit } from '../statements/domain/statement.types';
import type { ReconciliationRule } from './domain/reconciliation.types';
import type { DecisionAction, ReconciliationItemStatus } from './reconciliation.entity';

/** Who paid, as the bank reported it. */
export class ReconciliationPayerResponse {
  name!: string | null;
  iban!: string | null;
}

/** A payment in the reconciliation queue and where reconciliation stands with it. */
export class ReconciliationItemResponse {
  /** What the match and dismiss routes take. */
  entryId!: string;
  /** The bank statement entry the payment came from. */
  statementEntryId!: string;
  /** Of a payment that is one transaction of a batch entry: its 1-based position in the entry. */
  @ApiInteger()
  transaction?: number;
  amount!: MoneyDto;
  /** CRDT: money came into our account; DBIT: money left it. */
  creditDebit!: CreditDebit;
  /** The bank reverses an earlier entry (e.g. a direct debit returned). */
  reversal!: boolean;
  /** YYYY-MM-DD, as the bank booked it */
  bookingDate!: string | null;
  /** Structured creditor reference first, then end-to-end id. */
  references!: string[];
  /** Unstructured remittance information. */
  remittanceText!: string | null;
  payer!: ReconciliationPayerResponse;
  status!: ReconciliationItemStatus;
  /** The rule of the latest decision (RULES.md section 8). */
  rule!: ReconciliationRule;
  /** The invoice the payment was applied or suggested to. */
  invoiceId!: string | null;
  explanation!: string;
  /** Who took the latest decision: the importer of the statement, or the person who acted. */
  decidedBy!: string;
  /** ISO 8601 date-time (UTC) */
  decidedAt!: string;
}

/** One decision on a payment, automatic or by a person. */
export class ReconciliationDecisionResponse {
  action!: DecisionAction;
  rule!: ReconciliationRule;
  status!: ReconciliationItemStatus;
  invoiceId!: string | null;
  /** Money from this payment applied to the invoice, when some was. */
  applied?: MoneyDto;
  /** REC-FEE: the shortfall written off to bank fees. */
  fee?: MoneyDto;
  /** REC-OVER: what was paid beyond the open amount, owed back to the payer. */
  excess?: MoneyDto;
  /** REC-PARTIAL: what stays open on the invoice. */
  remaining?: MoneyDto;
  explanation!: string;
  /** Why a person dismissed the payment. */
  reason!: string | null;
  decidedBy!: string;
  /** ISO 8601 date-time (UTC) */
  decidedAt!: string;
}

/** A payment with every decision taken on it, oldest first. */
export class ReconciliationItemDetailResponse extends ReconciliationItemResponse {
  decisions!: ReconciliationDecisionResponse[];
}

/** One page of the reconciliation queue, oldest decision first. */
export class ReconciliationPageResponse {
  items!: ReconciliationItemResponse[];
  /** How many payments match, on every page. */
  @ApiInteger()
  total!: number;
}
