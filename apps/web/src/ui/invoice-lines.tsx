import { useTranslation } from 'react-i18next';
import type { Invoice, InvoiceLineKind } from '../api/invoice.types';
import type { Money } from '../api/types';
import { MoneyText } from './money-text';

/**
 * An invoice's lines and, under them, the sums the reader follows: the exporter what is paid
 * and still open, finance the total. Each area names the kinds of line in its own words.
 */
export function InvoiceLines({
  invoice,
  kind,
  totals,
  captioned = false,
}: {
  invoice: Invoice;
  kind: (kind: InvoiceLineKind) => string;
  totals: { label: string; money: Money; strong?: boolean }[];
  /** Named by its own caption (else by the heading the screen puts above it). */
  captioned?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table>
      {captioned && <caption>{t('invoices.lines')}</caption>}
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
            <td>{kind(line.kind)}</td>
            <td>{line.description}</td>
            <td className="number">
              <MoneyText money={line.amount} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {totals.map(({ label, money, strong }) => (
          <tr key={label}>
            <th scope="row" colSpan={2}>
              {label}
            </th>
            <td className="number">
              {strong ? (
                <strong>
                  <MoneyText money={money} />
                </strong>
              ) : (
                <MoneyText money={money} />
              )}
            </td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
