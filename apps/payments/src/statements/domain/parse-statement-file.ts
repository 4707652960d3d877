import { parseCamt053 } from './camt053.parser';
import { CsvStatementOptions, parseCsvStatement } from './csv-statement.parser';
import { ParsedStatementFile } from './statement.types';

/**
 * Picks the parser by content, not by the declared media type, which clients often get wrong:
 * anything whose first non-blank character is '<' is XML (camt.053), everything else CSV.
 */
export function parseStatementFile(
  content: string,
  csvOptions: CsvStatementOptions = {},
): ParsedStatementFile {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<') ? parseCamt053(content) : parseCsvStatement(content, csvOptions);
}
