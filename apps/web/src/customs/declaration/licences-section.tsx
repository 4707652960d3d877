import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/status-badge';
import type { Declaration } from '../customs.types';
import { todayIso } from '../format';
import { CalendarDate, Moment } from '../moment';
import { withItems } from './decision-rules';
import { coveredItem, isLicenceValid } from './licence-validity';

/** Licences the rules require, those the exporter attached (and whether still valid), what is missing. */
export function LicencesSection({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation('customs');
  const today = todayIso();
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
        <table aria-labelledby="declaration-licences-attached">
          <thead>
            <tr>
              <th scope="col">{t('declaration.licences.type')}</th>
              <th scope="col">{t('declaration.licences.number')}</th>
              <th scope="col">{t('declaration.licences.issuer')}</th>
              <th scope="col">{t('declaration.licences.validUntil')}</th>
              <th scope="col">{t('declaration.licences.validity')}</th>
              <th scope="col">{t('declaration.licences.covers')}</th>
              <th scope="col">{t('declaration.licences.attachedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {licences.map((licence) => {
              const valid = isLicenceValid(licence, today);
              const item = coveredItem(licence, items);
              return (
                <tr key={licence.id}>
                  <td>
                    <code>{licence.type}</code>
                  </td>
                  <td>{licence.number}</td>
                  <td>{licence.issuer}</td>
                  <td>
                    <CalendarDate date={licence.validUntil} />
                  </td>
                  <td>
                    <StatusBadge
                      status={valid ? 'clear' : 'expired'}
                      label={t(`declaration.licences.${valid ? 'valid' : 'expired'}`)}
                    />
                  </td>
                  <td>
                    {licence.artworkId === null
                      ? t('declaration.licences.allItems')
                      : item
                        ? t('declaration.licences.item', {
                            number: item.position + 1,
                            title: item.title,
                          })
                        : licence.artworkId}
                  </td>
                  <td>
                    {licence.attachedBy}, <Moment iso={licence.attachedAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
