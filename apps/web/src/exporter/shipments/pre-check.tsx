import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessment.types';
import { AssessmentView } from '../../ui/assessment-view';
import { FormErrors } from '../../ui/form-errors';
import { SHIPMENT_FORM_FIELDS } from './shipment-form-state';

export interface PreCheckResult {
  /** The request it answered, to tell when the form has changed since. */
  request: string;
  assessment: Assessment;
  titles: string[];
}

/**
 * The customs pre-check before submitting: what the rules say about these artworks between
 * these countries (outcome, findings with rule ids and sources, licences, duties). It stores
 * nothing; the declaration is made when the shipment is submitted.
 */
export function PreCheck({
  onCheck,
  busy,
  error,
  result,
  current,
}: {
  onCheck: () => void;
  busy: boolean;
  error: unknown;
  result?: PreCheckResult;
  /** The request the form would send now. */
  current: string;
}) {
  const { t } = useTranslation('exporter');
  return (
    <section aria-labelledby="pre-check">
      <h2 id="pre-check">{t('preCheck.title')}</h2>
      <p className="hint">{t('preCheck.intro')}</p>
      <button
        type="button"
        className="secondary"
        onClick={onCheck}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {t('preCheck.run')}
      </button>
      <FormErrors error={error} shown={SHIPMENT_FORM_FIELDS} />
      {result && (
        <div role="region" aria-label={t('preCheck.result')}>
          {result.request !== current && (
            <p className="hint" role="status">
              {t('preCheck.stale')}
            </p>
          )}
          <AssessmentView assessment={result.assessment} itemTitles={result.titles} />
        </div>
      )}
    </section>
  );
}
