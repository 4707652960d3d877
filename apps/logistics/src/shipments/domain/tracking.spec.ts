import { timeNote } from './reported-time';
import { recordedTrackingTime, trackingTimeProblem } from './tracking';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-24T10:00:00Z');
const dispatched = at('2026-11-23T08:00:00Z');

describe('trackingTimeProblem', () => {
  it.each([
    ['2026-11-24T09:00:00Z', undefined],
    ['2026-11-24T10:04:59Z', undefined], // a carrier's clock a little ahead
    ['2026-11-24T10:05:01Z', 'at must not be in the future (it is 2026-11-24T10:00:00.000Z now)'],
    ['2026-11-23T07:56:00Z', undefined],
    ['2026-11-23T07:54:00Z', 'at must not be before the dispatch (2026-11-23T08:00:00.000Z)'],
  ])('%s: %s', (when, problem) => {
    expect(trackingTimeProblem(at(when), now, dispatched)).toBe(problem);
  });

  it('checks only the future when the dispatch time is unknown', () => {
    expect(trackingTimeProblem(at('2020-01-01T00:00:00Z'), now)).toBeUndefined();
  });
});

describe('recordedTrackingTime', () => {
  it.each([
    ['2026-11-24T09:00:00Z', '2026-11-24T09:00:00.000Z'], // between the dispatch and now: as given
    ['2026-11-24T10:03:00Z', '2026-11-24T10:00:00.000Z'], // a carrier's clock ahead: now
    ['2026-11-23T07:56:00Z', '2026-11-23T08:00:00.000Z'], // before the dispatch: the dispatch
    ['2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000Z'],
    ['2026-11-24T10:00:00Z', '2026-11-24T10:00:00.000Z'],
  ])('%s is recorded at %s', (when, recorded) => {
    expect(recordedTrackingTime(at(when), now, dispatched).toISOString()).toBe(recorded);
  });

  it('keeps only the upper bound when the dispatch time is unknown', () => {
    expect(recordedTrackingTime(at('2020-01-01T00:00:00Z'), now).toISOString()).toBe(
      '2020-01-01T00:00:00.000Z',
    );
    expect(recordedTrackingTime(at('2026-11-24T10:01:00Z'), now)).toEqual(now);
  });
});

describe('a delivery out of bonded storage', () => {
  const leftBond = at('2026-11-24T06:00:00Z');

  it('is not believed from before the works left bond, beyond the skew', () => {
    expect(trackingTimeProblem(at('2026-11-24T05:54:00Z'), now, dispatched, leftBond)).toBe(
      'at must not be before the works left bonded storage (2026-11-24T06:00:00.000Z)',
    );
    expect(trackingTimeProblem(at('2026-11-24T05:56:00Z'), now, dispatched, leftBond)).toBe(
      undefined,
    );
  });

  it('is recorded at the exit from bond at the earliest, so the inspection period starts no sooner', () => {
    expect(
      recordedTrackingTime(at('2026-11-24T05:56:00Z'), now, dispatched, leftBond).toISOString(),
    ).toBe('2026-11-24T06:00:00.000Z');
    expect(
      recordedTrackingTime(at('2026-11-24T07:00:00Z'), now, dispatched, leftBond).toISOString(),
    ).toBe('2026-11-24T07:00:00.000Z');
  });
});

describe('timeNote for a carrier', () => {
  it("names the carrier's time only when it was not the one recorded", () => {
    expect(timeNote('carrier', at('2026-11-24T10:03:00Z'), now)).toBe(
      "carrier's time 2026-11-24T10:03:00.000Z",
    );
    expect(timeNote('carrier', now, new Date(now.getTime()))).toBeUndefined();
  });
});
