import { useTranslation } from 'react-i18next';
import type { OpenInfoRequest as Question } from '../../api/declaration.types';
import { DateTime } from '../../ui/date-time';

/** The officer's question the exporter has still to answer, who asked it and when. */
export function OpenInfoRequest({ request }: { request: Question }) {
  const { t } = useTranslation('customs');
  return (
    <figure className="card" aria-label={t('declaration.decision.openQuestion')}>
      <figcaption>
        {t('declaration.decision.askedBy', { officer: request.askedBy })},{' '}
        <DateTime iso={request.askedAt} format="short" />
      </figcaption>
      <blockquote>
        <p>{request.question}</p>
      </blockquote>
    </figure>
  );
}
