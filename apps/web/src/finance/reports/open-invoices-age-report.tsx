import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { todayIso } from '../../ui/format';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import { AGE_BASES, type AgeBasis, type OpenInvoicesByAgeReport as Report } from '../finance.types';
import { ageRows, pickCurrency, type AgeRow } from './chart-data';
import { CHART_COLOURS, ChartFrame, tickFormatter } from './chart-frame';
import { CurrencySelect } from './currency-select';

/** Open and partially paid invoices by age (0-30, 31-60, 61-90, over 90 days), per currency. */
export function OpenInvoicesAgeReport({ today = todayIso() }: { today?: string }) {
  const { t } = useTranslation('finance');
  const format = useFormat();
  const api = useApi();
  const titleId = useId();
  const [typed, setTyped] = useState<{ basis: AgeBasis; asOf: string }>({
    basis: 'due',
    asOf: today,
  });
  const [query, setQuery] = useState(typed);
  const [chosen, setChosen] = useState<string>();
  const loaded = useLoad(
    (signal) =>
      api.request<Report>('/payments/reports/open-invoices-by-age', {
        query: { ...query },
        signal,
      }),
    [api, query.basis, query.asOf],
  );
  const refused = loaded.error instanceof ApiError && loaded.error.status === 400;
  const error = refused ? (loaded.error as ApiError) : undefined;
  const report = refused ? undefined : loaded.data;
  const currencies = report?.currencies.map((entry) => entry.currency) ?? [];
  const currency = pickCurrency(currencies, chosen);
  const rows = ageRows(report, currency);
  const figures = report?.currencies.find((entry) => entry.currency === currency);
  const money = (amount: string) => format.money({ amount, currency });
  const bucketLabel = (bucket: string) => t(`reports.age.buckets.${bucketKey(bucket)}`);

  function show(event: FormEvent) {
    event.preventDefault();
    setQuery({ ...typed });
  }

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports.age.title')}</h2>
      <form className="filters" onSubmit={show} noValidate>
        <SelectField
          label={t('reports.age.basis')}
          name="basis"
          value={typed.basis}
          onChange={(basis) => setTyped((previous) => ({ ...previous, basis: basis as AgeBasis }))}
          options={AGE_BASES.map((value) => ({ value, label: t(`reports.age.bases.${value}`) }))}
          errors={error?.forField('basis')}
        />
        <TextField
          label={t('reports.age.asOf')}
          name="asOf"
          type="date"
          value={typed.asOf}
          onChange={(asOf) => setTyped((previous) => ({ ...previous, asOf }))}
          errors={error?.forField('asOf')}
        />
        <div className="actions">
          <button type="submit">{t('reports.show')}</button>
        </div>
      </form>
      <FormErrors error={error} shown={['basis', 'asOf']} />
      {!refused && <LoadState loaded={loaded} />}
      {report &&
        (currencies.length === 0 ? (
          <p>{t('reports.age.none')}</p>
        ) : (
          <>
            <CurrencySelect
              name="age-currency"
              currencies={currencies}
              value={currency}
              onChange={setChosen}
            />
            <ChartFrame label={t('reports.age.chart', { currency })}>
              {(size) => (
                <BarChart
                  {...size}
                  data={rows}
                  accessibilityLayer={false}
                  margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="bucket" tickFormatter={bucketLabel} />
                  <YAxis tickFormatter={tickFormatter(format.language)} width={64} />
                  <Tooltip
                    labelFormatter={(bucket) => bucketLabel(String(bucket))}
                    formatter={(_value, _name, item) => {
                      const row = item.payload as AgeRow;
                      return [
                        `${money(row.amount)} (${t('reports.age.invoices', { count: row.count })})`,
                        t('reports.age.open'),
                      ];
                    }}
                  />
                  <Bar
                    dataKey="value"
                    name={t('reports.age.open')}
                    fill={CHART_COLOURS[0]}
                    isAnimationActive={false}
                  />
                </BarChart>
              )}
            </ChartFrame>
            <table>
              <caption>
                {t('reports.age.table', {
                  currency,
                  asOf: format.date(report.asOf),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.age.age')}</th>
                  <th scope="col" className="number">
                    {t('reports.age.count')}
                  </th>
                  <th scope="col" className="number">
                    {t('reports.age.open')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.bucket}>
                    <th scope="row">{bucketLabel(row.bucket)}</th>
                    <td className="number">{format.count(row.count)}</td>
                    <td className="number">{money(row.amount)}</td>
                  </tr>
                ))}
              </tbody>
              {figures && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.age.total')}</th>
                    <td className="number">{format.count(figures.count)}</td>
                    <td className="number">{money(figures.open)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </>
        ))}
    </section>
  );
}

/** '>90' is no key i18next can hold; the buckets' message keys. */
function bucketKey(bucket: string): string {
  return (
    { '0-30': 'upTo30', '31-60': 'upTo60', '61-90': 'upTo90', '>90': 'over90' }[bucket] ?? bucket
  );
}
