import { recordedTime, timeNote, withTimeNote } from './reported-time';

const now = new Date('2026-11-24T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('recordedTime', () => {
  it('keeps a time within [the latest of its lower bounds, now]', () => {
    const first = at('2026-11-24T06:00:00Z');
    const second = at('2026-11-24T08:00:00Z');
    expect(recordedTime(at('2026-11-24T07:00:00Z'), now, first, second)).toEqual(second);
    expect(recordedTime(at('2026-11-24T07:00:00Z'), now, second, first)).toEqual(second);
    expect(recordedTime(at('2026-11-24T09:00:00Z'), now, first, second)).toEqual(
      at('2026-11-24T09:00:00Z'),
    );
    expect(recordedTime(at('2026-11-24T10:03:00Z'), now, first)).toEqual(now);
  });

  it('skips unknown lower bounds', () => {
    expect(recordedTime(at('2020-01-01T00:00:00Z'), now, undefined, undefined)).toEqual(
      at('2020-01-01T00:00:00Z'),
    );
  });
});

describe('timeNote and withTimeNote', () => {
  it("name the reporter's own time only when another was recorded", () => {
    expect(timeNote('warehouse', at('2026-11-24T10:03:00Z'), now)).toBe(
      "warehouse's time 2026-11-24T10:03:00.000Z",
    );
    expect(timeNote('carrier', now, new Date(now.getTime()))).toBeUndefined();
    expect(withTimeNote('delivered, Paris', 'carrier', at('2026-11-24T10:03:00Z'), now)).toBe(
      "delivered, Paris (carrier's time 2026-11-24T10:03:00.000Z)",
    );
    expect(withTimeNote('delivered, Paris', 'carrier', now, new Date(now.getTime()))).toBe(
      'delivered, Paris',
    );
  });
});
