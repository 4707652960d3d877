import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import type { Shipment } from '../shared/api-types';
import type { FormBody } from '../shared/form-values';

type Outcome = BodyOf<'logistics_ShipmentsController_settleDispute'>['outcome'];

/** docs/API.md: a settlement's reason is at most 500 characters. */
export const SETTLEMENT_REASON_MAX = 500;

/**
 * What the admin does for the buyer, who has no account yet: accept or refuse a DELIVERED
 * shipment (a refusal opens a dispute), and settle a DISPUTED one.
 */
export function AdminActions({
  shipment,
  onChanged,
}: {
  shipment: Shipment;
  onChanged: () => void;
}) {
  if (shipment.status === 'DELIVERED')
    return <AcceptanceForm shipmentId={shipment.id} onDone={onChanged} />;
  if (shipment.status === 'DISPUTED')
    return <SettlementForm shipment={shipment} onDone={onChanged} />;
  return null;
}

function AcceptanceForm({ shipmentId, onDone }: { shipmentId: string; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();

  async function answer(accepted: boolean) {
    const given = reason.trim();
    action.clear();
    setMissing(!accepted && !given);
    if (!accepted && !given) return;
    const result = await action.run(() =>
      api.post(`/logistics/shipments/${shipmentId}/acceptance`, {
        accepted,
        ...(given && { reason: given }),
      } satisfies BodyOf<'logistics_ShipmentsController_answer'>),
    );
    if (result.ok) {
      setReason('');
      onDone();
    }
  }

  return (
    <section aria-labelledby="buyer-answer">
      <h2 id="buyer-answer">{t('shipmentActions.admin.title')}</h2>
      <form
        aria-label={t('shipmentActions.admin.title')}
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <p className="hint">{t('shipmentActions.admin.acceptanceHint')}</p>
        <TextAreaField
          label={t('shipmentActions.admin.reason')}
          name="reason"
          rows={3}
          value={reason}
          onChange={setReason}
          errors={[
            ...(missing ? [t('shipmentActions.admin.refusalNeedsReason')] : []),
            ...fieldErrors(action.error).at('reason'),
          ]}
        />
        <FormErrors error={action.error} shown={['reason']} />
        <div className="actions">
          <button type="button" disabled={action.busy} onClick={() => void answer(true)}>
            {t('shipmentActions.admin.accept')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={action.busy}
            onClick={() => void answer(false)}
          >
            {t('shipmentActions.admin.refuse')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SettlementForm({ shipment, onDone }: { shipment: Shipment; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  // only a sale has something to undo (a loan, a return leg: 409)
  const outcomes: Outcome[] =
    shipment.purpose === 'SALE' ? ['RELEASE_TO_EXPORTER', 'REFUND_BUYER'] : ['RELEASE_TO_EXPORTER'];
  const [outcome, setOutcome] = useState<string>(outcomes[0]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const action = useAction();
  const errors = fieldErrors(action.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    action.clear();
    const given = reason.trim();
    // the textarea's maxLength keeps it within SETTLEMENT_REASON_MAX
    const found = given ? undefined : t('shipmentActions.admin.reasonRequired');
    setProblem(found);
    if (found) return;
    const result = await action.run(() =>
      api.post(`/logistics/shipments/${shipment.id}/dispute-settlement`, {
        outcome,
        reason: given,
      } satisfies FormBody<BodyOf<'logistics_ShipmentsController_settleDispute'>>),
    );
    if (result.ok) {
      setReason('');
      onDone();
    }
  }

  return (
    <section aria-labelledby="settle-dispute">
      <h2 id="settle-dispute">{t('shipmentActions.admin.settleTitle')}</h2>
      <form onSubmit={submit} noValidate aria-label={t('shipmentActions.admin.settleTitle')}>
        <p className="hint">{t('shipmentActions.admin.settleHint')}</p>
        <div className="form-grid">
          <SelectField
            label={t('shipmentActions.admin.outcome')}
            name="outcome"
            value={outcome}
            onChange={setOutcome}
            options={outcomes.map((value) => ({
              value,
              label: t(`shipmentActions.admin.outcomes.${value}`),
            }))}
            hint={shipment.purpose === 'SALE' ? undefined : t('shipmentActions.admin.noRefundHint')}
            errors={errors.at('outcome')}
            required
          />
        </div>
        <TextAreaField
          label={t('shipmentActions.admin.settleReason')}
          name="reason"
          rows={3}
          maxLength={SETTLEMENT_REASON_MAX}
          value={reason}
          onChange={setReason}
          errors={problem ? [problem] : errors.at('reason')}
          required
        />
        <FormErrors error={action.error} shown={['outcome', 'reason']} />
        <div className="actions">
          <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
            {t('shipmentActions.admin.settle')}
          </button>
        </div>
      </form>
    </section>
  );
}
