import { useTranslation } from 'react-i18next';
import { ApiError, groupFieldErrors } from '../api/api-error';
import { SelectField } from './field';

/** The encodings a text upload can be sent in; the service reads UTF-8 unless told otherwise. */
export const FILE_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];

/**
 * The media type with the file's encoding named (`text/csv; charset=windows-1252`); UTF-8, what
 * the services read by default, is sent as the bare type.
 */
export function withEncoding(contentType: string, encoding: FileEncoding): string {
  return encoding === 'utf-8' ? contentType : `${contentType}; charset=${encoding}`;
}

/**
 * The services' 400 for a file that is not UTF-8 (`file is not valid UTF-8 at byte N (line L):
 * send charset=...`); its advice, a Content-Type parameter, is nothing a person on the web can
 * set, so the form says to choose the encoding instead (the CLI says to use --charset).
 */
const NOT_UTF8 = /\bfile is not valid UTF-8\b/;

export function isNotUtf8(message: string): boolean {
  return NOT_UTF8.test(message);
}

/** The refusal said the file is not UTF-8. */
export function refusedAsNotUtf8(error: unknown): boolean {
  return error instanceof ApiError && error.messages.some(isNotUtf8);
}

/** The refusal without its not-UTF-8 message (shown by the file input instead). */
export function withoutNotUtf8(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const messages = error.messages.filter((message) => !isNotUtf8(message));
  return new ApiError(error.status, messages, groupFieldErrors(messages), error.body);
}

/** How a text file was saved: a spreadsheet's CSV is often Windows-1252, not UTF-8. */
export function EncodingField({
  name,
  value,
  onChange,
}: {
  name: string;
  value: FileEncoding;
  onChange: (encoding: FileEncoding) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('encodings.label')}
      name={name}
      value={value}
      onChange={(chosen) => onChange(chosen as FileEncoding)}
      options={FILE_ENCODINGS.map((encoding) => ({
        value: encoding,
        label: t(`encodings.${encoding}`),
      }))}
      hint={t('encodings.hint')}
    />
  );
}
