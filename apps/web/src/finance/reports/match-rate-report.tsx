import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useApi } from '../../auth/auth-context';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import type { MatchRateReport as Report } from '../finance.types';
import { CASCADE_STATUSES, matchRateRows } from './chart-data';
import { CHART_COLOURS, ChartFrame } from './chart-frame';

/**
 * The cascade's decisions per rule (REC-EXACT … REC-NONE) by the status they left the payment
 * in, the share it matched on its own, and what people did afterwards.
 */
export function MatchRateReport() {
  const { t } = useTranslation('finance');
  const format = useFormat();
  const api = useApi();
  const titleId = useId();
  const loaded = useLoad(
    (signal) => api.request<Report>('/payments/reports/match-rate', { signal }),
    [api],
  );
  const report = loaded.data;
  const rows = matchRateRows(report);

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports.matchRate.title')}</h2>
      <LoadState loaded={loaded} />
      {report && (
        <>
          <p>
            {report.automatic.share === null
              ? t('reports.matchRate.noDecisions')
              : t('reports.matchRate.automatic', {
                  share: format.share(report.automatic.share),
                  matched: format.count(report.automatic.matched),
                  decisions: format.count(report.automatic.decisions),
                })}
          </p>
          <ChartFrame label={t('reports.matchRate.chart')}>
            {(size) => (
              <BarChart
                {...size}
                data={rows}
                accessibilityLayer={false}
                margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="rule" />
                <YAxis allowDecimals={false} width={48} />
                <Tooltip />
                {/* the cascade's order, not alphabetical */}
                <Legend itemSorter={null} />
                {CASCADE_STATUSES.map((status, index) => (
                  <Bar
                    key={status}
                    dataKey={status}
                    name={t(`reconciliationStatuses.${status}`)}
                    stackId="decisions"
                    fill={CHART_COLOURS[index]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            )}
          </ChartFrame>
          <table>
            <caption>{t('reports.matchRate.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.matchRate.rule')}</th>
                {CASCADE_STATUSES.map((status) => (
                  <th scope="col" className="number" key={status}>
                    {t(`reconciliationStatuses.${status}`)}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('reports.matchRate.total')}
                </th>
                <th scope="col" className="number">
                  {t('reports.matchRate.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.rule}>
                  <th scope="row">
                    <code>{row.rule}</code> {t(`rules.${row.rule}`)}
                  </th>
                  {CASCADE_STATUSES.map((status) => (
                    <td className="number" key={status}>
                      {format.count(row[status])}
                    </td>
                  ))}
                  <td className="number">{format.count(row.total)}</td>
                  <td className="number">{format.share(row.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('reports.matchRate.manualTitle')}</h3>
          {report.manual.length === 0 ? (
            <p>{t('reports.matchRate.noManual')}</p>
          ) : (
            <table>
              <caption>{t('reports.matchRate.manualTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.matchRate.action')}</th>
                  <th scope="col">{t('reports.matchRate.rule')}</th>
                  <th scope="col" className="number">
                    {t('reports.matchRate.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.manual.map((row) => (
                  <tr key={`${row.action}-${row.rule}`}>
                    <th scope="row">{t(`decisionActions.${row.action}`)}</th>
                    <td>
                      <code>{row.rule}</code>
                    </td>
                    <td className="number">{format.count(row.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
