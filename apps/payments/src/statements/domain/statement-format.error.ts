export type StatementFormat = 'camt.053' | 'csv';

/** Where in the file a problem is. Numbers are 1-based, as a person counts them. */
export interface StatementErrorLocation {
  readonly format: StatementFormat;
  /** camt.053: XPath-like element path, e.g. Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt */
  readonly path?: string;
  readonly statement?: number;
  readonly entry?: number;
  readonly transaction?: number;
  /** line (and column) in the file, when the problem is one of syntax or a CSV row */
  readonly line?: number;
  readonly column?: number;
}

/**
 * The file cannot be imported as a whole. Thrown rather than returned because one bad amount
 * means nothing of the file may be booked (the import is all or nothing).
 */
export class StatementFormatError extends Error {
  constructor(
    readonly reason: string,
    readonly location: StatementErrorLocation,
  ) {
    super(`${describeLocation(location)}: ${reason}`);
    this.name = 'StatementFormatError';
  }
}

function describeLocation(location: StatementErrorLocation): string {
  const parts: string[] = [];
  if (location.statement !== undefined) parts.push(`statement ${location.statement}`);
  if (location.entry !== undefined) parts.push(`entry ${location.entry}`);
  if (location.transaction !== undefined) parts.push(`transaction ${location.transaction}`);
  if (location.line !== undefined) {
    parts.push(
      location.column !== undefined
        ? `line ${location.line}, column ${location.column}`
        : `line ${location.line}`,
    );
  }
  const where = parts.length > 0 ? ` ${parts.join(', ')}` : '';
  const path = location.path ? ` at ${location.path}` : '';
  return `${location.format}${where}${path}`;
}

/** For camt.053, the statement, entry and transaction numbers are read back from the element path. */
export function camtLocation(path: string): StatementErrorLocation {
  const indexAfter = (element: string): number | undefined => {
    const match = new RegExp(`/${element}\\[(\\d+)\\]`).exec(path);
    return match ? Number.parseInt(match[1], 10) : undefined;
  };
  return {
    format: 'camt.053',
    path,
    statement: indexAfter('Stmt'),
    entry: indexAfter('Ntry'),
    transaction: indexAfter('TxDtls'),
  };
}
