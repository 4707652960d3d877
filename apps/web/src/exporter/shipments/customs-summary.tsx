import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { shortId } from '../../ui/format';
import type { Shipment } from '../shared/api-types';
import { lastCustomsStep } from './shipment-journey';

/**
 * What the journey says about customs, for a reader the declaration is not shown to (only its
 * exporter and the officers may read it: a logistics operator gets 404).
 */
export function CustomsSummary({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation('exporter');
  const step = lastCustomsStep(shipment.timeline);
  return (
    <section id="customs" aria-labelledby="customs-summary">
      <h2 id="customs-summary">{t('declaration.title')}</h2>
      {!shipment.declarationId && !step ? (
        <p>{t('declaration.notYet')}</p>
      ) : (
        <>
          {shipment.declarationId && (
            <p>{t('declaration.reference', { id: shortId(shipment.declarationId) })}</p>
          )}
          {step && (
            <p>
              <DateTime iso={step.at} /> —{' '}
              <strong>{t(`timelineTypes.${step.type}`, { defaultValue: step.type })}</strong>:{' '}
              {step.detail}
            </p>
          )}
        </>
      )}
    </section>
  );
}
