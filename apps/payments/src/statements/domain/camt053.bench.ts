import { performance } from 'node:perf_hooks';
import { createCreditorReference } from '../../invoices/domain/creditor-reference';
import { parseCamt053 } from './camt053.parser';

/**
 * Parsing throughput (not a test): builds a camt.053.001.08 statement of `entryCount` entries in
 * memory (every entry a credit with one transaction detail, debtor, IBAN and RF reference, every
 * tenth a debit) and times parseCamt053 on it, including well-formedness check, balance check
 * and idempotency keys. Persistence is not part of this domain-only figure.
 */
export async function benchCamtParse(
  entryCount = 100_000,
): Promise<{ entriesPerSecond: number; entries: number; megabytes: number; milliseconds: number }> {
  const xml = generateCamt053(entryCount);
  const started = performance.now();
  const parsed = parseCamt053(xml);
  const milliseconds = performance.now() - started;

  const [statement] = parsed.statements;
  if (statement.entries.length !== entryCount || statement.balanceCheck.status !== 'BALANCED') {
    throw new Error(
      `benchmark statement parsed wrongly: ${statement.entries.length} entries, ${statement.balanceCheck.status}`,
    );
  }
  return {
    entriesPerSecond: Math.round((entryCount / milliseconds) * 1000),
    entries: entryCount,
    megabytes: Math.round(Buffer.byteLength(xml, 'utf8') / 1e5) / 10,
    milliseconds: Math.round(milliseconds),
  };
}

/** What a caller may set for one generated entry instead of the generated values. */
export interface GeneratedEntryOverride {
  readonly minor?: bigint;
  readonly reference?: string;
}

/**
 * The generated entries' amount and reference: for the import benchmark, which pays real
 * invoices with some of them. The statement's balances follow whatever the entries say.
 */
export function generatedEntryAmount(index: number): bigint {
  return BigInt(1000 + ((index * 7919) % 9_000_000));
}

export function generateCamt053(
  entryCount: number,
  override: (index: number) => GeneratedEntryOverride | undefined = () => undefined,
): string {
  const entries: string[] = [];
  let net = 0n;
  for (let index = 0; index < entryCount; index++) {
    const debit = index % 10 === 9;
    const given = override(index);
    const minor = given?.minor ?? generatedEntryAmount(index);
    net += debit ? -minor : minor;
    entries.push(entryXml(index, minor, debit, given?.reference));
  }
  const opening = 1_000_000_000n;
  const closing = opening + net;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
<BkToCstmrStmt>
<GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2026-04-14T06:00:00</CreDtTm></GrpHdr>
<Stmt>
<Id>BENCH-STMT-1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
${balanceXml('OPBD', opening)}
${balanceXml('CLBD', closing)}
${entries.join('\n')}
</Stmt>
</BkToCstmrStmt>
</Document>`;
}

function decimal(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function balanceXml(type: string, minor: bigint): string {
  const indicator = minor < 0n ? 'DBIT' : 'CRDT';
  const amount = decimal(minor < 0n ? -minor : minor);
  return `<Bal><Tp><CdOrPrtry><Cd>${type}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Dt><Dt>2026-04-13</Dt></Dt></Bal>`;
}

function entryXml(index: number, minor: bigint, debit: boolean, given?: string): string {
  const amount = decimal(minor);
  const indicator = debit ? 'DBIT' : 'CRDT';
  const reference = given ?? createCreditorReference(`INV${index}`);
  return `<Ntry>
<Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
<BookgDt><Dt>2026-04-13</Dt></BookgDt><ValDt><Dt>2026-04-13</Dt></ValDt>
<AcctSvcrRef>BANK-${index}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls>
<Refs><EndToEndId>${index % 3 === 0 ? 'NOTPROVIDED' : `E2E-${index}`}</EndToEndId></Refs>
<Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd>
<RltdPties><Dbtr><Pty><Nm>Buyer ${index % 5000}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>AT611904300234573201</IBAN></Id></DbtrAcct></RltdPties>
<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${reference}</Ref></CdtrRefInf></Strd></RmtInf>
</TxDtls></NtryDtls>
</Ntry>`;
}

// `npm run bench` runs this file directly; tests and other code only import the function.
if (require.main === module) {
  void benchCamtParse().then((result) => {
    const rate = result.entriesPerSecond;
    process.stdout.write(
      `camt.053 parse: 100,000 generated entries (in-process, parsing only): ${rate} entries/s (target ≥ 5000: ${rate >= 5000 ? 'met' : 'NOT met'})\n`,
    );
  });
}
