import { useTranslation } from 'react-i18next';
import type { OpenInfoRequest } from '../../api/declaration.types';
import { fetchAudit } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { useLoad } from '../../ui/use-load';
import { AnswerForm } from './answer-form';

/**
 * The officer's open question and the form to answer it. The declaration carries the question
 * (`openInfoRequest`); from a service that does not say it yet, it is read from the audit trail.
 */
export function InfoRequest({
  declarationId,
  openRequest,
  onAnswered,
}: {
  declarationId: string;
  openRequest?: OpenInfoRequest | null;
  onAnswered: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const carried = Boolean(openRequest);
  const audit = useLoad(
    (signal) => (carried ? Promise.resolve(undefined) : fetchAudit(api, declarationId, signal)),
    [api, declarationId, carried],
  );
  const question = openRequest
    ? { actor: openRequest.askedBy, reason: openRequest.question, at: openRequest.askedAt }
    : audit.data?.entries.filter((entry) => entry.action === 'INFO_REQUESTED').at(-1);
  return (
    <div className="card" role="region" aria-label={t('declaration.answerTitle')}>
      <h3>{t('declaration.answerTitle')}</h3>
      {question && (
        <blockquote>
          <p>{t('declaration.asks', { officer: question.actor, question: question.reason })}</p>
          <footer>
            <DateTime iso={question.at} />
          </footer>
        </blockquote>
      )}
      <AnswerForm declarationId={declarationId} onAnswered={onAnswered} />
    </div>
  );
}
