import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../auth/auth-context';
import { CalendarDate } from '../../ui/date-time';
import { TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { todayIso } from '../../ui/format';
import { MoneyText } from '../../ui/money-text';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import type { EscrowHeldReport as Report } from '../finance.types';
import {
  escrowCurrencies,
  escrowSeries,
  lastDays,
  pickCurrency,
  type EscrowPoint,
} from './chart-data';
import { CHART_COLOURS, ChartFrame, tickFormatter } from './chart-frame';
import { CurrencySelect } from './currency-select';

/**
 * Escrow held (ESCROW_LIABILITY) at the end of each day of a range, per currency, and what is
 * held now. GET /reports/escrow-held answers the daily series only when given from and to.
 */
export function EscrowHeldReport({ today = todayIso() }: { today?: string }) {
  const { t } = useTranslation('finance');
  const format = useFormat();
  const api = useApi();
  const titleId = useId();
  const [typed, setTyped] = useState(() => lastDays(today, 30));
  const [range, setRange] = useState(typed);
  const [chosen, setChosen] = useState<string>();
  const loaded = useLoad(
    (signal) =>
      api.request<Report>('/payments/reports/escrow-held', { query: { ...range }, signal }),
    [api, range.from, range.to],
  );
  const refused = loaded.error instanceof ApiError && loaded.error.status === 400;
  const error = refused ? (loaded.error as ApiError) : undefined;
  const report = refused ? undefined : loaded.data;
  const currencies = escrowCurrencies(report);
  const currency = pickCurrency(currencies, chosen);
  const points = escrowSeries(report, currency, today);
  const money = (amount: string) => format.money({ amount, currency });

  function show(event: FormEvent) {
    event.preventDefault();
    setRange({ ...typed });
  }

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports.escrow.title')}</h2>
      <form className="filters" onSubmit={show} noValidate>
        <TextField
          label={t('reports.escrow.from')}
          name="from"
          type="date"
          value={typed.from}
          onChange={(from) => setTyped((previous) => ({ ...previous, from }))}
          errors={error?.forField('from')}
        />
        <TextField
          label={t('reports.escrow.to')}
          name="to"
          type="date"
          value={typed.to}
          onChange={(to) => setTyped((previous) => ({ ...previous, to }))}
          errors={error?.forField('to')}
        />
        <div className="actions">
          <button type="submit">{t('reports.show')}</button>
        </div>
      </form>
      <FormErrors error={error} shown={['from', 'to']} />
      {!refused && <LoadState loaded={loaded} />}
      {report && (
        <>
          {report.currencies.length > 0 && (
            <table>
              <caption>{t('reports.escrow.now')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.currency')}</th>
                  <th scope="col" className="number">
                    {t('reports.escrow.held')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.currencies.map((entry) => (
                  <tr key={entry.currency}>
                    <th scope="row">{entry.currency}</th>
                    <td className="number">
                      <MoneyText money={{ amount: entry.held, currency: entry.currency }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {currencies.length === 0 ? (
            <p>{t('reports.escrow.none')}</p>
          ) : (
            <>
              <CurrencySelect
                name="escrow-currency"
                currencies={currencies}
                value={currency}
                onChange={setChosen}
              />
              {!report.series && <p className="hint">{t('reports.escrow.noSeries')}</p>}
              <ChartFrame label={t('reports.escrow.chart', { currency })}>
                {(size) => (
                  <LineChart
                    {...size}
                    data={points}
                    accessibilityLayer={false}
                    margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
                  >
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis
                      dataKey="date"
                      tickFormatter={(date: string) => format.date(date)}
                      minTickGap={24}
                    />
                    <YAxis tickFormatter={tickFormatter(format.language)} width={64} />
                    <Tooltip
                      labelFormatter={(date) => format.date(String(date))}
                      formatter={(_value, _name, item) => [
                        money((item.payload as EscrowPoint).amount),
                        t('reports.escrow.held'),
                      ]}
                    />
                    <Line
                      type="linear"
                      dataKey="value"
                      name={t('reports.escrow.held')}
                      stroke={CHART_COLOURS[0]}
                      strokeWidth={2}
                      dot={points.length <= 31}
                      isAnimationActive={false}
                    />
                  </LineChart>
                )}
              </ChartFrame>
              <table>
                <caption>{t('reports.escrow.table', { currency })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.escrow.date')}</th>
                    <th scope="col" className="number">
                      {t('reports.escrow.held')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.date}>
                      <th scope="row">
                        <CalendarDate date={point.date} />
                      </th>
                      <td className="number">{money(point.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
