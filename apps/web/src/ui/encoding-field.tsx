import { useTranslation } from 'react-i18next';
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
