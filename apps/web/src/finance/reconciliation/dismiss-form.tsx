import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import { useFormat } from '../../ui/use-format';
import type { DismissBody, ReconciliationEntry } from '../finance.types';
import type { Settled } from './match-actions';

/** Dismiss a payment (it stays in suspense for finance to return or book outside): a reason is required. */
export function DismissForm({
  entry,
  onSettled,
}: {
  entry: ReconciliationEntry;
  onSettled: (settled: Settled) => void;
}) {
  const { t } = useTranslation('finance');
  const api = useApi();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    action.clear();
    if (!reason.trim()) return setProblem(t('reconciliation.dismissal.required'));
    const result = await action.run(() =>
      api.post(`/payments/reconciliation/${entry.entryId}/dismiss`, {
        reason: reason.trim(),
      } satisfies DismissBody),
    );
    if (result.ok)
      onSettled({
        entryId: entry.entryId,
        message: t('reconciliation.dismissed', { amount: format.money(entry.amount) }),
      });
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <TextAreaField
        label={t('reconciliation.dismissal.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        rows={3}
        required
        hint={t('reconciliation.dismissal.hint')}
        errors={problem ? [problem] : fieldErrors(action.error).at('reason')}
      />
      <FormErrors error={action.error} shown={['reason']} />
      <button type="submit" className="danger" disabled={action.busy}>
        {t('reconciliation.dismissal.submit')}
      </button>
    </form>
  );
}
