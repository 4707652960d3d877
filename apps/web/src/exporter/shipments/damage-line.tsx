import { useTranslation } from 'react-i18next';
import type { ConditionReport, Shipment } from '../shared/api-types';

type Damage =
  ConditionReport['damages'][number] | NonNullable<Shipment['claim']>['damages'][number];

/**
 * One damage as a condition report or a claim lists it: where, what, how bad and, on arrival,
 * against the earlier reports (new, worse than before).
 */
export function DamageLine({ damage }: { damage: Damage }) {
  const { t } = useTranslation('exporter');
  return (
    <>
      <strong>{damage.location}</strong>: {damage.description} (
      {t(`shipmentActions.severities.${damage.severity}`)}
      {damage.finding && `, ${t(`shipmentActions.findings.${damage.finding}`)}`}
      {damage.previously &&
        `, ${t('shipmentActions.claim.worsened', {
          previously: t(`shipmentActions.severities.${damage.previously}`),
        })}`}
      )
    </>
  );
}
