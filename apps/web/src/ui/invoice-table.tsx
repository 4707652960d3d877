import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Invoice } from '../api/invoice.types';
import { CalendarDate, DateTime } from './date-time';
import { shortId } from './format';
import { MoneyText } from './money-text';
import { StatusBadge } from './status-badge';

/** The areas that list invoices; each says it in its own words under the same keys. */
export type InvoiceReader = 'exporter' | 'finance';

/**
 * A list of invoices: reference, shipment, total, paid, open, status and due date, in the
 * reader's words (`invoices.*`, `invoiceStatuses.*`, `escrowStatuses.*` of its namespace).
 * What differs by role is asked for: finance follows every escrow, the exporter opens its
 * shipments and sees its overdue invoices marked.
 */
export function InvoiceTable({
  reader,
  invoices,
  caption,
  captionHidden = false,
  href,
  shipmentHref,
  escrow = false,
  due = 'day',
  overdue,
}: {
  reader: InvoiceReader;
  invoices: Invoice[];
  caption: string;
  /** Named for screen readers only (the screen says the count elsewhere). */
  captionHidden?: boolean;
  href: (invoice: Invoice) => string;
  /** Where the invoice's shipment is, for a reader who may open it. */
  shipmentHref?: (invoice: Invoice) => string;
  escrow?: boolean;
  /** The calendar day, or the moment as the reader's deadlines show it. */
  due?: 'day' | 'moment';
  overdue?: { label: string; is: (invoice: Invoice) => boolean };
}) {
  const { t } = useTranslation(reader);
  return (
    <table>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
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
          {escrow && <th scope="col">{t('invoices.escrow')}</th>}
          <th scope="col">{t('invoices.status')}</th>
          <th scope="col">{t('invoices.due')}</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => {
          const late = overdue?.is(invoice) ?? false;
          return (
            <tr key={invoice.id} className={late ? 'overdue' : undefined}>
              <td>
                <Link to={href(invoice)}>
                  <code>{invoice.reference}</code>
                </Link>
              </td>
              <td>
                {shipmentHref ? (
                  <Link to={shipmentHref(invoice)}>{shortId(invoice.shipmentId)}</Link>
                ) : (
                  <code title={invoice.shipmentId}>{shortId(invoice.shipmentId)}</code>
                )}
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
              {escrow && (
                <td>
                  <StatusBadge
                    status={`escrow-${invoice.escrow}`}
                    label={t(`escrowStatuses.${invoice.escrow}`, { defaultValue: invoice.escrow })}
                  />
                </td>
              )}
              <td>
                <StatusBadge
                  status={invoice.status}
                  label={t(`invoiceStatuses.${invoice.status}`, { defaultValue: invoice.status })}
                />
              </td>
              <td>
                {due === 'moment' ? (
                  <DateTime iso={invoice.dueAt} />
                ) : (
                  <CalendarDate date={invoice.dueAt} />
                )}
                {late && (
                  <>
                    {' '}
                    <StatusBadge status="OVERDUE" label={overdue?.label} />
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
