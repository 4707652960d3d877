import { uploadOptions } from '@artbridge/platform-service';

/** A collection export is a large file; the catalog's JSON routes keep the default limit. */
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

export const IMPORT_UPLOAD_OPTIONS = uploadOptions(IMPORT_LIMIT_BYTES);

/** JSON Lines go by several names. */
export const JSON_LINES_MEDIA_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'text/plain',
];
