import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { SelectField } from '../../ui/field';
import { formatMoney } from '../../ui/money';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';
import type { Invoice, Page } from '../shared/api-types';
import { INVOICE_STATUSES } from '../shared/codes';
import { DateTime } from '../shared/date-time';
import { shortId } from '../shared/format';
import { Pager } from '../shared/pager';
import { isInvoiceOverdue } from './invoice-due';

const PAGE_SIZE = 50;

/** /exporter/invoices: the invoices of the exporter's shipments, what is paid and still open. */
export function InvoiceListPage() {
  const { t, i18n } = useTranslation('exporter');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const loaded = useLoad(
    (signal) =>
      api.request<Page<Invoice>>('/payments/invoices', {
        query: { status: status || undefined, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [api, status, page],
  );
  const money = (value: Invoice['total']) => formatMoney(value, i18n.language);
  const now = new Date();
  const show = (nextStatus: string, nextPage = 1) => {
    const query = new URLSearchParams();
    if (nextStatus) query.set('status', nextStatus);
    if (nextPage > 1) query.set('page', String(nextPage));
    setParams(query);
  };

  return (
    <>
      <h1>{t('invoices.title')}</h1>
      <SelectField
        label={t('invoices.statusFilter')}
        name="status"
        value={status}
        onChange={(value) => show(value)}
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
          <table>
            <caption>{t('invoices.count', { total: loaded.data.total })}</caption>
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
                <th scope="col">{t('invoices.status')}</th>
                <th scope="col">{t('invoices.due')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((invoice) => {
                const overdue = isInvoiceOverdue(invoice, now);
                return (
                  <tr key={invoice.id} className={overdue ? 'overdue' : undefined}>
                    <td>
                      <Link to={`/exporter/invoices/${invoice.id}`}>
                        <code>{invoice.reference}</code>
                      </Link>
                    </td>
                    <td>
                      <Link to={`/exporter/shipments/${invoice.shipmentId}`}>
                        {shortId(invoice.shipmentId)}
                      </Link>
                    </td>
                    <td className="number">{money(invoice.total)}</td>
                    <td className="number">{money(invoice.paid)}</td>
                    <td className="number">{money(invoice.open)}</td>
                    <td>
                      <StatusBadge
                        status={invoice.status}
                        label={t(`invoiceStatuses.${invoice.status}`, {
                          defaultValue: invoice.status,
                        })}
                      />
                    </td>
                    <td>
                      <DateTime iso={invoice.dueAt} />
                      {overdue && (
                        <>
                          {' '}
                          <StatusBadge status="OVERDUE" label={t('deadlines.overdue')} />
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      {loaded.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={loaded.data.total}
          onPage={(next) => show(status, next)}
        />
      )}
    </>
  );
}
