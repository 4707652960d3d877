import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { FieldFrame } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { formatMoney } from '../../ui/money';
import type { Invoice, ReconciliationEntry } from '../finance.types';
import { fieldErrors, isClaimed } from '../shared/api-errors';
import { formatDate } from '../shared/format';
import type { Settled } from './match-actions';
import { invoiceCandidates, resolveInvoice } from './resolve-invoice';

/** A missing invoice (404) or one that takes no payment (409) is about the invoice chosen. */
const ABOUT_THE_INVOICE = [404, 409];

/**
 * Match a payment to an invoice a person chooses: an open invoice's RF reference (offered as
 * they type, the payment's currency first) or any invoice id; the service gets the id.
 */
export function ManualMatchForm({
  entry,
  invoices,
  onSettled,
}: {
  entry: ReconciliationEntry;
  invoices: readonly Invoice[];
  onSettled: (settled: Settled) => void;
}) {
  const { t, i18n } = useTranslation('finance');
  const api = useApi();
  const listId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const candidates = useMemo(
    () => invoiceCandidates(invoices, entry.amount.currency),
    [invoices, entry.amount.currency],
  );
  const describe = (invoice: Invoice) =>
    t('reconciliation.manual.candidate', {
      buyer: invoice.buyer.name ?? '—',
      open: formatMoney(invoice.open, i18n.language),
      due: formatDate(invoice.dueAt, i18n.language),
    });
  const chosen = resolveInvoice(text, invoices);
  const preview = 'invoice' in chosen ? chosen.invoice : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if ('problem' in chosen) {
      return setProblem(
        chosen.problem === 'unknownReference'
          ? t('reconciliation.manual.unknownReference', { reference: chosen.reference })
          : t(`reconciliation.manual.${chosen.problem}`),
      );
    }
    setBusy(true);
    try {
      await api.post(`/payments/reconciliation/${entry.entryId}/match`, {
        invoiceId: chosen.invoiceId,
      });
      onSettled({
        entryId: entry.entryId,
        message: t('reconciliation.matched', {
          amount: formatMoney(entry.amount, i18n.language),
          invoice: chosen.invoice?.reference ?? chosen.invoiceId,
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
      <FieldFrame
        label={t('reconciliation.manual.invoice')}
        hint={
          preview
            ? `${preview.reference}: ${describe(preview)}`
            : t('reconciliation.manual.hint', { currency: entry.amount.currency })
        }
        errors={problem ? [problem] : fieldErrors(error, 'invoiceId', ABOUT_THE_INVOICE)}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="invoice"
            type="text"
            list={listId}
            autoComplete="off"
            spellCheck={false}
            value={text}
            required
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FieldFrame>
      <datalist id={listId}>
        {candidates.map((invoice) => (
          <option key={invoice.id} value={invoice.reference}>
            {describe(invoice)}
          </option>
        ))}
      </datalist>
      <FormErrors
        error={isClaimed(error, ABOUT_THE_INVOICE) ? undefined : error}
        shown={['invoiceId']}
      />
      <button type="submit" disabled={busy}>
        {t('reconciliation.manual.submit')}
      </button>
    </form>
  );
}
