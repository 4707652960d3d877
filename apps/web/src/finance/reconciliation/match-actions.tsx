import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../api/invoice.types';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import { useFormat } from '../../ui/use-format';
import type { ManualMatchBody, ReconciliationEntry } from '../finance.types';
import { DismissForm } from './dismiss-form';
import { ManualMatchForm } from './manual-match-form';

/** A payment that left the queue, and what to tell the person about it. */
export interface Settled {
  entryId: string;
  message: string;
}

/** A payment, the open invoices it may be matched to, and whom to tell once it is settled. */
export interface EntryProps {
  entry: ReconciliationEntry;
  invoices: readonly Invoice[];
  onSettled: (settled: Settled) => void;
}

/** Entries a person may still decide on. */
export function isOpenEntry(entry: ReconciliationEntry): boolean {
  return entry.status === 'SUGGESTED' || entry.status === 'EXCEPTION';
}

/**
 * What finance does with an open payment: confirm the cascade's suggestion in one click
 * (the suggested invoiceId sent back as is), match it by hand to an open invoice, or dismiss
 * it with a reason. The two forms open as disclosures and keep what was typed while closed.
 */
export function MatchActions({ entry, invoices, onSettled }: EntryProps) {
  const { t } = useTranslation('finance');
  const api = useApi();
  const format = useFormat();
  const id = useId();
  const [panel, setPanel] = useState<'match' | 'dismiss'>();
  const confirming = useAction();

  // a disclosure that opens takes the keyboard to its first input
  useEffect(() => {
    if (!panel) return;
    document
      .getElementById(`${id}-${panel}`)
      ?.querySelector<HTMLElement>('input, textarea')
      ?.focus();
  }, [panel, id]);

  if (!isOpenEntry(entry)) return null;
  const amount = format.money(entry.amount);
  const suggested = entry.status === 'SUGGESTED' ? entry.invoiceId : null;

  async function confirm() {
    if (!suggested) return;
    const result = await confirming.run(() =>
      api.post(`/payments/reconciliation/${entry.entryId}/match`, {
        invoiceId: suggested,
      } satisfies ManualMatchBody),
    );
    if (!result.ok) return;
    const reference = invoices.find((invoice) => invoice.id === suggested)?.reference;
    onSettled({
      entryId: entry.entryId,
      message: t('reconciliation.confirmed', { amount, invoice: reference ?? suggested }),
    });
  }

  const toggle = (which: 'match' | 'dismiss') => setPanel(panel === which ? undefined : which);

  return (
    <div className="match-actions">
      <div className="actions">
        {suggested && (
          <button type="button" onClick={() => void confirm()} disabled={confirming.busy}>
            {t('reconciliation.confirm')}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'match'}
          aria-controls={`${id}-match`}
          onClick={() => toggle('match')}
        >
          {t('reconciliation.matchByHand')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'dismiss'}
          aria-controls={`${id}-dismiss`}
          onClick={() => toggle('dismiss')}
        >
          {t('reconciliation.dismiss')}
        </button>
      </div>
      <FormErrors error={confirming.error} />
      <div id={`${id}-match`} hidden={panel !== 'match'}>
        <ManualMatchForm entry={entry} invoices={invoices} onSettled={onSettled} />
      </div>
      <div id={`${id}-dismiss`} hidden={panel !== 'dismiss'}>
        <DismissForm entry={entry} onSettled={onSettled} />
      </div>
    </div>
  );
}
