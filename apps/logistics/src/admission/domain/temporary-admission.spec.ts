import {
  AdmissionClock,
  AdmissionSettings,
  CN_TEMPORARY_ADMISSION,
  addCalendarMonths,
  admissionDeadline,
  admissionState,
  describePeriod,
  dueReminders,
  extend,
  extensionsLeft,
  nextReminder,
  nextWakeUp,
  noAdmissionRule,
  reminderLeadTime,
  runsAdmissionClock,
} from './temporary-admission';

const UTC_MONTHS: AdmissionSettings = { ...CN_TEMPORARY_ADMISSION, utcOffsetMinutes: 0 };
const at = (iso: string) => new Date(iso);

/** Shortened clock: 6 s admission, 3 extensions of 6 s, reminders 3 s and 1 s before. */
const SECONDS: AdmissionSettings = {
  admissionPeriod: { milliseconds: 6_000 },
  extensionPeriod: { milliseconds: 6_000 },
  maxExtensions: 3,
  reminderOffsets: [{ milliseconds: 3_000 }, { milliseconds: 1_000 }],
  utcOffsetMinutes: 0,
};
const entry = at('2026-11-24T10:00:00.000Z');
const clockOf = (extensions = 0, settings = SECONDS): AdmissionClock => ({
  entry,
  extensions,
  settings,
});
const seconds = (s: number) => new Date(entry.getTime() + s * 1000);

describe('calendar months', () => {
  it.each([
    ['2026-01-15T09:30:00Z', 6, '2026-07-15T09:30:00.000Z'],
    ['2025-08-31T12:00:00Z', 6, '2026-02-28T12:00:00.000Z'], // no 31 Feb: the last day of February
    ['2027-08-31T12:00:00Z', 6, '2028-02-29T12:00:00.000Z'], // leap year
    ['2025-08-30T12:00:00Z', 6, '2026-02-28T12:00:00.000Z'],
    ['2025-08-29T12:00:00Z', 6, '2026-02-28T12:00:00.000Z'],
    ['2025-03-31T00:00:00Z', 1, '2025-04-30T00:00:00.000Z'],
    ['2025-12-31T23:59:59Z', 2, '2026-02-28T23:59:59.000Z'],
    ['2026-02-28T12:00:00Z', -6, '2025-08-28T12:00:00.000Z'],
    ['2026-03-31T12:00:00Z', -1, '2026-02-28T12:00:00.000Z'],
  ])('%s + %d months = %s', (from, months, expected) => {
    expect(addCalendarMonths(at(from), months).toISOString()).toBe(expected);
  });

  it('counts months in the local time of the office: 31 Aug in Beijing is still 31 Aug at 20:00 UTC on 30 Aug', () => {
    // 2025-08-30T20:00Z is 2025-08-31T04:00 in Beijing: + 6 months = 28 Feb 04:00 Beijing.
    expect(addCalendarMonths(at('2025-08-30T20:00:00Z'), 6, 8 * 60).toISOString()).toBe(
      '2026-02-27T20:00:00.000Z',
    );
    // In UTC the same instant is 30 Aug: + 6 months = 28 Feb 20:00 UTC.
    expect(addCalendarMonths(at('2025-08-30T20:00:00Z'), 6, 0).toISOString()).toBe(
      '2026-02-28T20:00:00.000Z',
    );
  });
});

describe('admissionDeadline', () => {
  it.each([
    [0, '2026-02-28T12:00:00.000Z'],
    [1, '2026-08-31T12:00:00.000Z'], // counted from entry: the 28 Feb clipping does not carry over
    [2, '2027-02-28T12:00:00.000Z'],
    [3, '2027-08-31T12:00:00.000Z'],
  ])('entry 31 Aug 2025 with %d extensions: %s', (extensions, expected) => {
    expect(
      admissionDeadline(at('2025-08-31T12:00:00Z'), extensions, UTC_MONTHS).toISOString(),
    ).toBe(expected);
  });

  it('adds day and millisecond periods exactly', () => {
    expect(admissionDeadline(entry, 2, SECONDS)).toEqual(seconds(18));
    const days: AdmissionSettings = {
      ...SECONDS,
      admissionPeriod: { days: 180 },
      extensionPeriod: { days: 90 },
    };
    expect(admissionDeadline(entry, 1, days).toISOString()).toBe('2027-08-21T10:00:00.000Z'); // 270 days after 24 Nov 2026;
  });

  it('refuses a negative or fractional count of extensions', () => {
    expect(() => admissionDeadline(entry, -1, SECONDS)).toThrow(RangeError);
    expect(() => admissionDeadline(entry, 0.5, SECONDS)).toThrow(RangeError);
  });
});

describe('extend', () => {
  it('grants up to three extensions before the deadline, each 6 more seconds', () => {
    let clock = clockOf();
    for (const [now, deadline] of [
      [5, 12],
      [11, 18],
      [18, 24], // at the deadline itself, still in time
    ] as const) {
      const result = extend(clock, seconds(now));
      expect(result).toMatchObject({ ok: true, deadline: seconds(deadline) });
      if (result.ok) clock = result.clock;
    }
    expect(clock.extensions).toBe(3);
  });

  it('refuses a fourth extension', () => {
    expect(extend(clockOf(3), seconds(1))).toEqual({
      ok: false,
      ruleId: 'CN-TEMP-ADMISSION',
      reason: `all 3 extensions are used: the work must be re-exported by ${seconds(24).toISOString()}`,
    });
  });

  it('refuses an extension after the deadline', () => {
    const result = extend(clockOf(1), new Date(seconds(12).getTime() + 1));
    expect(result).toMatchObject({ ok: false, ruleId: 'CN-TEMP-ADMISSION' });
    expect(!result.ok && result.reason).toMatch(
      /^the admission ran out at .*: an extension must be granted before the deadline$/,
    );
  });

  it('does not change the clock it was given', () => {
    const clock = clockOf();
    extend(clock, seconds(1));
    expect(clock.extensions).toBe(0);
  });
});

describe('reminders and overdue', () => {
  it.each<[number, number, string[]]>([
    [0, 0, []],
    [2.999, 0, []],
    [3, 0, ['reminder:0:PT3000MS']],
    [5, 0, ['reminder:0:PT3000MS', 'reminder:0:PT1000MS']], // a scheduler that slept sends both, oldest first
    [6, 0, ['reminder:0:PT3000MS', 'reminder:0:PT1000MS']],
    [6.001, 0, ['overdue:0']], // past the deadline only the overdue notice is due
    [9, 1, ['reminder:1:PT3000MS']], // an extension starts a fresh set
    [30, 3, ['overdue:3']],
  ])('at %ds with %d extensions: %j', (now, extensions, keys) => {
    expect(dueReminders(clockOf(extensions), seconds(now), []).map((notice) => notice.key)).toEqual(
      keys,
    );
  });

  it('does not repeat a notice already sent', () => {
    const clock = clockOf();
    expect(dueReminders(clock, seconds(5), ['reminder:0:PT3000MS']).map((n) => n.key)).toEqual([
      'reminder:0:PT1000MS',
    ]);
    expect(dueReminders(clock, seconds(7), ['overdue:0'])).toEqual([]);
  });

  it('gives due time and deadline with each notice', () => {
    expect(dueReminders(clockOf(), seconds(4), [])).toEqual([
      { key: 'reminder:0:PT3000MS', kind: 'REMINDER', dueAt: seconds(3), deadline: seconds(6) },
    ]);
    expect(dueReminders(clockOf(), seconds(7), [])).toEqual([
      { key: 'overdue:0', kind: 'OVERDUE', dueAt: seconds(6), deadline: seconds(6) },
    ]);
  });

  it('runs a whole loan on the shortened clock', () => {
    const sent: string[] = [];
    let clock = clockOf();
    const tick = (s: number) => {
      const notices = dueReminders(clock, seconds(s), sent);
      sent.push(...notices.map((notice) => notice.key));
      return notices.map((notice) => notice.kind);
    };
    expect(tick(3)).toEqual(['REMINDER']);
    expect(tick(5)).toEqual(['REMINDER']);
    const extended = extend(clock, seconds(5.5));
    if (!extended.ok) throw new Error(extended.reason);
    clock = extended.clock;
    expect(tick(6.5)).toEqual([]); // the old deadline passed, the new one has not
    expect(tick(9)).toEqual(['REMINDER']);
    expect(tick(12.5)).toEqual(['OVERDUE']);
    expect(admissionState(clock, seconds(12.5))).toBe('OVERDUE');
    expect(tick(20)).toEqual([]);
  });

  it('tells the scheduler when to wake next', () => {
    const clock = clockOf();
    expect(nextWakeUp(clock, seconds(0), [])).toEqual(seconds(3));
    expect(nextWakeUp(clock, seconds(3), ['reminder:0:PT3000MS'])).toEqual(seconds(5));
    expect(nextWakeUp(clock, seconds(5), ['reminder:0:PT3000MS', 'reminder:0:PT1000MS'])).toEqual(
      new Date(seconds(6).getTime() + 1),
    );
    expect(nextWakeUp(clock, seconds(7), ['overdue:0'])).toBeUndefined();
  });

  it('reminds 30, 7 and 1 days before the Chinese deadline', () => {
    const clock: AdmissionClock = {
      entry: at('2026-03-01T02:00:00Z'),
      extensions: 0,
      settings: CN_TEMPORARY_ADMISSION,
    };
    const deadline = at('2026-09-01T02:00:00Z');
    expect(dueReminders(clock, deadline, []).map((notice) => notice.dueAt.toISOString())).toEqual([
      '2026-08-02T02:00:00.000Z',
      '2026-08-25T02:00:00.000Z',
      '2026-08-31T02:00:00.000Z',
    ]);
    expect(admissionState(clock, deadline)).toBe('RUNNING');
  });
});

describe('what the scheduler needs', () => {
  it('names the next reminder still to send, none once the deadline has passed', () => {
    const clock = clockOf();
    expect(nextReminder(clock, seconds(0), [])).toMatchObject({
      key: 'reminder:0:PT3000MS',
      dueAt: seconds(3),
    });
    expect(nextReminder(clock, seconds(4), ['reminder:0:PT3000MS'])).toMatchObject({
      key: 'reminder:0:PT1000MS',
      dueAt: seconds(5),
    });
    // a reminder due already (the scheduler slept) is still the next one to send
    expect(nextReminder(clock, seconds(5.5), [])).toMatchObject({ dueAt: seconds(3) });
    expect(
      nextReminder(clock, seconds(5.5), ['reminder:0:PT3000MS', 'reminder:0:PT1000MS']),
    ).toBeUndefined();
    expect(nextReminder(clock, seconds(6.001), [])).toBeUndefined();
    // an extension starts a fresh set
    expect(nextReminder(clockOf(1), seconds(7), ['reminder:0:PT3000MS'])).toMatchObject({
      key: 'reminder:1:PT3000MS',
      dueAt: seconds(9),
    });
  });

  it('counts the extensions left', () => {
    expect([0, 1, 2, 3].map((used) => extensionsLeft(clockOf(used)))).toEqual([3, 2, 1, 0]);
  });

  it('says how long before the deadline a reminder goes out', () => {
    expect(describePeriod({ days: 30 })).toBe('30 days');
    expect(describePeriod({ days: 1 })).toBe('1 day');
    expect(describePeriod({ months: 1 })).toBe('1 month');
    expect(describePeriod({ milliseconds: 3000 })).toBe('3 seconds');
    expect(describePeriod({ milliseconds: 1500 })).toBe('1500 milliseconds');
    expect(reminderLeadTime(clockOf(1), 'reminder:1:PT1000MS')).toBe('1 second');
    expect(reminderLeadTime(clockOf(1), 'reminder:0:PT1000MS')).toBeUndefined();
  });
});

describe('which loans run an admission clock', () => {
  it("is China's temporary import for exhibition: loans into CN only", () => {
    expect(runsAdmissionClock('TEMPORARY_EXHIBITION', 'CN')).toBe(true);
    expect(runsAdmissionClock('TEMPORARY_EXHIBITION', 'FR')).toBe(false);
    expect(runsAdmissionClock('SALE', 'CN')).toBe(false);
    expect(runsAdmissionClock('RETURN', 'CN')).toBe(false);
    expect(noAdmissionRule('FR')).toBe(
      'no temporary-admission rule is modelled for FR: the admission clock (CN-TEMP-ADMISSION) runs for a loan into CN only',
    );
  });
});
