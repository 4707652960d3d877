import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateTime } from '../../ui/date-time';
import { shortId } from '../../ui/format';
import { MoneyText } from '../../ui/money-text';
import type { ReconciliationDecision } from '../finance.types';
import { ReconciliationStatusBadge } from './reconciliation-status';

/** Every decision on a payment, oldest first: what, by which rule, with what money, who and why. */
export function DecisionHistory({ decisions }: { decisions: readonly ReconciliationDecision[] }) {
  const { t } = useTranslation('finance');
  if (decisions.length === 0) return <p>{t('reconciliation.noDecisions')}</p>;
  return (
    <table>
      <caption>{t('reconciliation.decisions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reconciliation.decidedAt')}</th>
          <th scope="col">{t('reconciliation.action')}</th>
          <th scope="col">{t('reconciliation.decidedBy')}</th>
          <th scope="col">{t('reconciliation.rule')}</th>
          <th scope="col">{t('reconciliation.status')}</th>
          <th scope="col">{t('reconciliation.invoice')}</th>
          <th scope="col" className="number">
            {t('reconciliation.applied')}
          </th>
          <th scope="col">{t('reconciliation.explanation')}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision, index) => (
          <tr key={`${decision.decidedAt}-${index}`}>
            <td>
              <DateTime iso={decision.decidedAt} format="utc" />
            </td>
            <td>{t(`decisionActions.${decision.action}`)}</td>
            <td>{decision.decidedBy}</td>
            <td>
              <code>{decision.rule}</code>
            </td>
            <td>
              <ReconciliationStatusBadge status={decision.status} />
            </td>
            <td>
              {decision.invoiceId ? (
                <Link to={`/finance/invoices/${decision.invoiceId}`}>
                  <code>{shortId(decision.invoiceId)}</code>
                </Link>
              ) : (
                '—'
              )}
            </td>
            <td className="number">
              {decision.applied ? <MoneyText money={decision.applied} /> : '—'}
              {decision.fee && (
                <div>
                  {t('reconciliation.fee')}: <MoneyText money={decision.fee} />
                </div>
              )}
              {decision.excess && (
                <div>
                  {t('reconciliation.excess')}: <MoneyText money={decision.excess} />
                </div>
              )}
              {decision.remaining && (
                <div>
                  {t('reconciliation.remaining')}: <MoneyText money={decision.remaining} />
                </div>
              )}
            </td>
            <td>
              {decision.explanation}
              {decision.reason && (
                <div>
                  <strong>{t('reconciliation.reason')}:</strong> {decision.reason}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
