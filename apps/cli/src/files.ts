import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { cliError, EXIT, fileError } from './cli-error';

/** Reads an input file whole; a missing, unreadable or empty one is one line naming it. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw fileError(path, 'is a directory, not a file');
    const bytes = await readFile(path);
    if (bytes.length === 0) throw fileError(path, 'the file is empty');
    return bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fileError(path, 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw fileError(path, 'permission denied');
    if (code === 'EISDIR') throw fileError(path, 'is a directory, not a file');
    if (code !== undefined) throw fileError(path, `cannot be read (${code})`);
    throw error;
  }
}

/** A NUL byte in the first 64 KB: a binary file (or UTF-16), nothing the services read. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 64 * 1024).includes(0);
}

/** The text of a file that must be text, else `<file>: not a text file (expected ...)`. */
export function textOf(path: string, bytes: Buffer, expected: string): string {
  if (looksBinary(bytes)) throw fileError(path, `not a text file (expected ${expected})`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Lines looked at before deciding a file is not JSON Lines at all. */
const JSON_LINES_PROBE = 20;

/**
 * A cheap look before uploading: some of the first lines must be JSON objects. The catalog
 * checks every line itself and rejects bad ones by number; this only stops a file that is
 * something else entirely (a CSV, a JSON array) from being sent whole.
 */
export function checkJsonLines(path: string, text: string): void {
  const lines = text
    .split('\n')
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '')
    .slice(0, JSON_LINES_PROBE);
  if (lines.length === 0) throw fileError(path, 'holds no records (only blank lines)');
  if (lines.some((line) => line.text.startsWith('{'))) return;
  const first = lines[0];
  const hint = first.text.startsWith('[')
    ? 'a JSON array, not JSON Lines: put one artwork object on each line'
    : 'not JSON Lines: expected one JSON object (an artwork) on each line';
  throw fileError(path, `line ${first.number}: ${hint}`);
}

export type StatementFormat = 'xml' | 'csv';

export const STATEMENT_MEDIA_TYPES: Record<StatementFormat, string> = {
  xml: 'application/xml',
  csv: 'text/csv',
};

/** `--format` as typed: xml or csv (any case), else a usage error. */
export function parseStatementFormat(given: string): StatementFormat {
  const format = given.toLowerCase();
  if (format !== 'xml' && format !== 'csv')
    throw cliError(`--format must be xml or csv, not '${given}'`, EXIT.USAGE);
  return format;
}

/**
 * camt.053 (XML) or CSV: `--format` when given, else the extension (.xml, .csv), else the
 * content (a document starting with `<` is XML).
 */
export function statementFormat(path: string, text: string, given?: string): StatementFormat {
  if (given !== undefined) return parseStatementFormat(given);
  const extension = extname(path).toLowerCase();
  if (extension === '.xml') return 'xml';
  if (extension === '.csv') return 'csv';
  return text.trimStart().startsWith('<') ? 'xml' : 'csv';
}

/**
 * The media type of a text upload with `--charset` named in it (`text/csv; charset=windows-1252`):
 * the services read a file as UTF-8 unless its Content-Type says otherwise. A name that is not
 * a plain token is a usage error, not a header sent as typed.
 */
export function withCharset(mediaType: string, charset?: string): string {
  checkCharset(charset);
  return charset === undefined ? mediaType : `${mediaType}; charset=${charset.toLowerCase()}`;
}

/** `--charset`, when given, is a plain encoding name; else a usage error. */
export function checkCharset(charset?: string): void {
  if (charset !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(charset))
    throw cliError(
      `--charset must be an encoding name such as windows-1252 or utf-8, not '${charset}'`,
      EXIT.USAGE,
    );
}
