import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { CalendarDate, DateTime } from '../../ui/date-time';
import { DeclarationStatusBadge, KindBadge, OutcomeBadge } from '../badges';
import { isOverdue } from '../queue/queue-order';
import { ReviewDeadline } from '../review-deadline';

/** Where the declaration stands: status, review deadline, outcome, dates. */
export function DeclarationSummary({
  declaration,
  now,
}: {
  declaration: Declaration;
  now: number;
}) {
  const { t } = useTranslation('customs');
  return (
    <section aria-labelledby="declaration-summary">
      <h2 id="declaration-summary">{t('declaration.summary')}</h2>
      <dl className="facts">
        <dt>{t('declaration.kind')}</dt>
        <dd>
          <KindBadge kind={declaration.kind} />
        </dd>
        <dt>{t('declaration.status')}</dt>
        <dd data-testid="declaration-status">
          <DeclarationStatusBadge status={declaration.status} />
        </dd>
        <dt>{t('declaration.deadline')}</dt>
        <dd>
          <ReviewDeadline
            dueAt={declaration.reviewDueAt}
            overdue={isOverdue(declaration, now)}
            now={now}
          />
        </dd>
        <dt>{t('declaration.outcome')}</dt>
        <dd>
          <OutcomeBadge outcome={declaration.outcome} />
        </dd>
        <dt>{t('declaration.filed')}</dt>
        <dd>
          <DateTime iso={declaration.filedAt} format="short" />
        </dd>
        <dt>{t('declaration.declarationDate')}</dt>
        <dd>
          <CalendarDate date={declaration.declarationDate} />
        </dd>
        <dt>{t('declaration.ruleBook')}</dt>
        <dd>{declaration.ruleBookVersion}</dd>
        <dt>{t('declaration.id')}</dt>
        <dd>
          <code>{declaration.id}</code>
        </dd>
      </dl>
    </section>
  );
}
