import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../auth/auth-context';
import { FieldFrame } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { postDecision } from '../customs-api';
import type { Decision, Declaration } from '../customs.types';
import {
  decisionBody,
  missingLicencesOf,
  reasonProblem,
  REASON_MAX_LENGTH,
  type ReasonProblem,
} from './decision-rules';
import { MissingLicencesAlert } from './missing-licences-alert';

const BUTTONS: { decision: Decision; label: string; className?: string }[] = [
  { decision: 'APPROVE', label: 'declaration.decision.approve' },
  { decision: 'REQUEST_INFO', label: 'declaration.decision.requestInfo', className: 'secondary' },
  { decision: 'REJECT', label: 'declaration.decision.reject', className: 'danger' },
];

/**
 * APPROVE, REJECT or REQUEST_INFO with a reason (required for the last two, checked before
 * anything is sent). The reason stays as typed whatever the answer; a 400 is shown under it,
 * a refused approval lists the missing licences, any other refusal is shown above the buttons.
 */
export function DecisionForm({
  declaration,
  onDecided,
  onConflict,
  onReload,
}: {
  declaration: Declaration;
  onDecided: (next: Declaration, decision: Decision) => void;
  /** Someone else changed the declaration (a 409 other than a missing licence). */
  onConflict?: () => void;
  /** Shows the declaration as it now stands (offered after such a conflict). */
  onReload?: () => void;
}) {
  const { t } = useTranslation('customs');
  const api = useApi();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ decision: Decision; problem: ReasonProblem }>();
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState<Decision>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);

  async function decide(decision: Decision) {
    const found = reasonProblem(decision, reason);
    setProblem(found && { decision, problem: found });
    setError(undefined);
    if (found) {
      reasonInput.current?.focus();
      return;
    }
    setSending(decision);
    try {
      const next = await postDecision(api, declaration.id, decisionBody(decision, reason));
      onDecided(next, decision);
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiError && caught.status === 400 && caught.forField('reason').length)
        reasonInput.current?.focus();
      if (caught instanceof ApiError && caught.status === 409 && !missingLicencesOf(caught))
        onConflict?.();
    } finally {
      setSending(undefined);
    }
  }

  const missing = missingLicencesOf(error);
  const conflict = error instanceof ApiError && error.status === 409 && !missing;
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
      aria-busy={sending !== undefined}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <FieldFrame
        label={t('declaration.decision.reason')}
        hint={t('declaration.decision.reasonHint')}
        errors={reasonErrors}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            ref={reasonInput}
            id={id}
            name="reason"
            rows={4}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FieldFrame>
      {missing && <MissingLicencesAlert missing={missing} items={declaration.items} />}
      {conflict && (
        <div role="alert" className="form-error">
          <p>{t('declaration.decision.conflict')}</p>
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
      {!missing && !conflict && <FormErrors error={error} shown={['reason']} />}
      <div className="actions">
        {BUTTONS.map(({ decision, label, className }) => (
          <button
            key={decision}
            type="button"
            className={className}
            disabled={sending !== undefined}
            onClick={() => void decide(decision)}
          >
            {t(label)}
          </button>
        ))}
        <span role="status">{sending && t('declaration.decision.sending')}</span>
      </div>
    </form>
  );
}
