import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { fieldErrors } from '../../api/field-errors';
import type { Declaration } from '../../api/declaration.types';
import { currentStatusOf } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import { postDecision } from '../customs-api';
import { DECISION_LABELS, type Decision } from '../customs.types';
import { AssessedDutiesFields } from './assessed-duties-fields';
import {
  assessedAmountProblems,
  decisionBody,
  isRefusalInReview,
  missingLicencesOf,
  reasonProblem,
  REASON_MAX_LENGTH,
  type AmountProblem,
  type AssessedAmounts,
  type ReasonProblem,
} from './decision-rules';
import { MissingLicencesAlert } from './missing-licences-alert';

const BUTTONS: { decision: Decision; label: string; className?: string }[] = [
  { decision: 'APPROVE', label: DECISION_LABELS.APPROVE },
  { decision: 'REQUEST_INFO', label: DECISION_LABELS.REQUEST_INFO, className: 'secondary' },
  { decision: 'REJECT', label: DECISION_LABELS.REJECT, className: 'danger' },
];

/**
 * APPROVE, REJECT or REQUEST_INFO with a reason (required for the last two, checked before
 * anything is sent). Where the engine left the duties incomplete, an approval also needs the
 * duty and VAT the officer assessed (sent with APPROVE only). What was typed stays whatever the
 * answer; a 400 is shown under its input, a refused approval lists the missing licences, any
 * other refusal is shown above the buttons.
 */
export function DecisionForm({
  declaration,
  onDecided,
  onConflict,
  onReload,
}: {
  declaration: Declaration;
  onDecided: (next: Declaration, decision: Decision) => void;
  /** Someone else changed the declaration (a 409 that leaves it no longer in review). */
  onConflict?: () => void;
  /** Shows the declaration as it now stands (offered after such a conflict). */
  onReload?: () => void;
}) {
  const { t } = useTranslation('customs');
  const api = useApi();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ decision: Decision; problem: ReasonProblem }>();
  const sending = useAction();
  const error = sending.error;
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const dutyInput = useRef<HTMLInputElement>(null);
  const vatInput = useRef<HTMLInputElement>(null);
  // the lines an approval needs the officer's duties for, as the service decides it
  const toAssess = declaration.dutiesToAssess;
  const dutiesCurrency = toAssess.length > 0 ? declaration.duties?.currency : undefined;
  const [amounts, setAmounts] = useState<AssessedAmounts>({ duty: '', vat: '' });
  const [amountProblems, setAmountProblems] = useState<
    Partial<Record<keyof AssessedAmounts, AmountProblem>>
  >({});

  async function decide(decision: Decision) {
    const found = reasonProblem(decision, reason);
    const foundAmounts =
      decision === 'APPROVE' && dutiesCurrency ? assessedAmountProblems(amounts) : {};
    setProblem(found && { decision, problem: found });
    setAmountProblems(foundAmounts);
    sending.clear();
    if (found) {
      reasonInput.current?.focus();
      return;
    }
    if (Object.keys(foundAmounts).length > 0) {
      (foundAmounts.duty ? dutyInput : vatInput).current?.focus();
      return;
    }
    const assessed = dutiesCurrency ? { amounts, currency: dutiesCurrency } : undefined;
    const result = await sending.run(() =>
      postDecision(api, declaration.id, decisionBody(decision, reason, assessed)),
    );
    if (result.ok) return onDecided(result.value, decision);
    const caught = result.error;
    if (caught instanceof ApiError && caught.status === 400 && caught.forField('reason').length)
      reasonInput.current?.focus();
    else if (
      caught instanceof ApiError &&
      caught.status === 400 &&
      caught.forField('duties').length
    )
      (caught.forField('duties.vat').length && !caught.forField('duties.duty').length
        ? vatInput
        : dutyInput
      ).current?.focus();
    if (
      caught instanceof ApiError &&
      caught.status === 409 &&
      !missingLicencesOf(caught) &&
      !isRefusalInReview(caught)
    )
      onConflict?.();
  }

  const missing = missingLicencesOf(error);
  // a 409 that leaves the declaration in review (duties to assess) is shown with the others
  const conflict =
    error instanceof ApiError && error.status === 409 && !missing && !isRefusalInReview(error);
  const currentStatus = currentStatusOf(error);
  const reasonErrors = [
    ...(problem?.problem === 'required'
      ? [t(`declaration.decision.required.${problem.decision}`)]
      : []),
    ...(problem?.problem === 'tooLong'
      ? [t('declaration.decision.tooLong', { max: REASON_MAX_LENGTH })]
      : []),
    ...(error instanceof ApiError && error.status === 400 ? error.forField('reason') : []),
  ];

  return (
    <form
      aria-label={t('declaration.decision.form')}
      aria-busy={sending.busy}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <TextAreaField
        ref={reasonInput}
        label={t('declaration.decision.reason')}
        name="reason"
        rows={4}
        maxLength={REASON_MAX_LENGTH}
        value={reason}
        onChange={setReason}
        hint={t('declaration.decision.reasonHint')}
        errors={reasonErrors}
      />
      {dutiesCurrency && (
        <AssessedDutiesFields
          declaration={declaration}
          toAssess={toAssess}
          amounts={amounts}
          onChange={setAmounts}
          problems={amountProblems}
          errors={fieldErrors(
            error instanceof ApiError && error.status === 400 ? error : undefined,
          )}
          inputs={{ duty: dutyInput, vat: vatInput }}
        />
      )}
      {missing && <MissingLicencesAlert missing={missing} items={declaration.items} />}
      {conflict && (
        <div role="alert" className="form-error">
          <p>{t('declaration.decision.conflict')}</p>
          {currentStatus && (
            <p>
              {t('declaration.decision.currentStatus', { status: t(`statuses.${currentStatus}`) })}
            </p>
          )}
          <ul>
            {error.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {onReload && (
            <button type="button" className="secondary" onClick={onReload}>
              {t('declaration.decision.reload')}
            </button>
          )}
        </div>
      )}
      {!missing && !conflict && (
        <FormErrors error={error} shown={dutiesCurrency ? ['reason', 'duties'] : ['reason']} />
      )}
      <div className="actions">
        {BUTTONS.map(({ decision, label, className }) => (
          <button
            key={decision}
            type="button"
            className={className}
            disabled={sending.busy}
            onClick={() => void decide(decision)}
          >
            {t(label)}
          </button>
        ))}
        <span role="status">{sending.busy && t('declaration.decision.sending')}</span>
      </div>
    </form>
  );
}
