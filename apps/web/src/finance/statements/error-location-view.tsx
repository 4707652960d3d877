import { useTranslation } from 'react-i18next';
import type { StatementErrorLocation } from '../finance.types';
import { locationParts } from './error-location';

/** Where in a refused statement file the problem is: statement, entry, line, element path. */
export function ErrorLocationView({
  id,
  location,
}: {
  id: string;
  location: StatementErrorLocation;
}) {
  const { t } = useTranslation('finance');
  return (
    <div id={id} className="error-location" role="group" aria-label={t('statements.location')}>
      <strong>{t('statements.location')}</strong>
      <dl>
        {locationParts(location).map(({ part, value }) => (
          <div key={part}>
            <dt>{t(`statements.locationParts.${part}`)}</dt>
            <dd>{part === 'path' ? <code>{value}</code> : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
