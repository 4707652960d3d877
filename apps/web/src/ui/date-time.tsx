import type { DateTimeStyle } from './format';
import { useFormat } from './use-format';

/** A moment in the user's locale, machine-readable underneath. */
export function DateTime({
  iso,
  format,
}: {
  iso: string | null | undefined;
  format?: DateTimeStyle;
}) {
  const formatter = useFormat();
  if (!iso) return <>—</>;
  return <time dateTime={iso}>{formatter.dateTime(iso, format)}</time>;
}

/** A calendar day (a due date, a licence's last valid day) in the user's locale. */
export function CalendarDate({ date }: { date: string | null | undefined }) {
  const formatter = useFormat();
  if (!date) return <>—</>;
  return <time dateTime={date}>{formatter.date(date)}</time>;
}
