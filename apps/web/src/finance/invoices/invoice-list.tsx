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

const PAGE_SIZE = 50;

/** /finance/invoices: every invoice, newest first, filtered by status (kept in the URL). */
export function InvoiceList() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const { status, page, show } = useListParams();
  const loaded = useLoad(
    (signal) => fetchInvoices(api, { status, page, pageSize: PAGE_SIZE }, signal),
    [api, status, page],
  );

  return (
    <>
      <h1>{t('invoices.title')}</h1>
      <div className="filters">
        <SelectField
          label={t('invoices.status')}
          name="status"
          value={status}
          onChange={(value) => show({ status: value })}
          placeholder={t('invoices.allStatuses')}
          options={INVOICE_STATUSES.map((value) => ({
            value,
            label: t(`invoiceStatuses.${value}`),
          }))}
        />
      </div>
      <LoadState loaded={loaded} />
      {loaded.data &&
        (loaded.data.items.length === 0 ? (
          <p>{t('invoices.none')}</p>
        ) : (
          <>
            <InvoiceTable
              reader="finance"
              invoices={loaded.data.items}
              caption={t('invoices.caption', { count: loaded.data.total })}
              captionHidden
              href={(invoice) => `/finance/invoices/${invoice.id}`}
              escrow
            />
            <p className="hint">{t('invoices.count', { count: loaded.data.total })}</p>
            <Pager
              label={t('invoices.pages')}
              page={page}
              pageSize={PAGE_SIZE}
              total={loaded.data.total}
              onPage={(next) => show({ page: next })}
            />
          </>
        ))}
    </>
  );
}
