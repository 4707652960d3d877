import { useTranslation } from 'react-i18next';
import { fetchAudit } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { useLoad } from '../../ui/use-load';
import { AnswerForm } from './answer-form';

/**
 * The officer's open question (the declaration itself does not carry it: it is read from the
 * declaration's audit trail) and the form to answer it.
 */
export function InfoRequest({
  declarationId,
  onAnswered,
}: {
  declarationId: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const audit = useLoad((signal) => fetchAudit(api, declarationId, signal), [api, declarationId]);
  const question = audit.data?.entries.filter((entry) => entry.action === 'INFO_REQUESTED').at(-1);
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
