import { useTranslation } from 'react-i18next';
import { INVOICE_STATUSES } from '../../api/invoice.types';
import { fetchInvoices } from '../../api/invoices';
import { useApi } from '../../auth/auth-context';
import { SelectField } from '../../ui/field';
import { InvoiceTable } from '../../ui/invoice-table';
import { Pager } from '../../ui/pager';
import { LoadState } from '../../ui/states';
import { useListParams } from '../../ui/use-list-params';
import { useLoad } from '../../ui/use-load';
import { isInvoiceOverdue } from './invoice-due';

const PAGE_SIZE = 50;

/** /exporter/invoices: the invoices of the exporter's shipments, what is paid and still open. */
export function InvoiceListPage() {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const { status, page, show } = useListParams();
  const loaded = useLoad(
    (signal) => fetchInvoices(api, { status, page, pageSize: PAGE_SIZE }, signal),
    [api, status, page],
  );
  const now = new Date();

  return (
    <>
      <h1>{t('invoices.title')}</h1>
      <SelectField
        label={t('invoices.statusFilter')}
        name="status"
        value={status}
        onChange={(value) => show({ status: value })}
        placeholder={t('invoices.anyStatus')}
        options={INVOICE_STATUSES.map((value) => ({
          value,
          label: t(`invoiceStatuses.${value}`),
        }))}
      />
      <LoadState loaded={loaded} />
      {loaded.data &&
        (loaded.data.items.length === 0 ? (
          <p>{t('invoices.none')}</p>
        ) : (
          <InvoiceTable
            reader="exporter"
            invoices={loaded.data.items}
            caption={t('invoices.count', { total: loaded.data.total })}
            href={(invoice) => `/exporter/invoices/${invoice.id}`}
            shipmentHref={(invoice) => `/exporter/shipments/${invoice.shipmentId}`}
            due="moment"
            overdue={{
              label: t('deadlines.overdue'),
              is: (invoice) => isInvoiceOverdue(invoice, now),
            }}
          />
        ))}
      {loaded.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={loaded.data.total}
          onPage={(next) => show({ page: next })}
          withTotal
        />
      )}
    </>
  );
}
