import { useTranslation } from 'react-i18next';
import type { Declaration } from '../shared/api-types';
import { DateTime } from '../shared/date-time';

/** The licences attached so far, and what each covers. */
export function LicencesTable({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation('exporter');
  if (declaration.licences.length === 0) return null;
  const covers = (artworkId: string | null) =>
    artworkId === null
      ? t('declaration.allItems')
      : (declaration.items.find((item) => item.artworkId === artworkId)?.title ?? artworkId);
  return (
    <table>
      <caption>{t('declaration.licences')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('declaration.licenceType')}</th>
          <th scope="col">{t('declaration.licenceNumber')}</th>
          <th scope="col">{t('declaration.issuer')}</th>
          <th scope="col">{t('declaration.validUntil')}</th>
          <th scope="col">{t('declaration.covers')}</th>
        </tr>
      </thead>
      <tbody>
        {declaration.licences.map((licence) => (
          <tr key={licence.id}>
            <td>
              <code>{licence.type}</code>
            </td>
            <td>{licence.number}</td>
            <td>{licence.issuer}</td>
            <td>
              <DateTime iso={licence.validUntil} dateOnly />
            </td>
            <td>{covers(licence.artworkId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
