import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fetchInvoice } from '../../api/invoices';
import { useApi } from '../../auth/auth-context';
import { CalendarDate, DateTime } from '../../ui/date-time';
import { InvoiceLines } from '../../ui/invoice-lines';
import { MoneyText } from '../../ui/money-text';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import { SummaryTable } from '../shared/summary-table';
import { EscrowStatusBadge, InvoiceStatusBadge } from './invoice-status';

/** /finance/invoices/:id: one invoice, its lines, what is paid and open, its escrow. */
export function InvoiceDetail() {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const api = useApi();
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => fetchInvoice(api, id, signal), [api, id]);
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
                label: t('invoices.status'),
                value: <InvoiceStatusBadge status={invoice.status} />,
              },
              { label: t('invoices.escrow'), value: <EscrowStatusBadge status={invoice.escrow} /> },
              { label: t('invoices.total'), value: <MoneyText money={invoice.total} /> },
              { label: t('invoices.paid'), value: <MoneyText money={invoice.paid} /> },
              { label: t('invoices.open'), value: <MoneyText money={invoice.open} /> },
              { label: t('invoices.due'), value: <CalendarDate date={invoice.dueAt} /> },
              {
                label: t('invoices.issued'),
                value: <DateTime iso={invoice.issuedAt} format="utc" />,
              },
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
          <h2>{tc('invoices.lines')}</h2>
          <InvoiceLines
            invoice={invoice}
            kind={(kind) => t(`lineKinds.${kind}`)}
            totals={[{ label: t('invoices.total'), money: invoice.total, strong: true }]}
          />
        </>
      )}
    </>
  );
}
