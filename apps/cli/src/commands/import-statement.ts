import { EXIT, ExitCode } from '../cli-error';
import type { CommandContext } from '../context';
import {
  checkCharset,
  parseStatementFormat,
  readInputFile,
  STATEMENT_MEDIA_TYPES,
  statementFormat,
  textOf,
  withCharset,
} from '../files';
import { formatStatementSummary, StatementImportView } from '../output/format';
import { printJson } from '../output/json';

export interface ImportStatementOptions {
  /** xml or csv; else by extension, else by content. */
  format?: string;
  /** Our account a CSV export is for (camt.053 names its own). */
  account?: string;
  /** The file's encoding when not UTF-8 (windows-1252…), named in the Content-Type. */
  charset?: string;
  /** The service's answer as JSON instead of the summary. */
  json?: boolean;
}

/**
 * `artbridge import statement FILE`: a camt.053 XML document or a CSV export to
 * POST /payments/statements (as application/xml or text/csv), with a bar for the upload; then
 * the entries, duplicates, matched, suggested and exceptions. The same file twice books nothing
 * twice (its entries come back as duplicates).
 */
export async function importStatement(
  context: CommandContext,
  file: string,
  options: ImportStatementOptions = {},
): Promise<ExitCode> {
  // a wrong --format or --charset is a usage error (2), said before the file is even read
  const given = options.format === undefined ? undefined : parseStatementFormat(options.format);
  checkCharset(options.charset);
  const bytes = await readInputFile(file);
  const text = textOf(file, bytes, 'a camt.053 XML or CSV bank statement');
  const format = statementFormat(file, text, given);
  const contentType = withCharset(STATEMENT_MEDIA_TYPES[format], options.charset);
  const client = await context.signIn();
  const query = options.account ? `?account=${encodeURIComponent(options.account)}` : '';
  const upload = context.progress.bar('upload', bytes.length, 'bytes');
  const result = await context
    .calling(
      () =>
        client.upload<StatementImportView>(`/payments/statements${query}`, bytes, contentType, {
          onProgress: (sent) => upload.update(sent),
        }),
      { file, suggestCharset: options.charset === undefined },
    )
    .finally(() => upload.stop());
  if (options.json) printJson(context.io, result);
  else context.io.stdout(formatStatementSummary(file, result));
  return EXIT.OK;
}
