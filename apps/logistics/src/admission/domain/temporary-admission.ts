/**
 * The temporary-admission clock of an exhibition loan (RULES.md CN-TEMP-ADMISSION): the work
 * must be re-exported within 6 months of entry; customs may extend that at most 3 times by 6
 * months. Reminders go out before the deadline; after it the work is overdue.
 *
 * - Lengths are settings, in calendar months, days or milliseconds, so tests run in seconds.
 * - Calendar months are counted in the local time of the customs office (a fixed UTC offset;
 *   China has no daylight saving time: +08:00). The day of the month is kept; when the target
 *   month is shorter, the period ends on its last day: 31 Aug + 6 months = 28 Feb (29 Feb in a
 *   leap year), 30 Aug + 6 months likewise, as in the usual rule for periods in months.
 * - Every deadline is computed from the entry, never from the previous deadline, so month-end
 *   clipping does not accumulate: entry 31 Aug -> 28 Feb -> 31 Aug -> 28 Feb -> 31 Aug.
 * - The deadline is an instant (same local time of day as the entry); the work is overdue from
 *   the first moment after it.
 */

export type Period =
  { readonly months: number } | { readonly days: number } | { readonly milliseconds: number };

export interface AdmissionSettings {
  readonly admissionPeriod: Period;
  readonly extensionPeriod: Period;
  readonly maxExtensions: number;
  /** How long before the deadline each reminder goes out, e.g. 30 days, 7 days, 1 day. */
  readonly reminderOffsets: readonly Period[];
  /** Offset of the local time in which months are counted, in minutes east of UTC. */
  readonly utcOffsetMinutes: number;
}

/** China's temporary admission for exhibitions (GACC Decree 233), reminders at 30, 7 and 1 days. */
export const CN_TEMPORARY_ADMISSION: AdmissionSettings = {
  admissionPeriod: { months: 6 },
  extensionPeriod: { months: 6 },
  maxExtensions: 3,
  reminderOffsets: [{ days: 30 }, { days: 7 }, { days: 1 }],
  utcOffsetMinutes: 8 * 60,
};

export interface AdmissionClock {
  readonly entry: Date;
  /** Extensions granted so far. */
  readonly extensions: number;
  readonly settings: AdmissionSettings;
}

export type AdmissionState = 'RUNNING' | 'OVERDUE';

export type ExtensionResult =
  | { readonly ok: true; readonly clock: AdmissionClock; readonly deadline: Date }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

export interface DueNotice {
  /** Stable key of this notice for this deadline: store it in `alreadySent` once sent. */
  readonly key: string;
  readonly kind: 'REMINDER' | 'OVERDUE';
  /** When the notice became due. */
  readonly dueAt: Date;
  readonly deadline: Date;
}

export const ADMISSION_RULE_ID = 'CN-TEMP-ADMISSION';

/** Where CN-TEMP-ADMISSION applies: China's temporary import, so loans into China. */
export const ADMISSION_COUNTRY = 'CN';

/**
 * Whether a shipment runs a temporary-admission clock: an exhibition loan into China, whose
 * temporary import for exhibition is the only one modelled (RULES.md CN-TEMP-ADMISSION). A loan
 * into another country is admitted under that country's rules, which are not modelled: it has
 * no clock (and its return leg needs none).
 */
export function runsAdmissionClock(purpose: string, destinationCountry: string): boolean {
  return purpose === 'TEMPORARY_EXHIBITION' && destinationCountry === ADMISSION_COUNTRY;
}

/** Why a loan into `country` has no admission clock, for a 409. */
export function noAdmissionRule(country: string): string {
  return `no temporary-admission rule is modelled for ${country}: the admission clock (${ADMISSION_RULE_ID}) runs for a loan into ${ADMISSION_COUNTRY} only`;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export function admissionDeadline(
  entry: Date,
  extensions: number,
  settings: AdmissionSettings,
): Date {
  if (!Number.isInteger(extensions) || extensions < 0) {
    throw new RangeError(`extensions must be a whole number >= 0, not ${extensions}`);
  }
  const periods = [
    settings.admissionPeriod,
    ...Array.from({ length: extensions }, () => settings.extensionPeriod),
  ];
  const months = periods.reduce((sum, period) => sum + ('months' in period ? period.months : 0), 0);
  const milliseconds = periods.reduce((sum, period) => sum + fixedMilliseconds(period), 0);
  return new Date(
    addCalendarMonths(entry, months, settings.utcOffsetMinutes).getTime() + milliseconds,
  );
}

export function deadlineOf(clock: AdmissionClock): Date {
  return admissionDeadline(clock.entry, clock.extensions, clock.settings);
}

export function admissionState(clock: AdmissionClock, now: Date): AdmissionState {
  return now.getTime() > deadlineOf(clock).getTime() ? 'OVERDUE' : 'RUNNING';
}

/** Grants one more extension, unless all are used or the deadline has already passed. */
export function extend(clock: AdmissionClock, now: Date): ExtensionResult {
  const { maxExtensions } = clock.settings;
  if (clock.extensions >= maxExtensions) {
    return {
      ok: false,
      ruleId: ADMISSION_RULE_ID,
      reason: `all ${maxExtensions} extensions are used: the work must be re-exported by ${deadlineOf(clock).toISOString()}`,
    };
  }
  const deadline = deadlineOf(clock);
  if (now.getTime() > deadline.getTime()) {
    return {
      ok: false,
      ruleId: ADMISSION_RULE_ID,
      reason: `the admission ran out at ${deadline.toISOString()}: an extension must be granted before the deadline`,
    };
  }
  const extended = { ...clock, extensions: clock.extensions + 1 };
  return { ok: true, clock: extended, deadline: deadlineOf(extended) };
}

/**
 * The notices due at `now` and not yet sent. Reminders are keyed by deadline (extension count)
 * and offset, so each extension starts a fresh set. Once the deadline has passed only the
 * overdue notice is due: a reminder for a deadline already missed helps no one.
 */
export function dueReminders(
  clock: AdmissionClock,
  now: Date,
  alreadySent: readonly string[],
): DueNotice[] {
  const sent = new Set(alreadySent);
  const deadline = deadlineOf(clock);
  if (now.getTime() > deadline.getTime()) {
    const key = `overdue:${clock.extensions}`;
    return sent.has(key) ? [] : [{ key, kind: 'OVERDUE', dueAt: deadline, deadline }];
  }
  return reminderSchedule(clock)
    .filter((notice) => notice.dueAt.getTime() <= now.getTime() && !sent.has(notice.key))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** When the scheduler should next wake for this clock: the next reminder, else the deadline. */
export function nextWakeUp(
  clock: AdmissionClock,
  now: Date,
  alreadySent: readonly string[],
): Date | undefined {
  const sent = new Set(alreadySent);
  const deadline = deadlineOf(clock);
  const upcoming = reminderSchedule(clock)
    .filter((notice) => notice.dueAt.getTime() > now.getTime() && !sent.has(notice.key))
    .map((notice) => notice.dueAt.getTime());
  if (!sent.has(`overdue:${clock.extensions}`)) upcoming.push(deadline.getTime() + 1);
  const next = upcoming.filter((time) => time > now.getTime()).sort((a, b) => a - b)[0];
  return next === undefined ? undefined : new Date(next);
}

function reminderSchedule(clock: AdmissionClock): DueNotice[] {
  const deadline = deadlineOf(clock);
  return clock.settings.reminderOffsets.map((offset) => ({
    key: `reminder:${clock.extensions}:${periodKey(offset)}`,
    kind: 'REMINDER',
    dueAt: subtractPeriod(deadline, offset, clock.settings.utcOffsetMinutes),
    deadline,
  }));
}

function subtractPeriod(instant: Date, period: Period, utcOffsetMinutes: number): Date {
  if ('months' in period) return addCalendarMonths(instant, -period.months, utcOffsetMinutes);
  return new Date(instant.getTime() - fixedMilliseconds(period));
}

function fixedMilliseconds(period: Period): number {
  if ('days' in period) return period.days * MS_PER_DAY;
  if ('milliseconds' in period) return period.milliseconds;
  return 0;
}

function periodKey(period: Period): string {
  if ('months' in period) return `P${period.months}M`;
  if ('days' in period) return `P${period.days}D`;
  return `PT${period.milliseconds}MS`;
}

/**
 * Adds calendar months in the local time of the given UTC offset, keeping the time of day and
 * clipping the day to the end of a shorter month (31 Aug + 6 -> 28/29 Feb).
 */
export function addCalendarMonths(instant: Date, months: number, utcOffsetMinutes = 0): Date {
  const offsetMs = utcOffsetMinutes * MS_PER_MINUTE;
  const local = new Date(instant.getTime() + offsetMs); // read its UTC fields as local time
  const monthIndex = local.getUTCFullYear() * 12 + local.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = Date.UTC(
    year,
    month,
    Math.min(local.getUTCDate(), lastDay),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(shifted - offsetMs);
}

/**
 * The next reminder the scheduler must send for the current deadline: the earliest one not yet
 * sent (it may already be due). None once the deadline has passed: then only the overdue notice
 * is due, and a reminder for a missed deadline helps no one.
 */
export function nextReminder(
  clock: AdmissionClock,
  now: Date,
  alreadySent: readonly string[],
): DueNotice | undefined {
  if (admissionState(clock, now) === 'OVERDUE') return undefined;
  const sent = new Set(alreadySent);
  return reminderSchedule(clock)
    .filter((notice) => !sent.has(notice.key))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}

/** Extensions that may still be granted. */
export function extensionsLeft(clock: AdmissionClock): number {
  return Math.max(0, clock.settings.maxExtensions - clock.extensions);
}

/** "30 days", "2 seconds": how long before the deadline a reminder goes out, for people. */
export function describePeriod(period: Period): string {
  const unit = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if ('months' in period) return unit(period.months, 'month');
  if ('days' in period) return unit(period.days, 'day');
  if (period.milliseconds % 1000 === 0) return unit(period.milliseconds / 1000, 'second');
  return unit(period.milliseconds, 'millisecond');
}

/** The lead time of a reminder from its key (`reminder:<extensions>:<period>`), for people. */
export function reminderLeadTime(clock: AdmissionClock, key: string): string | undefined {
  const offset = clock.settings.reminderOffsets.find(
    (period) => key === `reminder:${clock.extensions}:${periodKey(period)}`,
  );
  return offset && describePeriod(offset);
}
