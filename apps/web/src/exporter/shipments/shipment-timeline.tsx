import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { TextWithTimes } from '../../ui/text-with-times';
import type { TimelineStep } from '../shared/api-types';
import { RefusalExplanations } from './refusal-reasons';
import { stepsInOrder } from './shipment-journey';

/**
 * The journey as the user sees it: every step across the four services, in order, with its
 * time, the service that reported it and what it said. New steps are announced as they come.
 */
export function ShipmentTimeline({
  steps,
  following,
}: {
  steps: TimelineStep[];
  /** The page is still asking for news (the shipment is not in a final status). */
  following: boolean;
}) {
  const { t } = useTranslation('exporter');
  return (
    <section aria-labelledby="journey">
      <h2 id="journey">{t('timeline.title')}</h2>
      <p className="hint">{following ? t('timeline.following') : t('timeline.finished')}</p>
      {steps.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('timeline.title')} aria-live="polite">
          {stepsInOrder(steps).map((step, index) => (
            <li key={`${step.at}-${step.type}-${index}`}>
              <DateTime iso={step.at} /> —{' '}
              <strong>{t(`timelineTypes.${step.type}`, { defaultValue: step.type })}</strong>{' '}
              <span className="badge source">
                {t(`sources.${step.source}`, { defaultValue: step.source })}
              </span>
              {step.detail && (
                <div className="step-detail">
                  <TextWithTimes text={step.detail} />
                </div>
              )}
              {step.type === 'RESERVATION_REFUSED' && <RefusalExplanations text={step.detail} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
