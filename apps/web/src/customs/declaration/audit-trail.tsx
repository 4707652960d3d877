import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/declaration.types';
import { CalendarDate, DateTime } from '../../ui/date-time';
import { MoneyText } from '../../ui/money-text';
import { DECISION_LABELS, type Decision } from '../customs.types';
import { detailPairs, inOrder, type CodeList, type DetailValue } from './audit-entries';

/** Every step of the declaration, oldest first: when, who, what (and its details), why. */
export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('customs');
  if (entries.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <table aria-label={t('audit.heading')}>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
          <th scope="col">{t('audit.why')}</th>
        </tr>
      </thead>
      <tbody>
        {inOrder(entries).map((entry) => (
          <AuditRow key={entry.seq} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('customs');
  const status = (value: string) => t(`statuses.${value}`, { defaultValue: value });
  const details = detailPairs(entry.details);
  return (
    <tr>
      <td>
        <DateTime iso={entry.at} format="short" />
      </td>
      <td>{t(`actors.${entry.actor}`, { defaultValue: entry.actor })}</td>
      <td>
        <strong>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</strong>
        {entry.toStatus && (
          <div>
            {entry.fromStatus && entry.fromStatus !== entry.toStatus
              ? t('audit.statusChange', {
                  from: status(entry.fromStatus),
                  to: status(entry.toStatus),
                })
              : t('audit.statusSet', { to: status(entry.toStatus) })}
          </div>
        )}
        {details.length > 0 && (
          <dl className="audit-details">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`audit.details.${key}`, { defaultValue: key })}</dt>
                <dd>
                  <DetailText value={value} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </td>
      <td>{entry.reason ?? '—'}</td>
    </tr>
  );
}

function DetailText({ value }: { value: DetailValue }) {
  const { t } = useTranslation('customs');
  // the code itself only for one this web does not know yet
  const codeText = (list: CodeList, code: string) =>
    list === 'outcome'
      ? t(`assessment.outcomes.${code}`, { ns: 'common', defaultValue: code })
      : code in DECISION_LABELS
        ? t(DECISION_LABELS[code as Decision])
        : code;
  if (value.kind === 'amounts')
    return (
      <>
        {value.amounts.map(({ label, money }, index) => (
          <span key={label}>
            {index > 0 && ', '}
            {t(`audit.amounts.${label}`, { defaultValue: label })} <MoneyText money={money} />
          </span>
        ))}
      </>
    );
  if (value.kind === 'moment') return <DateTime iso={value.iso} format="short" />;
  if (value.kind === 'date') return <CalendarDate date={value.date} />;
  if (value.kind === 'yesNo') return <>{t(`audit.booleans.${value.yes}`)}</>;
  if (value.kind === 'code') return <>{codeText(value.list, value.code)}</>;
  return <>{value.text}</>;
}
