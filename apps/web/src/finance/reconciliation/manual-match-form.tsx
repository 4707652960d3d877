import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, isClaimed } from '../../api/field-errors';
import type { Invoice } from '../../api/invoice.types';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { SuggestField } from '../../ui/suggest-field';
import { useAction } from '../../ui/use-action';
import { useFormat } from '../../ui/use-format';
import type { ManualMatchBody } from '../finance.types';
import type { EntryProps } from './match-actions';
import { invoiceCandidates, resolveInvoice } from './resolve-invoice';

/** A missing invoice (404) or one that takes no payment (409) is about the invoice chosen. */
const ABOUT_THE_INVOICE = [404, 409];

/**
 * Match a payment to an invoice a person chooses: an open invoice's RF reference (offered as
 * they type, the payment's currency first) or any invoice id; the service gets the id.
 */
export function ManualMatchForm({ entry, invoices, onSettled }: EntryProps) {
  const { t } = useTranslation('finance');
  const api = useApi();
  const format = useFormat();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const action = useAction();
  const describe = (invoice: Invoice) =>
    t('reconciliation.manual.candidate', {
      buyer: invoice.buyer.name,
      open: format.money(invoice.open),
      due: format.date(invoice.dueAt),
    });
  const candidates = useMemo(
    () => invoiceCandidates(invoices, entry.amount.currency),
    [invoices, entry.amount.currency],
  );
  const chosen = resolveInvoice(text, invoices);
  const preview = 'invoice' in chosen ? chosen.invoice : undefined;
  const error = action.error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    action.clear();
    if ('problem' in chosen) {
      return setProblem(
        chosen.problem === 'unknownReference'
          ? t('reconciliation.manual.unknownReference', { reference: chosen.reference })
          : t(`reconciliation.manual.${chosen.problem}`),
      );
    }
    const result = await action.run(() =>
      api.post(`/payments/reconciliation/${entry.entryId}/match`, {
        invoiceId: chosen.invoiceId,
      } satisfies ManualMatchBody),
    );
    if (result.ok)
      onSettled({
        entryId: entry.entryId,
        message: t('reconciliation.matched', {
          amount: format.money(entry.amount),
          invoice: chosen.invoice?.reference ?? chosen.invoiceId,
        }),
      });
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <SuggestField
        label={t('reconciliation.manual.invoice')}
        name="invoice"
        value={text}
        onChange={setText}
        suggestions={candidates.map((invoice) => ({
          value: invoice.reference,
          label: describe(invoice),
        }))}
        spellCheck={false}
        required
        hint={
          preview
            ? `${preview.reference}: ${describe(preview)}`
            : t('reconciliation.manual.hint', { currency: entry.amount.currency })
        }
        errors={
          problem
            ? [problem]
            : isClaimed(error, ABOUT_THE_INVOICE)
              ? error.messages
              : fieldErrors(error).at('invoiceId')
        }
      />
      <FormErrors
        error={isClaimed(error, ABOUT_THE_INVOICE) ? undefined : error}
        shown={['invoiceId']}
      />
      <button type="submit" disabled={action.busy}>
        {t('reconciliation.manual.submit')}
      </button>
    </form>
  );
}
