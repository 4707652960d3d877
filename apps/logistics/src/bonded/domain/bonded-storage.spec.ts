import { bondedEntryNote, deliveryProblem, entryProblem, exitProblem } from './bonded-storage';
import { recordedTime, timeNote } from '../../shipments/domain/reported-time';

const now = new Date('2026-11-24T10:00:00Z');
const enteredAt = new Date('2026-11-20T08:00:00Z');

describe('bonded storage in a free-trade zone', () => {
  it('takes the works in on arrival, once', () => {
    expect(entryProblem({ status: 'IN_TRANSIT', at: now, now })).toBeUndefined();
    expect(entryProblem({ status: 'PAID', at: now, now })).toEqual({
      kind: 'conflict',
      reason: 'works enter bonded storage on arrival, while the shipment is IN_TRANSIT; it is PAID',
    });
    expect(entryProblem({ status: 'IN_TRANSIT', current: 'RELEASED', at: now, now })).toEqual({
      kind: 'conflict',
      reason: 'the works have already entered bonded storage (RELEASED)',
    });
    expect(
      entryProblem({
        status: 'IN_TRANSIT',
        at: new Date('2026-11-19T00:00:00Z'),
        now,
        dispatchedAt: enteredAt,
      }),
    ).toEqual({
      kind: 'invalid',
      reason: 'at must not be before the dispatch (2026-11-20T08:00:00.000Z)',
    });
  });

  it('lets them leave once: released to the domestic market or re-exported elsewhere', () => {
    for (const exit of ['RELEASE', 'RE_EXPORT'] as const) {
      expect(exitProblem({ exit, current: 'IN_BOND', at: now, now, enteredAt })).toBeUndefined();
    }
    expect(exitProblem({ exit: 'RELEASE', at: now, now })).toEqual({
      kind: 'conflict',
      reason: 'the works are not in bonded storage: nothing to be released',
    });
    expect(exitProblem({ exit: 'RE_EXPORT', current: 'RELEASED', at: now, now })).toEqual({
      kind: 'conflict',
      reason: 'the works have already left bonded storage (RELEASED)',
    });
  });

  it('refuses a re-export into the zone’s own country, and an exit before the entry', () => {
    expect(
      exitProblem({
        exit: 'RE_EXPORT',
        current: 'IN_BOND',
        at: now,
        now,
        zoneCountry: 'CN',
        reExportCountry: 'CN',
      }),
    ).toEqual({
      kind: 'invalid',
      reason:
        'destination.country: a re-export leaves CN; to stay there, release the works to the domestic market',
    });
    expect(
      exitProblem({
        exit: 'RELEASE',
        current: 'IN_BOND',
        at: new Date('2026-11-19T00:00:00Z'),
        now,
        enteredAt,
      }),
    ).toEqual({
      kind: 'invalid',
      reason: 'at must not be before the entry (2026-11-20T08:00:00.000Z)',
    });
  });

  it('delivers nothing that is still in bond; what was re-exported is delivered abroad', () => {
    const zone = 'Waigaoqiao FTZ';
    expect(deliveryProblem({ state: 'IN_BOND', zone })).toBe(
      'the works are in bonded storage (Waigaoqiao FTZ): release them to the domestic market or re-export them before delivery',
    );
    expect(deliveryProblem({ state: 'RELEASED', zone })).toBeUndefined();
    const reExported = { state: 'RE_EXPORTED', zone } as const;
    expect(deliveryProblem(reExported)).toBeUndefined();
    expect(deliveryProblem(reExported, true)).toBeUndefined();
    expect(deliveryProblem(undefined)).toBeUndefined();
  });

  it('delivers a shipment declared bonded only once released from bond: its duty was deferred', () => {
    expect(deliveryProblem(undefined, true)).toMatch(
      /^the shipment was declared for FTZ bonded storage \(ftzBonded\), its import duty and VAT deferred \(CN-FTZ-BONDED\): /,
    );
    expect(deliveryProblem({ state: 'RELEASED', zone: 'Waigaoqiao FTZ' }, true)).toBeUndefined();
    expect(deliveryProblem({ state: 'IN_BOND', zone: 'Waigaoqiao FTZ' }, true)).toMatch(
      /^the works are in bonded/,
    );
  });

  it('records an entry or exit within [the event before it, now], as the warehouse gave it in between', () => {
    const before = new Date('2026-11-24T08:00:00Z');
    const time = (iso: string) => recordedTime(new Date(iso), now, before).toISOString();
    expect(time('2026-11-24T09:00:00Z')).toBe('2026-11-24T09:00:00.000Z');
    expect(time('2026-11-24T07:56:00Z')).toBe('2026-11-24T08:00:00.000Z'); // before: the event before
    expect(time('2026-11-24T10:04:00Z')).toBe('2026-11-24T10:00:00.000Z'); // ahead: now
    expect(recordedTime(new Date('2020-01-01T00:00:00Z'), now).toISOString()).toBe(
      '2020-01-01T00:00:00.000Z',
    );
    expect(timeNote('warehouse', new Date('2026-11-24T07:56:00Z'), before)).toBe(
      "warehouse's time 2026-11-24T07:56:00.000Z",
    );
    expect(timeNote('warehouse', before, new Date(before.getTime()))).toBeUndefined();
  });

  it('says on entry whether the duty is deferred or was paid at the export declaration', () => {
    expect(bondedEntryNote(true)).toBe('no import declaration until the works leave bond');
    expect(bondedEntryNote(false)).toMatch(
      /^not declared for bonded storage at submission: the import duty and VAT assessed on the export declaration were charged at clearance/,
    );
  });
});
