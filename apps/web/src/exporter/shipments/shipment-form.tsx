import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessment.types';
import { fieldErrors, renamedFields } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import { useFocusFirstError } from '../../ui/use-focus-error';
import type { Artwork, SubmittedShipment } from '../shared/api-types';
import { ArtworkPicker } from './artwork-picker';
import { ConsigneeFields } from './consignee-fields';
import type { ShipmentFormPartProps } from './form-props';
import { InsuranceFields } from './insurance-fields';
import { PackagesEditor } from './packages-editor';
import { PreCheck, type PreCheckResult } from './pre-check';
import { RouteFields } from './route-fields';
import {
  ASSESSMENT_FIELD_NAMES,
  assessmentRequestBody,
  emptyShipmentForm,
  SHIPMENT_FORM_FIELDS,
  shipmentRequestBody,
  type ShipmentFormState,
} from './shipment-form-state';
import { TermsFields } from './terms-fields';

/**
 * A shipment of chosen AVAILABLE artworks: consignee, route, terms, insurance, packages; a
 * customs pre-check shows what the rules say before the exporter submits it.
 */
export function ShipmentForm({
  initialArtworks = [],
  onSubmitted,
}: {
  initialArtworks?: Artwork[];
  onSubmitted: (shipmentId: string) => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [form, setForm] = useState<ShipmentFormState>(emptyShipmentForm);
  const [artworks, setArtworks] = useState<Artwork[]>(initialArtworks);
  const [checked, setChecked] = useState<PreCheckResult>();
  const submission = useAction();
  const preCheck = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  // the latest refusal, the pre-check's with its fields named as the form names them
  const refusal = submission.error ?? renamedFields(preCheck.error, ASSESSMENT_FIELD_NAMES);
  const errors = fieldErrors(refusal);
  useFocusFirstError(formRef, submission.error);

  const set: ShipmentFormPartProps['set'] = (key) => (value) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const part = { form, set, errors };
  const assessment = assessmentRequestBody(form, artworks);
  const current = JSON.stringify(assessment);

  async function check() {
    submission.clear();
    const result = await preCheck.run(() =>
      api.post<Assessment>('/customs/assessments', assessment),
    );
    if (result.ok)
      setChecked({
        request: current,
        assessment: result.value,
        titles: artworks.map((artwork) => artwork.title),
      });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    preCheck.clear();
    const body = shipmentRequestBody(
      form,
      artworks.map((artwork) => artwork.id),
    );
    const result = await submission.run(() =>
      api.post<SubmittedShipment>('/logistics/shipments', body),
    );
    if (result.ok) onSubmitted(result.value.id);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('shipmentForm.title')}>
      <ArtworkPicker selected={artworks} onChange={setArtworks} errors={errors.at('artworkIds')} />
      <ConsigneeFields {...part} />
      <RouteFields {...part} />
      <TermsFields {...part} />
      <InsuranceFields {...part} />
      <PackagesEditor {...part} />
      <PreCheck
        onCheck={() => void check()}
        busy={preCheck.busy}
        error={renamedFields(preCheck.error, ASSESSMENT_FIELD_NAMES)}
        result={checked}
        current={current}
      />
      <FormErrors error={submission.error} shown={SHIPMENT_FORM_FIELDS} />
      <div className="actions">
        <button type="submit" disabled={submission.busy} aria-busy={submission.busy || undefined}>
          {t('shipmentForm.submit')}
        </button>
      </div>
    </form>
  );
}
