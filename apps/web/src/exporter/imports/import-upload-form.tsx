import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import {
  EncodingField,
  refusedAsNotUtf8,
  withEncoding,
  withoutNotUtf8,
  type FileEncoding,
} from '../../ui/encoding-field';
import { FileField } from '../../ui/file-field';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import type { ImportStarted } from '../shared/api-types';
import { JSON_LINES_TYPE } from './import-job';

/**
 * Choose a JSON Lines file (and how it was saved) and send it to the catalog; the job's id comes
 * back at once.
 */
export function ImportUploadForm({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File>();
  const [encoding, setEncoding] = useState<FileEncoding>('utf-8');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const result = await action.run(() =>
      api.upload<ImportStarted>('/catalog/imports', file, withEncoding(JSON_LINES_TYPE, encoding)),
    );
    if (result.ok) onStarted(result.value.id);
  }

  return (
    <form onSubmit={submit} aria-label={t('imports.uploadLabel')} noValidate>
      <FileField
        label={t('imports.file')}
        name="file"
        accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl,text/plain"
        hint={t('imports.fileHint')}
        errors={refusedAsNotUtf8(action.error) ? [tc('encodings.notUtf8')] : undefined}
        onChange={setFile}
      />
      <EncodingField name="encoding" value={encoding} onChange={setEncoding} />
      <FormErrors error={withoutNotUtf8(action.error)} />
      <div className="actions">
        <button type="submit" disabled={!file || action.busy} aria-busy={action.busy || undefined}>
          {tc('actions.upload')}
        </button>
      </div>
    </form>
  );
}
