import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Invoice } from '../../api/invoice.types';
import { CalendarDate } from '../../ui/date-time';
import { MoneyText } from '../../ui/money-text';
import type { ReconciliationEntry } from '../finance.types';
import { ReconciliationStatusBadge } from './reconciliation-status';

/** What the bank said about a payment and what the cascade made of it. */
export function EntryFacts({
  entry,
  invoices,
}: {
  entry: ReconciliationEntry;
  invoices: readonly Invoice[];
}) {
  const { t } = useTranslation('finance');
  const invoice = entry.invoiceId
    ? invoices.find((candidate) => candidate.id === entry.invoiceId)
    : undefined;
  return (
    <dl className="facts">
      <div>
        <dt>{t('reconciliation.status')}</dt>
        <dd>
          <ReconciliationStatusBadge status={entry.status} />
        </dd>
      </div>
      <div>
        <dt>{t('reconciliation.amount')}</dt>
        <dd>
          <MoneyText money={entry.amount} />
          {entry.creditDebit === 'DBIT' && ` (${t('reconciliation.debit')})`}
          {entry.reversal && ` (${t('reconciliation.reversal')})`}
        </dd>
      </div>
      <div>
        <dt>{t('reconciliation.bookingDate')}</dt>
        <dd>
          <CalendarDate date={entry.bookingDate} />
        </dd>
      </div>
      <div>
        <dt>{t('reconciliation.payer')}</dt>
        <dd>
          {entry.payer.name ?? '—'}
          {entry.payer.iban && (
            <>
              {' '}
              <code>{entry.payer.iban}</code>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('reconciliation.references')}</dt>
        <dd>{entry.references.length ? entry.references.join(', ') : '—'}</dd>
      </div>
      {entry.remittanceText && (
        <div>
          <dt>{t('reconciliation.remittance')}</dt>
          <dd>{entry.remittanceText}</dd>
        </div>
      )}
      <div>
        <dt>{t('reconciliation.rule')}</dt>
        <dd>
          <code>{entry.rule}</code> {t(`rules.${entry.rule}`)}
        </dd>
      </div>
      <div>
        <dt>{t('reconciliation.explanation')}</dt>
        <dd>{entry.explanation}</dd>
      </div>
      {entry.invoiceId && (
        <div>
          <dt>
            {entry.status === 'SUGGESTED'
              ? t('reconciliation.suggestedInvoice')
              : t('reconciliation.invoice')}
          </dt>
          <dd>
            <Link to={`/finance/invoices/${entry.invoiceId}`}>
              {invoice?.reference ?? entry.invoiceId}
            </Link>
            {invoice && (
              <>
                {' '}
                ({invoice.buyer.name}, {t('reconciliation.openAmount')}{' '}
                <MoneyText money={invoice.open} />)
              </>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
