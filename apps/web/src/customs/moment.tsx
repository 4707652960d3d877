import { useFormat } from './use-format';

/** A timestamp in the user's locale, machine-readable underneath. */
export function Moment({ iso }: { iso: string | null | undefined }) {
  const format = useFormat();
  if (!iso) return <>—</>;
  return <time dateTime={iso}>{format.dateTime(iso)}</time>;
}

/** A calendar date (yyyy-mm-dd) in the user's locale. */
export function CalendarDate({ date }: { date: string | null | undefined }) {
  const format = useFormat();
  if (!date) return <>—</>;
  return <time dateTime={date}>{format.date(date)}</time>;
}
