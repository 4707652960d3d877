import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { SelectField } from '../../ui/field';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import { INVOICE_STATUSES, type Invoice, type Page } from '../finance.types';
import { DateText, MoneyText } from '../shared/money-text';
import { Pager } from '../shared/pager';
import { EscrowStatusBadge, InvoiceStatusBadge } from './invoice-status';

const PAGE_SIZE = 50;

/** /finance/invoices: every invoice, newest first, filtered by status (kept in the URL). */
export function InvoiceList() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const loaded = useLoad(
    (signal) =>
      api.request<Page<Invoice>>('/payments/invoices', {
        query: { status: status || undefined, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [api, status, page],
  );

  const show = (next: { status?: string; page?: number }) => {
    const query: Record<string, string> = {};
    const nextStatus = next.status ?? status;
    if (nextStatus) query['status'] = nextStatus;
    if (next.page && next.page > 1) query['page'] = String(next.page);
    setParams(query);
  };

  return (
    <>
      <h1>{t('invoices.title')}</h1>
      <div className="filters">
        <SelectField
          label={t('invoices.status')}
          name="status"
          value={status}
          onChange={(value) => show({ status: value, page: 1 })}
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
            <table>
              <caption className="visually-hidden">
                {t('invoices.caption', { count: loaded.data.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('invoices.reference')}</th>
                  <th scope="col">{t('invoices.shipment')}</th>
                  <th scope="col" className="number">
                    {t('invoices.total')}
                  </th>
                  <th scope="col" className="number">
                    {t('invoices.paid')}
                  </th>
                  <th scope="col" className="number">
                    {t('invoices.open')}
                  </th>
                  <th scope="col">{t('invoices.escrow')}</th>
                  <th scope="col">{t('invoices.statusColumn')}</th>
                  <th scope="col">{t('invoices.due')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.items.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>
                      <Link to={`/finance/invoices/${invoice.id}`}>{invoice.reference}</Link>
                    </td>
                    <td>
                      <code title={invoice.shipmentId}>{invoice.shipmentId.slice(0, 8)}</code>
                    </td>
                    <td className="number">
                      <MoneyText money={invoice.total} />
                    </td>
                    <td className="number">
                      <MoneyText money={invoice.paid} />
                    </td>
                    <td className="number">
                      <MoneyText money={invoice.open} />
                    </td>
                    <td>
                      <EscrowStatusBadge status={invoice.escrow} />
                    </td>
                    <td>
                      <InvoiceStatusBadge status={invoice.status} />
                    </td>
                    <td>
                      <DateText value={invoice.dueAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
