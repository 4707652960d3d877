import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { useFormat } from '../../ui/use-format';

/** The shipment, who sends and receives it, from where to where, why, and how. */
export function ShipmentSection({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  const { consignee, origin, destination, incoterm } = declaration;
  return (
    <section aria-labelledby="declaration-shipment">
      <h2 id="declaration-shipment">{t('declaration.shipment.heading')}</h2>
      <dl className="facts">
        <dt>{t('declaration.shipment.exportFrom')}</dt>
        <dd>
          {format.country(origin.country)}, {origin.place}
        </dd>
        <dt>{t('declaration.shipment.importInto')}</dt>
        <dd>
          {format.country(destination.country)}, {destination.place}
        </dd>
        <dt>{t('declaration.shipment.purpose')}</dt>
        <dd>
          {t(`purposes.${declaration.purpose}`, {
            ns: 'common',
            defaultValue: declaration.purpose,
          })}
        </dd>
        <dt>{t('declaration.shipment.exporter')}</dt>
        <dd>{declaration.declarant || declaration.exporterId}</dd>
        <dt>{t('declaration.shipment.consignee')}</dt>
        <dd>
          {consignee.name}, {consignee.address} ({format.country(consignee.country)})
        </dd>
        <dt>{t('declaration.shipment.transport')}</dt>
        <dd>
          {t(`transportModes.${declaration.transportMode}`, {
            defaultValue: declaration.transportMode,
          })}
        </dd>
        <dt>{t('declaration.shipment.incoterm')}</dt>
        <dd>
          {incoterm.rule} {incoterm.place}
        </dd>
        <dt>{t('declaration.shipment.invoice')}</dt>
        <dd>{declaration.invoice ? format.money(declaration.invoice.total) : t('none')}</dd>
        <dt>{t('declaration.shipment.shipment')}</dt>
        <dd>
          <code>{declaration.shipmentId}</code>
        </dd>
      </dl>
    </section>
  );
}
