import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { formatMoney } from '../../ui/money';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';
import type { Invoice } from '../shared/api-types';
import { DateTime } from '../shared/date-time';

/** /exporter/invoices/:invoiceId: the invoice's lines, what is paid, what the escrow holds. */
export function InvoiceDetailPage() {
  const { t, i18n } = useTranslation('exporter');
  const { invoiceId = '' } = useParams();
  const api = useApi();
  const loaded = useLoad(
    (signal) => api.request<Invoice>(`/payments/invoices/${invoiceId}`, { signal }),
    [api, invoiceId],
  );
  const invoice = loaded.data;
  const money = (value: Invoice['total']) => formatMoney(value, i18n.language);
  return (
    <>
      <p>
        <Link to="/exporter/invoices">{t('invoices.backToList')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {invoice && (
        <article aria-labelledby="invoice-title">
          <h1 id="invoice-title">{t('invoices.invoice', { reference: invoice.reference })}</h1>
          <p>
            <StatusBadge
              status={invoice.status}
              label={t(`invoiceStatuses.${invoice.status}`, { defaultValue: invoice.status })}
            />{' '}
            <Link to={`/exporter/shipments/${invoice.shipmentId}`}>{t('invoices.toShipment')}</Link>
          </p>
          <dl className="facts">
            <dt>{t('invoices.buyer')}</dt>
            <dd>
              {invoice.buyer.name} ({invoice.buyer.country}), {invoice.buyer.address}
            </dd>
            <dt>{t('invoices.issued')}</dt>
            <dd>
              <DateTime iso={invoice.issuedAt} />
            </dd>
            <dt>{t('invoices.due')}</dt>
            <dd>
              <DateTime iso={invoice.dueAt} />
            </dd>
            <dt>{t('invoices.escrow')}</dt>
            <dd>{t(`escrowStatuses.${invoice.escrow}`, { defaultValue: invoice.escrow })}</dd>
          </dl>
          <table>
            <caption>{t('invoices.lines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoices.kind')}</th>
                <th scope="col">{t('invoices.description')}</th>
                <th scope="col" className="number">
                  {t('invoices.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line, index) => (
                <tr key={index}>
                  <td>{t(`invoiceLineKinds.${line.kind}`, { defaultValue: line.kind })}</td>
                  <td>{line.description}</td>
                  <td className="number">{money(line.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('invoices.total')}
                </th>
                <td className="number">{money(invoice.total)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('invoices.paid')}
                </th>
                <td className="number">{money(invoice.paid)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('invoices.open')}
                </th>
                <td className="number">
                  <strong>{money(invoice.open)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </article>
      )}
    </>
  );
}
