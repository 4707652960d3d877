import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationPath } from '../../api/declarations';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';

/** The exporter's answer to an officer's request for information. */
export function AnswerForm({
  declarationId,
  onAnswered,
}: {
  declarationId: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [message, setMessage] = useState('');
  const action = useAction();
  const errors = fieldErrors(action.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() =>
      api.post(`${declarationPath(declarationId)}/answers`, {
        message,
      } satisfies BodyOf<'customs_DeclarationsController_answer'>),
    );
    if (result.ok) {
      setMessage('');
      onAnswered();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('declaration.answerTitle')}>
      <TextAreaField
        label={t('declaration.answer')}
        name="message"
        value={message}
        onChange={setMessage}
        errors={errors.at('message')}
        rows={4}
        required
      />
      <FormErrors error={action.error} shown={['message']} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('declaration.sendAnswer')}
        </button>
      </div>
    </form>
  );
}
