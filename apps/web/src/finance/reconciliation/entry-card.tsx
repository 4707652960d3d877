import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../ui/use-format';
import { EntryFacts } from './entry-facts';
import { MatchActions, type EntryProps } from './match-actions';

/**
 * One payment in a queue, as an article named by its amount and payer (a browser test finds
 * it with `getByRole('article', { name: /€1,250.00/ })`), with what can be done with it.
 */
export function EntryCard({ entry, invoices, onSettled }: EntryProps) {
  const { t } = useTranslation('finance');
  const format = useFormat();
  const headingId = useId();
  return (
    <article className="card entry-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('reconciliation.entryHeading', {
          amount: format.money(entry.amount),
          payer: entry.payer.name ?? t('reconciliation.unknownPayer'),
        })}
      </h3>
      <EntryFacts entry={entry} invoices={invoices} />
      <p>
        <Link to={`/finance/reconciliation/${entry.entryId}`}>{t('reconciliation.history')}</Link>
      </p>
      <MatchActions entry={entry} invoices={invoices} onSettled={onSettled} />
    </article>
  );
}
