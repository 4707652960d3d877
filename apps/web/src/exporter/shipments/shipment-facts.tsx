import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { TextWithTimes } from '../../ui/text-with-times';
import { useFormat } from '../../ui/use-format';
import type { Shipment } from '../shared/api-types';
import { ArtworkLink } from './artwork-link';
import { RefusalExplanations } from './refusal-reasons';

/** The shipment's artworks, parties and terms, as submitted. */
export function ShipmentFacts({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const { money } = useFormat();
  return (
    <section aria-labelledby="shipment-terms">
      <h2 id="shipment-terms">{t('shipment.terms')}</h2>
      <dl className="facts">
        <dt>{t('shipmentForm.artworks')}</dt>
        <dd>
          <ul className="plain">
            {shipment.artworkIds.map((id) => (
              <li key={id}>
                <ArtworkLink artworkId={id} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('shipmentForm.consignee')}</dt>
        <dd>
          {shipment.consignee.name} ({shipment.consignee.country}), {shipment.consignee.address}
        </dd>
        <dt>{t('shipment.from')}</dt>
        <dd>
          {shipment.origin.place} ({shipment.origin.country})
        </dd>
        <dt>{t('shipment.to')}</dt>
        <dd>
          {shipment.destination.place} ({shipment.destination.country})
        </dd>
        {shipment.ftzBonded && (
          <>
            <dt>{t('shipment.bondedStorage')}</dt>
            <dd>{t('shipment.bonded')}</dd>
          </>
        )}
        <dt>{t('shipmentForm.purpose')}</dt>
        <dd>{tc(`purposes.${shipment.purpose}`, { defaultValue: shipment.purpose })}</dd>
        <dt>{t('shipmentForm.incoterm')}</dt>
        <dd>
          {shipment.incoterm.rule} {shipment.incoterm.place}
        </dd>
        <dt>{t('shipmentForm.transportMode')}</dt>
        <dd>{t(`transportModes.${shipment.transportMode}`)}</dd>
        <dt>{t('shipmentForm.price')}</dt>
        <dd>{money(shipment.price)}</dd>
        <dt>{t('shipmentForm.insurance')}</dt>
        <dd>
          {shipment.insurance
            ? `${money(shipment.insurance.insuredValue)}, ${t(`clauses.${shipment.insurance.clauses}`)}`
            : '—'}
        </dd>
        <dt>{t('shipmentForm.packages')}</dt>
        <dd>
          {shipment.packages.length === 0
            ? '—'
            : shipment.packages
                .map(
                  (pack) =>
                    `${t(`packageTypes.${pack.type}`)} (${t(`packageMaterials.${pack.material}`)}, ${pack.grossKg} kg${pack.ispm15Marked ? ', ISPM 15' : ''})`,
                )
                .join('; ')}
        </dd>
        <dt>{t('shipment.submittedAt')}</dt>
        <dd>
          <DateTime iso={shipment.submittedAt} />
        </dd>
        {shipment.dispatchedAt && (
          <>
            <dt>{t('shipment.dispatchedAt')}</dt>
            <dd>
              <DateTime iso={shipment.dispatchedAt} />
            </dd>
          </>
        )}
        {shipment.paymentReversedAt && (
          <>
            <dt>{t('shipment.paymentReversedAt')}</dt>
            <dd>
              <DateTime iso={shipment.paymentReversedAt} />
              <p className="hint">{t('shipment.paymentReversedHint')}</p>
            </dd>
          </>
        )}
        {shipment.cancellationReason && (
          <>
            <dt>{t('shipment.cancellationReason')}</dt>
            <dd>
              {/* logistics writes its instants in UTC ("payment deadline … passed") */}
              <TextWithTimes text={shipment.cancellationReason} />
              <RefusalExplanations text={shipment.cancellationReason} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
