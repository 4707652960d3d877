import { Money } from '@artbridge/money';
import { StatementFormat } from './statement-format.error';

/** Credit: money came into our account; debit: money left it. */
export type CreditDebit = 'CRDT' | 'DBIT';

/** ISO 20022 ChargeBearerType1Code: payer (DEBT), payee (CRED), shared (SHAR), per scheme (SLEV). */
export type ChargeBearer = 'DEBT' | 'CRED' | 'SHAR' | 'SLEV';

export interface StatementAccount {
  /** The IBAN when the bank gives one, else its own account id; part of every idempotency key. */
  readonly id: string;
  readonly iban?: string;
  readonly otherId?: string;
  readonly currency?: string;
  readonly ownerName?: string;
}

export type BalanceType = 'OPBD' | 'PRCD' | 'CLBD';

export interface StatementBalance {
  /** OPBD opening booked, PRCD previously closed booked (serves as opening), CLBD closing booked. */
  readonly type: BalanceType;
  /** As printed: never negative; an overdrawn balance has creditDebit DBIT. */
  readonly amount: Money;
  readonly creditDebit: CreditDebit;
  readonly date?: string;
}

export interface StatementCharge {
  readonly amount: Money;
  readonly creditDebit?: CreditDebit;
  /** true when the bank already took the charge out of the entry amount */
  readonly includedInAmount?: boolean;
  readonly bearer?: ChargeBearer;
  readonly type?: string;
}

/** One underlying payment of an entry (camt.053 NtryDtls/TxDtls; a CSV row has exactly one). */
export interface TransactionDetails {
  /** 1-based position within the entry */
  readonly index: number;
  readonly amount?: Money;
  readonly creditDebit?: CreditDebit;
  /** The payer's end-to-end id; the placeholder NOTPROVIDED is dropped. */
  readonly endToEndId?: string;
  readonly instructionId?: string;
  readonly accountServicerReference?: string;
  /** Structured creditor reference (RmtInf/Strd/CdtrRefInf/Ref), e.g. an ISO 11649 RF reference. */
  readonly creditorReference?: string;
  /** SCOR for ISO 11649, or a bank-specific name such as "ISR Reference" */
  readonly creditorReferenceType?: string;
  /** Unstructured remittance lines (RmtInf/Ustrd), in order */
  readonly remittanceLines: readonly string[];
  readonly debtorName?: string;
  readonly debtorIban?: string;
  readonly chargeBearer?: ChargeBearer;
  readonly charges: readonly StatementCharge[];
  readonly returnReason?: string;
}

export type IdempotencyKeySource = 'BANK_REFERENCE' | 'CONTENT_HASH';

export interface StatementEntry {
  /** 1-based position within the statement */
  readonly index: number;
  /** Same value every time the same entry is imported; see idempotency-key.ts for the scheme. */
  readonly idempotencyKey: string;
  readonly idempotencyKeySource: IdempotencyKeySource;
  /** As printed: never negative; the direction is creditDebit. */
  readonly amount: Money;
  readonly creditDebit: CreditDebit;
  /** RvslInd: the bank reverses an earlier entry (e.g. a direct debit returned) */
  readonly reversal: boolean;
  /** BOOK, PDNG or INFO; only booked entries move the booked balance */
  readonly status: string;
  /** YYYY-MM-DD; for a date-time the date as the bank wrote it (its local date) */
  readonly bookingDate?: string;
  readonly bookingDateTime?: string;
  readonly valueDate?: string;
  readonly accountServicerReference?: string;
  readonly entryReference?: string;
  /** Domain/family/sub-family, e.g. PMNT/RCDT/AUTT, or the proprietary code */
  readonly bankTransactionCode?: string;
  readonly additionalInfo?: string;
  /** Btch/NbOfTxs as declared; may exceed transactions.length (banks omit details) */
  readonly declaredTransactionCount?: number;
  readonly charges: readonly StatementCharge[];
  readonly transactions: readonly TransactionDetails[];
}

export type BalanceCheck =
  | {
      readonly status: 'BALANCED';
      readonly opening: Money;
      readonly credits: Money;
      readonly debits: Money;
      readonly closing: Money;
    }
  | {
      readonly status: 'MISMATCH';
      readonly opening: Money;
      readonly credits: Money;
      readonly debits: Money;
      readonly closing: Money;
      /** opening + credits - debits */
      readonly expectedClosing: Money;
      /** closing - expectedClosing */
      readonly difference: Money;
    }
  | { readonly status: 'NOT_CHECKED'; readonly reason: string };

export interface ParsedStatement {
  readonly statementId: string;
  readonly account: StatementAccount;
  /** Account currency, else the balances', else the first entry's; absent for an empty statement */
  readonly currency?: string;
  readonly createdAt?: string;
  readonly fromDateTime?: string;
  readonly toDateTime?: string;
  /** OPBD, else PRCD */
  readonly openingBalance?: StatementBalance;
  readonly closingBalance?: StatementBalance;
  readonly entries: readonly StatementEntry[];
  /** Signed balances: opening + credits - debits must equal closing (booked entries only). */
  readonly balanceCheck: BalanceCheck;
}

/** What both statement parsers (camt.053 and CSV) produce. */
export interface ParsedStatementFile {
  readonly format: StatementFormat;
  /** camt.053 message version, e.g. "001.04" */
  readonly version?: string;
  readonly messageId?: string;
  readonly statements: readonly ParsedStatement[];
}
