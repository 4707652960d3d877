import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import type { Invoice } from '../finance.types';
import { DateText, DateTimeText, MoneyText } from '../shared/money-text';
import { SummaryTable } from '../shared/summary-table';
import { EscrowStatusBadge, InvoiceStatusBadge } from './invoice-status';

/** /finance/invoices/:id: one invoice, its lines, what is paid and open, its escrow. */
export function InvoiceDetail() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const { id = '' } = useParams();
  const loaded = useLoad(
    (signal) => api.request<Invoice>(`/payments/invoices/${encodeURIComponent(id)}`, { signal }),
    [api, id],
  );
  const invoice = loaded.data;
  return (
    <>
      <p>
        <Link to="/finance/invoices">{t('invoices.back')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {invoice && (
        <>
          <h1>{t('invoices.detailTitle', { reference: invoice.reference })}</h1>
          <SummaryTable
            caption={t('invoices.facts')}
            rows={[
              { label: t('invoices.reference'), value: <code>{invoice.reference}</code> },
              {
                label: t('invoices.statusColumn'),
                value: <InvoiceStatusBadge status={invoice.status} />,
              },
              { label: t('invoices.escrow'), value: <EscrowStatusBadge status={invoice.escrow} /> },
              { label: t('invoices.total'), value: <MoneyText money={invoice.total} /> },
              { label: t('invoices.paid'), value: <MoneyText money={invoice.paid} /> },
              { label: t('invoices.open'), value: <MoneyText money={invoice.open} /> },
              { label: t('invoices.due'), value: <DateText value={invoice.dueAt} /> },
              { label: t('invoices.issued'), value: <DateTimeText value={invoice.issuedAt} /> },
              { label: t('invoices.shipment'), value: <code>{invoice.shipmentId}</code> },
              { label: t('invoices.exporter'), value: invoice.exporterId },
              {
                label: t('invoices.buyer'),
                value:
                  [invoice.buyer.name, invoice.buyer.address, invoice.buyer.country]
                    .filter(Boolean)
                    .join(', ') || '—',
              },
              { label: t('invoices.id'), value: <code>{invoice.id}</code> },
            ]}
          />
          <h2>{t('invoices.lines')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('invoices.lineKind')}</th>
                <th scope="col">{t('invoices.description')}</th>
                <th scope="col" className="number">
                  {t('invoices.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line, index) => (
                <tr key={index}>
                  <td>{t(`lineKinds.${line.kind}`)}</td>
                  <td>{line.description}</td>
                  <td className="number">
                    <MoneyText money={line.amount} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('invoices.total')}
                </th>
                <td className="number">
                  <strong>
                    <MoneyText money={invoice.total} />
                  </strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </>
  );
}
