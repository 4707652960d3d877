import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { useAuth } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import type { Decision } from '../customs.types';
import { DecisionForm } from './decision-form';
import { OpenInfoRequest } from './open-info-request';

/**
 * The decision part of the page: the form while the declaration waits for an officer, else
 * what was decided (or that the exporter owes an answer); after a decision, a notice that
 * takes the focus the vanished buttons had.
 */
export function DecisionSection({
  declaration,
  recorded,
  onDecided,
  onConflict,
  onReload,
}: {
  declaration: Declaration;
  /** The decision just taken on this page, if any. */
  recorded?: Decision;
  onDecided: (next: Declaration, decision: Decision) => void;
  onConflict: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('customs');
  const { hasRole, session } = useAuth();
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (recorded) notice.current?.focus();
  }, [recorded]);
  const { status, decision } = declaration;
  // the service refuses (403) an officer's decision on goods of their own: another officer decides
  const ownDeclaration = session?.username === declaration.exporterId;

  return (
    <section aria-labelledby="declaration-decision">
      <h2 id="declaration-decision">{t('declaration.decision.heading')}</h2>
      {recorded && (
        <p ref={notice} role="status" tabIndex={-1} className="notice">
          {t('declaration.decision.recorded', { status: t(`statuses.${status}`) })}
        </p>
      )}
      {status === 'PENDING_REVIEW' &&
        (hasRole('CUSTOMS_OFFICER') && ownDeclaration ? (
          <p>{t('declaration.decision.ownDeclaration')}</p>
        ) : hasRole('CUSTOMS_OFFICER') ? (
          <DecisionForm
            declaration={declaration}
            onDecided={onDecided}
            onConflict={onConflict}
            onReload={onReload}
          />
        ) : (
          <p>{t('declaration.decision.officersOnly')}</p>
        ))}
      {status === 'INFO_REQUESTED' && (
        <>
          <p>{t('declaration.decision.waiting')}</p>
          {declaration.openInfoRequest && <OpenInfoRequest request={declaration.openInfoRequest} />}
        </>
      )}
      {decision && status !== 'PENDING_REVIEW' && status !== 'INFO_REQUESTED' && (
        <dl className="facts">
          <dt>{t('declaration.decision.decidedBy')}</dt>
          <dd>{t(`actors.${decision.decidedBy}`, { defaultValue: decision.decidedBy })}</dd>
          <dt>{t('declaration.decision.decidedAt')}</dt>
          <dd>
            <DateTime iso={decision.decidedAt} format="short" />
          </dd>
          {decision.reason && (
            <>
              <dt>{t('declaration.decision.reasonGiven')}</dt>
              <dd>{decision.reason}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
