import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import type { ReconciliationEntryDetail } from '../finance.types';
import { DecisionHistory } from './decision-history';
import { EntryFacts } from './entry-facts';
import { MatchActions } from './match-actions';
import { useOpenInvoices } from './use-open-invoices';

/** /finance/reconciliation/:entryId: one payment, every decision on it and who made it. */
export function EntryDetail() {
  const { t } = useTranslation('finance');
  const format = useFormat();
  const api = useApi();
  const { entryId = '' } = useParams();
  const invoices = useOpenInvoices();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const loaded = useLoad(
    (signal) =>
      api.request<ReconciliationEntryDetail>(
        `/payments/reconciliation/${encodeURIComponent(entryId)}`,
        { signal },
      ),
    [api, entryId, version],
  );
  const entry = loaded.data;
  return (
    <>
      <p>
        <Link to="/finance/reconciliation">{t('reconciliation.back')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {entry && (
        <>
          <h1>
            {t('reconciliation.entryHeading', {
              amount: format.money(entry.amount),
              payer: entry.payer.name ?? t('reconciliation.unknownPayer'),
            })}
          </h1>
          <EntryFacts entry={entry} invoices={invoices.data ?? []} />
          <p role="status">{message}</p>
          <MatchActions
            entry={entry}
            invoices={invoices.data ?? []}
            onSettled={(done) => {
              setMessage(done.message);
              setVersion((value) => value + 1);
              invoices.reload();
            }}
          />
          <h2>{t('reconciliation.decisions')}</h2>
          <DecisionHistory decisions={entry.decisions} />
        </>
      )}
    </>
  );
}
