import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { LicencesTable } from '../../ui/licences-table';
import { withItems } from './decision-rules';

/** Licences the rules require, those the exporter attached (and whether still valid), what is missing. */
export function LicencesSection({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation('customs');
  const { licencesRequired, licences, missingLicences, items } = declaration;
  const open = declaration.status === 'PENDING_REVIEW' || declaration.status === 'INFO_REQUESTED';
  return (
    <section aria-labelledby="declaration-licences">
      <h2 id="declaration-licences">{t('declaration.licences.heading')}</h2>
      <p>
        {t('declaration.licences.required')}:{' '}
        {licencesRequired.length === 0 ? (
          t('declaration.licences.noneRequired')
        ) : (
          <code>{licencesRequired.join(', ')}</code>
        )}
      </p>
      <h3 id="declaration-licences-attached">{t('declaration.licences.attached')}</h3>
      {licences.length === 0 ? (
        <p>{t('declaration.licences.noneAttached')}</p>
      ) : (
        <LicencesTable
          reader="customs"
          licences={licences}
          items={items}
          labelledBy="declaration-licences-attached"
        />
      )}
      {open && licencesRequired.length > 0 && (
        <>
          <h3>{t('declaration.licences.missing')}</h3>
          {missingLicences.length === 0 ? (
            <p>{t('declaration.licences.complete')}</p>
          ) : (
            <ul>
              {withItems(missingLicences, items).map((missing) => (
                <li key={`${missing.type}-${missing.itemNumber}`}>
                  {t('declaration.decision.missingItem', {
                    type: missing.type,
                    number: missing.itemNumber,
                    title: missing.title ?? '—',
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
