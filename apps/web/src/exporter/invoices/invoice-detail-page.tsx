import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fetchInvoice } from '../../api/invoices';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { InvoiceLines } from '../../ui/invoice-lines';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';

/** /exporter/invoices/:invoiceId: the invoice's lines, what is paid, what the escrow holds. */
export function InvoiceDetailPage() {
  const { t } = useTranslation('exporter');
  const { invoiceId = '' } = useParams();
  const api = useApi();
  const loaded = useLoad((signal) => fetchInvoice(api, invoiceId, signal), [api, invoiceId]);
  const invoice = loaded.data;
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
          <InvoiceLines
            invoice={invoice}
            captioned
            kind={(kind) => t(`invoiceLineKinds.${kind}`, { defaultValue: kind })}
            totals={[
              { label: t('invoices.total'), money: invoice.total },
              { label: t('invoices.paid'), money: invoice.paid },
              { label: t('invoices.open'), money: invoice.open, strong: true },
            ]}
          />
        </article>
      )}
    </>
  );
}
