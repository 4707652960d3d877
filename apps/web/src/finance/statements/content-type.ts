/** The media types the payments service reads a statement or rates file as. */
export type StatementContentType = 'application/xml' | 'text/csv';

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * A bank statement by its file name: camt.053 `.xml` → application/xml, `.csv` →
 * text/csv; anything else is not a statement the service reads (undefined).
 */
export function statementContentType(fileName: string): StatementContentType | undefined {
  switch (extension(fileName)) {
    case 'xml':
      return 'application/xml';
    case 'csv':
      return 'text/csv';
    default:
      return undefined;
  }
}

/** An ECB reference-rate file: the CSV only (the ECB's .zip must be unpacked first). */
export function fxRatesContentType(fileName: string): 'text/csv' | undefined {
  return extension(fileName) === 'csv' ? 'text/csv' : undefined;
}
