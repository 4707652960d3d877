import { useTranslation } from 'react-i18next';
import { formatMoney, type Money } from '../../ui/money';
import { formatDate, formatDateTime } from './format';

/** Money in the screen's language, never rounded (ui/money.ts). */
export function MoneyText({ money }: { money: Money | undefined }) {
  const { i18n } = useTranslation();
  return <>{formatMoney(money, i18n.language)}</>;
}

/** A calendar day (a due date, a booking date) as a <time>. */
export function DateText({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <time dateTime={value}>{formatDate(value, i18n.language)}</time>;
}

/** A moment (a decision) as a <time>, in UTC. */
export function DateTimeText({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <time dateTime={value}>{formatDateTime(value, i18n.language)}</time>;
}
