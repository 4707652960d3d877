import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import type { Money } from '../../api/types';
import { CalendarDate, DateTime } from '../../ui/date-time';
import { useFormat } from '../../ui/use-format';
import { DeclarationStatusBadge, KindBadge, OutcomeBadge } from '../badges';
import { isOverdue } from '../queue/queue-order';
import { ReviewDeadline } from '../review-deadline';

/**
 * Where the declaration stands: status, review deadline, outcome, dates, and the duties: the
 * engine's and, where it left them incomplete, those the approving officer assessed (invoiced).
 */
export function DeclarationSummary({
  declaration,
  now,
}: {
  declaration: Declaration;
  now: number;
}) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  const { duties, assessedDuties } = declaration;
  const breakdown = (money: { duty: Money; vat: Money; total: Money }) =>
    t('declaration.dutiesBreakdown', {
      duty: format.money(money.duty),
      vat: format.money(money.vat),
      total: format.money(money.total),
    });
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
        {duties && (
          <>
            <dt>{t('declaration.duties')}</dt>
            <dd data-testid="engine-duties">
              {breakdown(duties)}
              {!duties.complete && ` (${t('declaration.dutiesIncomplete')})`}
            </dd>
          </>
        )}
        {assessedDuties && (
          <>
            <dt>{t('declaration.assessedDuties')}</dt>
            <dd data-testid="assessed-duties">{breakdown(assessedDuties)}</dd>
          </>
        )}
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
