/** Plain-text output: tables and summaries, no colours, the same on a terminal and in a pipe. */
import type { Schema } from '@artbridge/public-api';

/** Columns padded to their widest cell; the last column is not padded. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

/** At most `max` characters, an ellipsis saying some were cut; on one line. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

/** 1,234,567 */
export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** `1 line`, `3 lines`. */
export function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(value)} ${value === 1 ? singular : pluralForm}`;
}

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${(value / (1024 * 1024)).toFixed(1)} MB`;
}

/** Label/value lines, the values aligned. */
export function formatFields(fields: readonly (readonly [string, string])[]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n') + '\n';
}

/** GET /api/catalog/imports/{id} */
export type ImportJobView = Schema<'catalog.ImportJobResponse'>;

export function processedLines(job: ImportJobView): number {
  return job.imported + job.unchanged + job.rejected;
}

/** What an artwork import did, and the first rejected lines with their reasons. */
export function formatImportSummary(file: string, job: ImportJobView, maxErrors = 10): string {
  const head =
    `${file}: import ${job.id} ${job.status.toLowerCase()}: ${plural(processedLines(job), 'line')} read` +
    (job.total > processedLines(job) ? ` of ${count(job.total)}` : '') +
    '\n';
  const fields = formatFields([
    ['imported', count(job.imported)],
    ['unchanged', `${count(job.unchanged)}${job.unchanged > 0 ? ' (imported before)' : ''}`],
    ['rejected', count(job.rejected)],
  ]);
  let text = head + fields;
  if (job.failure) text += `the import stopped: ${job.failure}\n`;
  if (job.errors.length > 0) {
    const shown = job.errors.slice(0, maxErrors);
    const more = job.rejected - shown.length;
    text += `rejected lines${more > 0 ? ` (the first ${shown.length})` : ''}:\n`;
    text += shown
      .map((error) => `  line ${error.line}: ${truncate(error.message, 200)}\n`)
      .join('');
    if (more > 0) text += `  ... and ${plural(more, 'more rejected line')}\n`;
  }
  return text;
}

/** POST /api/payments/statements */
export type StatementImportView = Schema<'payments.StatementImportResponse'>;

export function formatStatementSummary(file: string, result: StatementImportView): string {
  const format = [result.format, result.version].filter(Boolean).join(' ');
  const matched =
    count(result.matched) +
    (result.partiallyPaid ? ` (${count(result.partiallyPaid)} partially paid)` : '');
  const fields: [string, string][] = [
    ['entries', count(result.entries)],
    [
      'duplicates',
      `${count(result.duplicates)}${result.duplicates > 0 ? ' (imported before, not booked again)' : ''}`,
    ],
    ['matched', matched],
    // a chargeback (REC-REVERSAL) is not a match: shown only when the file held one
    ...(result.reversed > 0
      ? [
          ['reversed', `${count(result.reversed)} (payments the bank took back)`] as [
            string,
            string,
          ],
        ]
      : []),
    ['suggested', `${count(result.suggested)}${result.suggested > 0 ? ' (to confirm)' : ''}`],
    ['exceptions', `${count(result.exceptions)}${result.exceptions > 0 ? ' (for finance)' : ''}`],
    ['balance', result.balanceCheck.status.toLowerCase()],
  ];
  return `${file}: statement import ${result.statementId} (${format})\n${formatFields(fields)}`;
}

/** POST /api/payments/fx-rates */
export type FxImportView = Schema<'payments.FxRatesImportResponse'>;

export function formatFxSummary(file: string, result: FxImportView): string {
  const range =
    result.from && result.to
      ? result.from === result.to
        ? result.from
        : `${result.from} to ${result.to}`
      : '';
  const currencies = truncate(result.currencies.join(', '), 80);
  const fields: [string, string][] = [
    ['days', `${count(result.days)}${range ? ` (${range})` : ''}`],
    ['currencies', `${count(result.currencies.length)}${currencies ? ` (${currencies})` : ''}`],
    ['rates', count(result.rates)],
    ['published', `${plural(result.published, 'day')} new or changed`],
  ];
  return `${file}: ECB reference rates imported\n${formatFields(fields)}`;
}

/**
 * GET /api/<service>/dead-letters items. Every service answers the platform's one shape, so
 * catalog's stands for all (dlq.ts reads each service's as this, which would stop compiling if
 * one drifted).
 */
export type DeadLetterView = Schema<'catalog.DeadLetterResponse'>;

/** 2026-11-24 09:15:02 (UTC), short enough for a table. */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
}

export function formatDeadLetters(
  letters: readonly (DeadLetterView & { service: string })[],
  options: { wide?: boolean } = {},
): string {
  const rows = letters.map((letter) => [
    letter.service,
    letter.id,
    letter.status.toLowerCase(),
    shortTime(letter.deadLetteredAt),
    letter.reason,
    letter.messageType ?? '-',
    `${letter.topic}[${letter.partition}]@${letter.offset}`,
    String(letter.attempts),
    options.wide ? letter.error.replace(/\s+/g, ' ') : truncate(letter.error, 60),
  ]);
  return formatTable(
    ['SERVICE', 'ID', 'STATUS', 'DEAD-LETTERED (UTC)', 'REASON', 'TYPE', 'FROM', 'TRIES', 'ERROR'],
    rows,
  );
}
