import { unstorableContent } from '@artbridge/contracts';
import { ImportLineResult, ImportMappingOptions, rejectLine } from './import-attributes';
import { mapNativeRecord } from './native-record';
import { mapTateRecord } from './tate-record';

export type ImportLayout = 'tate' | 'native';

/** A Tate record is known by its accession number; anything else is read as native attributes. */
export function detectLayout(record: unknown): ImportLayout {
  return typeof record === 'object' && record !== null && !Array.isArray(record) && 'acno' in record
    ? 'tate'
    : 'native';
}

/**
 * One line of a JSON Lines upload, numbered from 1, to attributes or a rejection naming the
 * field. Blank lines are for the caller to skip (a file may end with one) and are rejected here.
 */
export function parseImportLine(
  text: string,
  line: number,
  options: ImportMappingOptions,
): ImportLineResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim(); // a byte-order mark may start the file
  if (trimmed === '') return rejectLine(line, ['line is empty']);
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch (error) {
    return rejectLine(line, [`line is not valid JSON (${(error as Error).message})`]);
  }
  // what the API's validation refuses in a body, a line may not hold either (a NUL, a lone
  // surrogate, nesting deep enough to overflow class-transformer's stack), named by its path
  const unstorable = unstorableContent(record, 'record');
  if (unstorable.length > 0) return rejectLine(line, unstorable);
  return detectLayout(record) === 'tate'
    ? mapTateRecord(record, line, options)
    : mapNativeRecord(record, line);
}
