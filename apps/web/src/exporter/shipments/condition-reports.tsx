import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import type { ConditionReport, ConditionReportList } from '../shared/api-types';
import { DamageLine } from './damage-line';

/** Only a web address is a link: a storage key, or any other scheme, stays text. */
const WEB_ADDRESS = /^https?:\/\//i;

/**
 * The condition reports recorded for the shipment, oldest first (GET .../condition-reports,
 * for every role that sees the shipment), read again whenever the journey moves on (`version`):
 * a report recorded is a step of the timeline.
 */
export function ConditionReports({ shipmentId, version }: { shipmentId: string; version: number }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const loaded = useLoad(
    (signal) =>
      api.request<ConditionReportList>(`/logistics/shipments/${shipmentId}/condition-reports`, {
        signal,
      }),
    [api, shipmentId, version],
  );
  const reports = loaded.data?.items;
  return (
    <section aria-labelledby="condition-reports">
      <h2 id="condition-reports">{t('conditionReports.title')}</h2>
      <LoadState loaded={loaded} />
      {reports &&
        (reports.length === 0 ? (
          <p>{t('conditionReports.none')}</p>
        ) : (
          <ol className="plain" aria-label={t('conditionReports.title')}>
            {reports.map((report) => (
              <ConditionReportItem key={report.id} report={report} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function ConditionReportItem({ report }: { report: ConditionReport }) {
  const { t } = useTranslation('exporter');
  const title = t(`conditionReports.stages.${report.stage}`);
  return (
    <li aria-label={title}>
      <h3>{title}</h3>
      <dl className="facts">
        <dt>{t('shipmentActions.condition.at')}</dt>
        <dd>
          <DateTime iso={report.at} />
        </dd>
        <dt>{t('shipmentActions.condition.inspector')}</dt>
        <dd>{report.inspector}</dd>
        <dt>{t('conditionReports.recorded')}</dt>
        <dd>
          {t('conditionReports.recordedBy', { user: report.recordedBy })}{' '}
          <DateTime iso={report.recordedAt} />
        </dd>
        <dt>{t('conditionReports.condition')}</dt>
        <dd>
          {report.damages.length === 0 ? (
            t('conditionReports.noDamage')
          ) : (
            <>
              {report.stage === 'DESTINATION' &&
                t('conditionReports.newDamages', { count: report.newDamages })}
              <ul aria-label={t('shipmentActions.condition.damages')}>
                {report.damages.map((damage, index) => (
                  <li key={`${damage.location}-${index}`}>
                    <DamageLine damage={damage} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </dd>
        {report.notes && (
          <>
            <dt>{t('shipmentActions.condition.notes')}</dt>
            <dd className="condition-notes">{report.notes}</dd>
          </>
        )}
        <dt>{t('shipmentActions.condition.photoRefs')}</dt>
        <dd>
          <ul className="plain" aria-label={t('shipmentActions.condition.photoRefs')}>
            {report.photoRefs.map((ref, index) => (
              <li key={`${ref}-${index}`}>
                {WEB_ADDRESS.test(ref) ? (
                  <a href={ref} target="_blank" rel="noopener noreferrer">
                    {ref}
                  </a>
                ) : (
                  <code>{ref}</code>
                )}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}
