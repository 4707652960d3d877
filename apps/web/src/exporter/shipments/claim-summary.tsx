import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { TextWithTimes } from '../../ui/text-with-times';
import type { Shipment } from '../shared/api-types';
import { DamageLine } from './damage-line';

type Claim = NonNullable<Shipment['claim']>;

/** The damage claim a destination report opened: what was found, and whether escrow waits. */
export function ClaimSummary({ claim }: { claim: Claim }) {
  const { t } = useTranslation('exporter');
  return (
    <section aria-labelledby="damage-claim">
      <h2 id="damage-claim">{t('shipmentActions.claim.title')}</h2>
      <dl className="facts">
        <dt>{t('shipmentActions.claim.status')}</dt>
        <dd>
          {t(`shipmentActions.claim.statuses.${claim.status}`, { defaultValue: claim.status })}
        </dd>
        <dt>{t('shipmentActions.claim.openedAt')}</dt>
        <dd>
          <DateTime iso={claim.openedAt} />
        </dd>
        <dt>{t('shipmentActions.claim.openedBy')}</dt>
        <dd>{claim.openedBy}</dd>
        <dt>{t('shipmentActions.claim.reason')}</dt>
        <dd>
          <TextWithTimes text={claim.reason} />
        </dd>
        <dt>{t('shipmentActions.claim.escrow')}</dt>
        <dd>
          {claim.escrowHeld
            ? t('shipmentActions.claim.escrowHeld')
            : t('shipmentActions.claim.escrowNotHeld')}
        </dd>
      </dl>
      <h3>{t('shipmentActions.claim.damages')}</h3>
      <ul aria-label={t('shipmentActions.claim.damages')}>
        {claim.damages.map((damage, index) => (
          <li key={`${damage.location}-${index}`}>
            <DamageLine damage={damage} />
          </li>
        ))}
      </ul>
    </section>
  );
}
