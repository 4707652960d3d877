import { Money, parseMoney } from '@artbridge/money';
import { isIsoDate } from '../../shared/domain/iso-date';
import { checkBalances } from './balance-check';
import { idempotencyKeysFor } from './idempotency-key';
import { StatementFormatError } from './statement-format.error';
import {
  BalanceType,
  ChargeBearer,
  CreditDebit,
  ParsedStatement,
  ParsedStatementFile,
  StatementAccount,
  StatementBalance,
  StatementCharge,
  StatementEntry,
  TransactionDetails,
} from './statement.types';
import { XmlElement, XmlNode } from './xml-element';
import { StreamedPathStep, readXml } from './xml-reader';

/**
 * ISO 20022 camt.053 (bank-to-customer statement), message versions 001.02 to 001.08.
 *
 * The versions differ in details this parser absorbs: entry status is text up to 001.06 and
 * Sts/Cd from 001.07; transaction amounts sit in AmtDtls/TxAmt in 001.02 and in TxDtls/Amt
 * later; charges are repeated Chrgs elements in 001.02 and Chrgs/Rcrd later; the debtor is
 * Dbtr/Nm up to 001.07 and Dbtr/Pty/Nm in 001.08. Namespace prefixes are stripped, so
 * `<ns2:Document xmlns:ns2=...>` reads like `<Document xmlns=...>`.
 *
 * All or nothing: any problem (malformed XML, unsupported version, an amount with more decimals
 * than its currency has, an unknown currency) throws a StatementFormatError naming the element.
 *
 * The document is read in one streaming pass (xml-reader.ts): each <Ntry> is parsed as soon as
 * it is read and its element tree dropped, so a 100,000-entry statement never becomes one tree.
 * A problem found in an entry is kept until the whole document has proved well-formed and the
 * statement around the entry has been read, so the error reported is the one a reading from the
 * top would meet first: syntax before content, the statement's own elements before its entries.
 */

export const SUPPORTED_CAMT053_VERSIONS = [
  '001.02',
  '001.03',
  '001.04',
  '001.05',
  '001.06',
  '001.07',
  '001.08',
];

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.(\d{3}\.\d{2})$/;
const ROOT_START_TAG = /<(?:([A-Za-z_][\w.-]*):)?Document(?=[\s/>])([^>]*)>/;
const NAMESPACE_DECLARATION = /\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])(.*?)\2/g;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const NOT_PROVIDED = 'NOTPROVIDED';
const CHARGE_BEARERS: ReadonlySet<string> = new Set(['DEBT', 'CRED', 'SHAR', 'SLEV']);

/** The entries, parsed as they stream past (see parseCamt053). */
const ENTRY_PATH: readonly StreamedPathStep[] = [
  { name: 'Document' },
  { name: 'BkToCstmrStmt' },
  { name: 'Stmt', repeated: true },
  { name: 'Ntry', repeated: true },
];

type EntryWithoutKey = Omit<StatementEntry, 'idempotencyKey' | 'idempotencyKeySource'>;

/** An entry parsed ahead of its turn: what it gave, or what it threw, to be thrown in turn. */
type ParsedAhead = { readonly entry: EntryWithoutKey } | { readonly error: unknown };

export function parseCamt053(xml: string): ParsedStatementFile {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const root = locateRoot(text);
  const version = versionOf(root);

  const entriesAhead = new Map<XmlNode, ParsedAhead>();
  const top = readXml(text, {
    streamedPath: ENTRY_PATH,
    onElement: (entry, position) => {
      try {
        entriesAhead.set(entry.node, { entry: parseEntry(entry, position!) });
      } catch (error) {
        entriesAhead.set(entry.node, { error });
      }
    },
  });
  const topLevel = top.childNames();
  if (topLevel.length !== 1 || topLevel[0] !== 'Document') {
    throw new StatementFormatError(
      `the document must have exactly one root element, <Document>; found ${topLevel.map((name) => `<${name}>`).join(', ') || 'none'}`,
      { format: 'camt.053', path: '/' },
    );
  }
  const document = top.requiredChild('Document');
  const message = document.child('BkToCstmrStmt');
  if (!message) {
    throw document.error(
      'required element <BkToCstmrStmt> is missing: not a bank-to-customer statement',
    );
  }
  const statements = message.children('Stmt');
  if (statements.length === 0) throw message.error('the message contains no <Stmt>');

  const entryOf = (entry: XmlElement, index: number): EntryWithoutKey => {
    const ahead = entriesAhead.get(entry.node);
    if (!ahead) return parseEntry(entry, index);
    if ('error' in ahead) throw ahead.error;
    return ahead.entry;
  };

  return {
    format: 'camt.053',
    version,
    messageId: message.textAt('GrpHdr', 'MsgId'),
    statements: statements.map((statement) => parseStatement(statement, entryOf)),
  };
}

interface RootElement {
  readonly index: number;
  readonly prefix?: string;
  readonly attributes: string;
}

function locateRoot(xml: string): RootElement {
  const rootTag = ROOT_START_TAG.exec(xml);
  if (!rootTag) {
    // not even a <Document> tag: let the XML reader say what is wrong if it can
    readXml(xml);
    throw new StatementFormatError('no <Document> root element', { format: 'camt.053', path: '/' });
  }
  return { index: rootTag.index, prefix: rootTag[1], attributes: rootTag[2] };
}

function versionOf(root: RootElement): string {
  let namespace: string | undefined;
  for (const declaration of root.attributes.matchAll(NAMESPACE_DECLARATION)) {
    if (declaration[1] === root.prefix) namespace = declaration[3];
  }
  const location = { format: 'camt.053' as const, path: '/Document' };
  if (namespace === undefined) {
    throw new StatementFormatError(
      'the <Document> element declares no namespace, so the camt.053 version is unknown',
      location,
    );
  }
  const match = NAMESPACE.exec(namespace);
  if (!match) {
    throw new StatementFormatError(`namespace '${namespace}' is not a camt.053 message`, location);
  }
  const version = match[1];
  if (!SUPPORTED_CAMT053_VERSIONS.includes(version)) {
    throw new StatementFormatError(
      `camt.053.${version} is not supported (supported: ${SUPPORTED_CAMT053_VERSIONS[0]} to ${SUPPORTED_CAMT053_VERSIONS.at(-1)})`,
      location,
    );
  }
  return version;
}

function parseStatement(
  statement: XmlElement,
  entryOf: (entry: XmlElement, index: number) => EntryWithoutKey,
): ParsedStatement {
  const statementId = statement.requiredTextOf('Id');
  const account = parseAccount(statement.requiredChild('Acct'));

  const balances = statement.children('Bal').flatMap((balance) => parseBalance(balance) ?? []);
  const openingBalance =
    balances.find((balance) => balance.type === 'OPBD') ??
    balances.find((balance) => balance.type === 'PRCD');
  const closingBalance = balances.find((balance) => balance.type === 'CLBD');

  const parsedEntries = statement
    .children('Ntry')
    .map((entry, position) => entryOf(entry, position + 1));
  const keys = idempotencyKeysFor(
    parsedEntries.map((entry) => ({
      account: account.id,
      statementId,
      bankReference: entry.accountServicerReference ?? entry.entryReference,
      bookingDate: entry.bookingDate,
      amount: entry.amount,
      creditDebit: entry.creditDebit,
      paymentReference: paymentReferenceOf(entry),
      status: entry.status,
    })),
  );
  const entries: StatementEntry[] = parsedEntries.map((entry, position) => ({
    ...entry,
    idempotencyKey: keys[position].key,
    idempotencyKeySource: keys[position].source,
  }));

  return {
    statementId,
    account,
    currency:
      account.currency ??
      openingBalance?.amount.currency ??
      closingBalance?.amount.currency ??
      entries[0]?.amount.currency,
    createdAt: statement.textOf('CreDtTm'),
    fromDateTime: statement.textAt('FrToDt', 'FrDtTm'),
    toDateTime: statement.textAt('FrToDt', 'ToDtTm'),
    openingBalance,
    closingBalance,
    entries,
    balanceCheck: checkBalances(openingBalance, closingBalance, entries),
  };
}

function parseAccount(account: XmlElement): StatementAccount {
  const id = account.requiredChild('Id');
  const iban = id.textOf('IBAN')?.replace(/\s+/g, '').toUpperCase();
  const otherId = id.textAt('Othr', 'Id');
  const accountId = iban ?? otherId;
  if (!accountId) throw id.error('the account has neither <IBAN> nor <Othr><Id>');
  const currency = account.textOf('Ccy');
  return {
    id: accountId,
    iban,
    otherId,
    currency,
    ownerName: account.textAt('Ownr', 'Nm'),
  };
}

/** Only the booked opening and closing balances matter here; other types (ITBD, CLAV...) are skipped. */
function parseBalance(balance: XmlElement): StatementBalance | undefined {
  const code = balance.at('Tp', 'CdOrPrtry', 'Cd')?.text();
  if (code !== 'OPBD' && code !== 'PRCD' && code !== 'CLBD') return undefined;
  const type: BalanceType = code;
  return {
    type,
    amount: requiredAmount(balance, 'Amt'),
    creditDebit: creditDebitOf(balance),
    date: optionalDate(balance.child('Dt'))?.date,
  };
}

function parseEntry(entry: XmlElement, index: number): EntryWithoutKey {
  const amount = requiredAmount(entry, 'Amt');
  const booking = optionalDate(entry.child('BookgDt'));
  const value = optionalDate(entry.child('ValDt'));
  const details = entry.children('NtryDtls');
  const declaredCounts = details.flatMap((detail) => {
    const count = detail.at('Btch', 'NbOfTxs');
    return count === undefined ? [] : [wholeNumber(count)];
  });

  return {
    index,
    amount,
    creditDebit: creditDebitOf(entry),
    reversal: booleanOf(entry, 'RvslInd'),
    status: entryStatus(entry),
    bookingDate: booking?.date,
    bookingDateTime: booking?.dateTime,
    valueDate: value?.date,
    accountServicerReference: entry.textOf('AcctSvcrRef'),
    entryReference: entry.textOf('NtryRef'),
    bankTransactionCode: bankTransactionCode(entry.child('BkTxCd')),
    additionalInfo: entry.textOf('AddtlNtryInf'),
    declaredTransactionCount:
      declaredCounts.length > 0 ? declaredCounts.reduce((a, b) => a + b, 0) : undefined,
    charges: parseCharges(entry),
    transactions: details
      .flatMap((detail) => detail.children('TxDtls'))
      .map((transaction, position) => parseTransaction(transaction, position + 1)),
  };
}

function parseTransaction(transaction: XmlElement, index: number): TransactionDetails {
  const refs = transaction.child('Refs');
  const endToEndId = refs?.textOf('EndToEndId');
  const amountElement = transaction.has('Amt')
    ? transaction
    : (transaction.at('AmtDtls', 'TxAmt') ?? transaction.at('AmtDtls', 'InstdAmt'));
  const parties = transaction.child('RltdPties');
  const debtor = parties?.child('Dbtr');
  const remittance = transaction.children('RmtInf');
  const creditorReference = remittance
    .flatMap((info) => info.children('Strd'))
    .map((structured) => structured.child('CdtrRefInf'))
    .find((reference) => reference?.textOf('Ref') !== undefined);
  const charges = parseCharges(transaction);

  return {
    index,
    amount: amountElement ? requiredAmount(amountElement, 'Amt') : undefined,
    creditDebit: transaction.has('CdtDbtInd') ? creditDebitOf(transaction) : undefined,
    endToEndId:
      endToEndId === undefined || endToEndId.toUpperCase() === NOT_PROVIDED
        ? undefined
        : endToEndId,
    instructionId: refs?.textOf('InstrId'),
    accountServicerReference: refs?.textOf('AcctSvcrRef'),
    creditorReference: creditorReference?.textOf('Ref'),
    creditorReferenceType:
      creditorReference?.textAt('Tp', 'CdOrPrtry', 'Cd') ??
      creditorReference?.textAt('Tp', 'CdOrPrtry', 'Prtry'),
    remittanceLines: remittance.flatMap((info) =>
      info.children('Ustrd').map((line) => line.text()),
    ),
    // Dbtr/Nm up to 001.07, Dbtr/Pty/Nm from 001.08
    debtorName: debtor?.textOf('Nm') ?? debtor?.textAt('Pty', 'Nm'),
    debtorIban: parties?.textAt('DbtrAcct', 'Id', 'IBAN')?.replace(/\s+/g, '').toUpperCase(),
    chargeBearer: charges.find((charge) => charge.bearer !== undefined)?.bearer,
    charges,
    returnReason:
      transaction.textAt('RtrInf', 'Rsn', 'Cd') ?? transaction.textAt('RtrInf', 'Rsn', 'Prtry'),
  };
}

/**
 * 001.02: repeated <Chrgs> elements, each one charge (ChargesInformation6);
 * 001.03 and later: one <Chrgs> holding <Rcrd> elements.
 */
function parseCharges(owner: XmlElement): StatementCharge[] {
  return owner.children('Chrgs').flatMap((charges) => {
    const records = charges.children('Rcrd');
    const list = records.length > 0 ? records : charges.has('Amt') ? [charges] : [];
    return list.map((record): StatementCharge => {
      const bearer = record.textOf('Br');
      if (bearer !== undefined && !CHARGE_BEARERS.has(bearer)) {
        throw record
          .requiredChild('Br')
          .error(`charge bearer '${bearer}' is not one of DEBT, CRED, SHAR, SLEV`);
      }
      const included = record.textOf('ChrgInclInd');
      return {
        amount: requiredAmount(record, 'Amt'),
        creditDebit: record.has('CdtDbtInd') ? creditDebitOf(record) : undefined,
        includedInAmount: included === undefined ? undefined : booleanOf(record, 'ChrgInclInd'),
        bearer: bearer as ChargeBearer | undefined,
        type: record.textAt('Tp', 'Cd') ?? record.textAt('Tp', 'Prtry', 'Id'),
      };
    });
  });
}

/** camt amounts are unsigned decimals with a Ccy attribute; the sign is CdtDbtInd. */
function requiredAmount(owner: XmlElement, name: string): Money {
  const element = owner.requiredChild(name);
  const currency = element.attribute('Ccy');
  if (!currency) throw element.error('the amount has no Ccy attribute');
  const amount = element.text();
  if (amount.startsWith('-'))
    throw element.error(`amount '${amount}' is negative; camt.053 carries the sign in CdtDbtInd`);
  try {
    return parseMoney(amount, currency);
  } catch (error) {
    throw element.error(error instanceof Error ? error.message : String(error));
  }
}

function creditDebitOf(owner: XmlElement): CreditDebit {
  const indicator = owner.requiredTextOf('CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT') {
    throw owner
      .requiredChild('CdtDbtInd')
      .error(`CdtDbtInd must be CRDT or DBIT, not '${indicator}'`);
  }
  return indicator;
}

function booleanOf(owner: XmlElement, name: string): boolean {
  const text = owner.textOf(name);
  if (text === undefined || text === 'false' || text === '0') return false;
  if (text === 'true' || text === '1') return true;
  throw owner.requiredChild(name).error(`<${name}> must be true or false, not '${text}'`);
}

/** Up to 001.06 the status is text (BOOK); from 001.07 it is a choice, Sts/Cd or Sts/Prtry. */
function entryStatus(entry: XmlElement): string {
  const status = entry.requiredChild('Sts');
  const code =
    status.has('Cd') || status.has('Prtry')
      ? (status.textOf('Cd') ?? status.textOf('Prtry'))
      : status.text();
  if (!code) throw status.error('the entry status is empty');
  return code;
}

/** DateAndDateTimeChoice: <Dt>YYYY-MM-DD</Dt> or <DtTm>...</DtTm>; the date is kept as written. */
function optionalDate(
  choice: XmlElement | undefined,
): { date: string; dateTime?: string } | undefined {
  if (!choice) return undefined;
  const date = choice.textOf('Dt');
  if (date !== undefined) {
    if (!isIsoDate(date))
      throw choice.requiredChild('Dt').error(`'${date}' is not a date (YYYY-MM-DD)`);
    return { date };
  }
  const dateTime = choice.textOf('DtTm');
  if (dateTime !== undefined) {
    const match = DATE_TIME.exec(dateTime);
    if (!match || !isIsoDate(match[1]))
      throw choice.requiredChild('DtTm').error(`'${dateTime}' is not an ISO date-time`);
    return { date: match[1], dateTime };
  }
  throw choice.error('expected <Dt> or <DtTm>');
}

function bankTransactionCode(code: XmlElement | undefined): string | undefined {
  if (!code) return undefined;
  const domain = code.child('Domn');
  if (domain) {
    return [domain.textOf('Cd'), domain.textAt('Fmly', 'Cd'), domain.textAt('Fmly', 'SubFmlyCd')]
      .filter((part) => part !== undefined)
      .join('/');
  }
  return code.textAt('Prtry', 'Cd');
}

function wholeNumber(element: XmlElement): number {
  const text = element.text();
  if (!/^\d{1,15}$/.test(text)) throw element.error(`'${text}' is not a whole number`);
  return Number.parseInt(text, 10);
}

/** What the hash-based idempotency key uses as "reference" when the bank gave none of its own. */
function paymentReferenceOf(entry: EntryWithoutKey): string | undefined {
  for (const transaction of entry.transactions) {
    const reference =
      transaction.creditorReference ??
      transaction.endToEndId ??
      transaction.remittanceLines.join(' ');
    if (reference) return reference;
  }
  return entry.additionalInfo;
}
