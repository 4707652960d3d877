import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../ui/date-time';
import { StatusBadge } from '../../ui/status-badge';
import { useFormat } from '../../ui/use-format';
import { WORLD_TERRITORY, type IpLicence } from '../shared/api-types';

/** Where products may go: "Worldwide", or the countries by name. */
export function Territories({ territories }: { territories: string[] }) {
  const { t } = useTranslation('exporter');
  const format = useFormat();
  if (territories.includes(WORLD_TERRITORY)) return <>{t('ipLicences.worldwide')}</>;
  return <>{territories.map((country) => format.country(country)).join(', ')}</>;
}

/** "1 Jan 2026 – 31 Dec 2027", both days included. */
export function LicencePeriod({ licence }: { licence: Pick<IpLicence, 'validFrom' | 'validTo'> }) {
  return (
    <>
      <CalendarDate date={licence.validFrom} /> – <CalendarDate date={licence.validTo} />
    </>
  );
}

export function LicenceStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('exporter');
  return (
    <StatusBadge
      status={`licence-${status}`}
      label={t(`ipLicenceStatuses.${status}`, { defaultValue: status })}
    />
  );
}
