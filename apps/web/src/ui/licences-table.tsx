import { useTranslation } from 'react-i18next';
import type { DeclarationItem, Licence } from '../api/declaration.types';
import { CalendarDate, DateTime } from './date-time';
import { todayIso } from './format';
import { coveredItem, isLicenceValid } from './licence-validity';
import { StatusBadge } from './status-badge';

/**
 * The licences attached to a declaration, in the reader's words (`declaration.licences.*` of
 * its namespace): type, number, issuer, last valid day and what each covers. The officer
 * (`customs`) also sees whether each still counts today and who attached it.
 */
export function LicencesTable({
  reader,
  licences,
  items,
  caption,
  labelledBy,
}: {
  reader: 'exporter' | 'customs';
  licences: Licence[];
  items: Pick<DeclarationItem, 'artworkId' | 'position' | 'title'>[];
  /** The table's name: its own caption, or the heading above it. */
  caption?: string;
  labelledBy?: string;
}) {
  const { t } = useTranslation(reader);
  const officer = reader === 'customs';
  const today = todayIso();
  const covers = (licence: Licence) => {
    if (licence.artworkId === null) return t('declaration.licences.allItems');
    const item = coveredItem(licence, items);
    if (!item) return licence.artworkId;
    return officer
      ? t('declaration.licences.item', { number: item.position + 1, title: item.title })
      : item.title;
  };
  return (
    <table aria-labelledby={labelledBy}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('declaration.licences.type')}</th>
          <th scope="col">{t('declaration.licences.number')}</th>
          <th scope="col">{t('declaration.licences.issuer')}</th>
          <th scope="col">{t('declaration.licences.validUntil')}</th>
          {officer && <th scope="col">{t('declaration.licences.validity')}</th>}
          <th scope="col">{t('declaration.licences.covers')}</th>
          {officer && <th scope="col">{t('declaration.licences.attachedBy')}</th>}
        </tr>
      </thead>
      <tbody>
        {licences.map((licence) => {
          const valid = isLicenceValid(licence, today);
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
              {officer && (
                <td>
                  <StatusBadge
                    status={valid ? 'clear' : 'expired'}
                    label={t(`declaration.licences.${valid ? 'valid' : 'expired'}`)}
                  />
                </td>
              )}
              <td>{covers(licence)}</td>
              {officer && (
                <td>
                  {licence.attachedBy}, <DateTime iso={licence.attachedAt} format="short" />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
