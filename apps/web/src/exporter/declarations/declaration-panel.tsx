import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { DateTime } from '../../ui/date-time';
import { LicencesTable } from '../../ui/licences-table';
import { StatusBadge } from '../../ui/status-badge';
import { InfoRequest } from './info-request';
import { LicenceForm } from './licence-form';
import { isUnderReview, missingByType } from './licence-form-state';

/**
 * Where the exporter's declaration stands and what it needs from the exporter: the licences
 * still missing (and a form to attach one), the officer's question (and a form to answer it).
 */
export function DeclarationPanel({
  declaration,
  onChanged,
}: {
  declaration: Declaration;
  onChanged: () => void;
}) {
  const { t } = useTranslation('exporter');
  const [notice, setNotice] = useState<string>();
  const missing = missingByType(declaration);
  const changed = (text: string) => () => {
    setNotice(text);
    onChanged();
  };
  return (
    <div className="declaration-panel">
      <p>
        {t('declaration.status')}:{' '}
        <StatusBadge
          status={declaration.status}
          label={t(`declarationStatuses.${declaration.status}`, {
            defaultValue: declaration.status,
          })}
        />
        {declaration.reviewDueAt && isUnderReview(declaration) && (
          <>
            {' — '}
            {t('declaration.reviewDue')} <DateTime iso={declaration.reviewDueAt} />
            {declaration.overdue && (
              <>
                {' '}
                <StatusBadge status="OVERDUE" label={t('deadlines.overdue')} />
              </>
            )}
          </>
        )}
      </p>
      {declaration.decision && (
        <p>
          {t('declaration.decidedBy', { officer: declaration.decision.decidedBy })}{' '}
          <DateTime iso={declaration.decision.decidedAt} />
          {declaration.decision.reason && <>: {declaration.decision.reason}</>}
        </p>
      )}
      {declaration.licencesRequired.length > 0 && (
        <p>
          {t('declaration.licencesRequired')}: {declaration.licencesRequired.join(', ')}
        </p>
      )}
      {missing.length > 0 && (
        <div role="alert">
          <p>{t('declaration.missing')}</p>
          <ul>
            {missing.map((entry) => (
              <li key={entry.type}>
                <code>{entry.type}</code> — {entry.items.join(', ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {declaration.licences.length > 0 && (
        <LicencesTable
          reader="exporter"
          licences={declaration.licences}
          items={declaration.items}
          caption={t('declaration.licences.caption')}
        />
      )}
      {notice && <p role="status">{notice}</p>}
      {declaration.status === 'INFO_REQUESTED' && (
        <InfoRequest
          declarationId={declaration.id}
          openRequest={declaration.openInfoRequest}
          onAnswered={changed(t('declaration.answered'))}
        />
      )}
      {isUnderReview(declaration) &&
        (declaration.licencesRequired.length > 0 || declaration.status === 'INFO_REQUESTED') && (
          <LicenceForm declaration={declaration} onAttached={changed(t('declaration.attached'))} />
        )}
    </div>
  );
}
