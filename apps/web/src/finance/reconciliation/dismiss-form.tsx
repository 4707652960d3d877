import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { formatMoney } from '../../ui/money';
import type { ReconciliationEntry } from '../finance.types';
import { fieldErrors } from '../shared/api-errors';
import type { Settled } from './match-actions';

/** Dismiss a payment (it stays in suspense for finance to return or book outside): a reason is required. */
export function DismissForm({
  entry,
  onSettled,
}: {
  entry: ReconciliationEntry;
  onSettled: (settled: Settled) => void;
}) {
  const { t, i18n } = useTranslation('finance');
  const api = useApi();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!reason.trim()) return setProblem(t('reconciliation.dismissal.required'));
    setBusy(true);
    try {
      await api.post(`/payments/reconciliation/${entry.entryId}/dismiss`, {
        reason: reason.trim(),
      });
      onSettled({
        entryId: entry.entryId,
        message: t('reconciliation.dismissed', {
          amount: formatMoney(entry.amount, i18n.language),
        }),
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
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
        errors={problem ? [problem] : fieldErrors(error, 'reason')}
      />
      <FormErrors error={error} shown={['reason']} />
      <button type="submit" className="danger" disabled={busy}>
        {t('reconciliation.dismissal.submit')}
      </button>
    </form>
  );
}
