import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { AtField, useNowInput } from '../../ui/at-field';
import { DateTime } from '../../ui/date-time';
import { useAction } from '../../ui/use-action';
import type { Shipment } from '../shared/api-types';
import { code, type FormBody } from '../shared/form-values';

type Stay = NonNullable<Shipment['bondedStorage']>;

/**
 * The works' stay in a free-trade zone's bonded warehouse, as the operator records it: they
 * enter on arrival (IN_TRANSIT), then leave once, released to the domestic market or
 * re-exported; until then logistics refuses their tracking and their delivery.
 */
export function BondedStorageActions({
  shipment,
  onChanged,
}: {
  shipment: Shipment;
  onChanged: () => void;
}) {
  const { t } = useTranslation('exporter');
  const stay = shipment.bondedStorage;
  return (
    <section aria-labelledby="bonded-storage">
      <h3 id="bonded-storage">{t('shipmentActions.bonded.title')}</h3>
      {!stay && shipment.ftzBonded && (
        <p className="hint">{t('shipmentActions.bonded.declaredHint')}</p>
      )}
      {stay && <BondedStay stay={stay} />}
      {!stay && shipment.status === 'IN_TRANSIT' && (
        <BondedEntryForm shipmentId={shipment.id} onDone={onChanged} />
      )}
      {stay?.state === 'IN_BOND' && (
        <>
          <p className="hint">{t('shipmentActions.bonded.inBondHint')}</p>
          <BondedReleaseForm shipmentId={shipment.id} onDone={onChanged} />
          <BondedReExportForm shipmentId={shipment.id} onDone={onChanged} />
        </>
      )}
    </section>
  );
}

/** The stay in bond as everyone else sees it (the operator sees it with its forms). */
export function BondedStaySection({ stay }: { stay: Stay }) {
  const { t } = useTranslation('exporter');
  return (
    <section aria-labelledby="bonded-stay">
      <h2 id="bonded-stay">{t('shipmentActions.bonded.title')}</h2>
      <BondedStay stay={stay} />
    </section>
  );
}

/** Where the works are (or were) held, and how they left. */
export function BondedStay({ stay }: { stay: Stay }) {
  const { t } = useTranslation('exporter');
  return (
    <dl className="facts" aria-label={t('shipmentActions.bonded.title')}>
      <dt>{t('shipmentActions.bonded.state')}</dt>
      <dd>{t(`shipmentActions.bonded.states.${stay.state}`, { defaultValue: stay.state })}</dd>
      <dt>{t('shipmentActions.bonded.where')}</dt>
      <dd>
        {stay.zone} ({stay.country}), {stay.warehouse}, {stay.location}
      </dd>
      <dt>{t('shipmentActions.bonded.enteredAt')}</dt>
      <dd>
        <DateTime iso={stay.enteredAt} />
      </dd>
      {stay.leftAt && (
        <>
          <dt>{t('shipmentActions.bonded.leftAt')}</dt>
          <dd>
            <DateTime iso={stay.leftAt} />
          </dd>
        </>
      )}
      {stay.reExportDestination && (
        <>
          <dt>{t('shipmentActions.bonded.reExportedTo')}</dt>
          <dd>
            {stay.reExportDestination.place} ({stay.reExportDestination.country})
          </dd>
        </>
      )}
    </dl>
  );
}

/** A small form of the bonded stay: posts `body()` to `path`, shows what was refused. */
function BondedForm({
  title,
  submitLabel,
  path,
  body,
  fields,
  onDone,
  children,
}: {
  title: string;
  submitLabel: string;
  path: string;
  body: () => unknown;
  /** The fields the form shows next to their inputs; the rest shows above the button. */
  fields: string[];
  onDone: () => void;
  children: (errors: ReturnType<typeof fieldErrors>) => ReactNode;
}) {
  const api = useApi();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() => api.post(path, body()));
    if (result.ok) onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <h4>{title}</h4>
      <div className="form-grid">{children(fieldErrors(action.error))}</div>
      <FormErrors error={action.error} shown={fields} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function BondedEntryForm({ shipmentId, onDone }: { shipmentId: string; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const [zone, setZone] = useState('');
  const [warehouse, setWarehouse] = useState('');
  const [location, setLocation] = useState('');
  const at = useNowInput();
  return (
    <BondedForm
      title={t('shipmentActions.bonded.enterTitle')}
      submitLabel={t('shipmentActions.bonded.enter')}
      path={`/logistics/shipments/${shipmentId}/bonded-storage`}
      body={() =>
        ({
          zone: zone.trim(),
          warehouse: warehouse.trim(),
          location: location.trim(),
          at: at.toIso(),
        }) satisfies FormBody<BodyOf<'logistics_BondedStorageController_enter'>>
      }
      fields={['zone', 'warehouse', 'location', 'at']}
      onDone={onDone}
    >
      {(errors) => (
        <>
          <TextField
            label={t('shipmentActions.bonded.zone')}
            name="zone"
            value={zone}
            onChange={setZone}
            errors={errors.at('zone')}
            required
          />
          <TextField
            label={t('shipmentActions.bonded.warehouse')}
            name="warehouse"
            value={warehouse}
            onChange={setWarehouse}
            errors={errors.at('warehouse')}
            required
          />
          <TextField
            label={t('shipmentActions.bonded.location')}
            name="location"
            value={location}
            onChange={setLocation}
            hint={t('shipmentActions.bonded.locationHint')}
            errors={errors.at('location')}
            required
          />
          <AtField label={t('shipmentActions.bonded.at')} at={at} errors={errors.at('at')} />
        </>
      )}
    </BondedForm>
  );
}

function BondedReleaseForm({ shipmentId, onDone }: { shipmentId: string; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const at = useNowInput();
  return (
    <BondedForm
      title={t('shipmentActions.bonded.releaseTitle')}
      submitLabel={t('shipmentActions.bonded.release')}
      path={`/logistics/shipments/${shipmentId}/bonded-storage/release`}
      body={() =>
        ({ at: at.toIso() }) satisfies FormBody<BodyOf<'logistics_BondedStorageController_release'>>
      }
      fields={['at']}
      onDone={onDone}
    >
      {(errors) => (
        <AtField label={t('shipmentActions.bonded.at')} at={at} errors={errors.at('at')} />
      )}
    </BondedForm>
  );
}

function BondedReExportForm({ shipmentId, onDone }: { shipmentId: string; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const at = useNowInput();
  const [country, setCountry] = useState('');
  const [place, setPlace] = useState('');
  return (
    <BondedForm
      title={t('shipmentActions.bonded.reExportTitle')}
      submitLabel={t('shipmentActions.bonded.reExport')}
      path={`/logistics/shipments/${shipmentId}/bonded-storage/re-export`}
      body={() =>
        ({
          at: at.toIso(),
          destination: { country: code(country), place: place.trim() },
        }) satisfies FormBody<BodyOf<'logistics_BondedStorageController_reExport'>>
      }
      fields={['at', 'destination']}
      onDone={onDone}
    >
      {(errors) => (
        <>
          <AtField label={t('shipmentActions.bonded.at')} at={at} errors={errors.at('at')} />
          <TextField
            label={t('shipmentActions.bonded.country')}
            name="destination.country"
            value={country}
            onChange={setCountry}
            errors={[...errors.own('destination'), ...errors.at('destination.country')]}
            required
          />
          <TextField
            label={t('shipmentActions.bonded.place')}
            name="destination.place"
            value={place}
            onChange={setPlace}
            errors={errors.at('destination.place')}
            required
          />
        </>
      )}
    </BondedForm>
  );
}
