import {
  Damage,
  assessDamages,
  claimReason,
  describeDamage,
  newDamages,
  placeKey,
  recordedReportTime,
  reportProblem,
} from './condition-report';
import { timeNote } from '../../shipments/domain/reported-time';

const crack: Damage = {
  location: 'Lower-left corner of the frame',
  description: 'hairline crack in the gilding',
  severity: 'MINOR',
};
const tear: Damage = {
  location: 'canvas, upper right',
  description: '3 cm tear',
  severity: 'MODERATE',
};

describe('new damage at destination', () => {
  it('matches damages by where they are, whatever the wording', () => {
    expect(placeKey('  Lower-left corner of the FRAME. ')).toBe('lower left corner of the frame');
    expect(
      assessDamages(
        [{ location: 'lower left corner of the frame', description: 'crack', severity: 'MINOR' }],
        [crack],
      ),
    ).toEqual([
      {
        location: 'lower left corner of the frame',
        description: 'crack',
        severity: 'MINOR',
        finding: 'KNOWN',
      },
    ]);
  });

  it('finds damage at a new place, and damage that got worse', () => {
    const worse: Damage = { ...crack, description: 'corner split open', severity: 'SEVERE' };
    expect(assessDamages([worse, tear], [crack])).toEqual([
      { ...worse, finding: 'WORSENED', previously: 'MINOR' },
      { ...tear, finding: 'NEW' },
    ]);
    expect(newDamages([crack, tear], [crack])).toEqual([{ ...tear, finding: 'NEW' }]);
  });

  it('counts a damage recorded less severe than before as known (inspectors differ)', () => {
    expect(newDamages([{ ...tear, severity: 'MINOR' }], [tear])).toEqual([]);
  });

  it('judges against the worst record of a place across earlier reports', () => {
    expect(
      newDamages([{ ...crack, severity: 'MODERATE' }], [crack, { ...crack, severity: 'SEVERE' }]),
    ).toEqual([]);
  });

  it('without any earlier report every damage is new; no damage is no claim', () => {
    expect(newDamages([crack, tear], []).map((damage) => damage.finding)).toEqual(['NEW', 'NEW']);
    expect(newDamages([], [crack])).toEqual([]);
  });

  it('says why the claim is opened', () => {
    const found = newDamages([{ ...crack, severity: 'MODERATE' }, tear], [crack]);
    expect(describeDamage(found[0])).toBe(
      'Lower-left corner of the frame: hairline crack in the gilding (MODERATE, was MINOR)',
    );
    expect(claimReason(found, 'Claire Martin', true)).toBe(
      '2 new damages found at destination by Claire Martin: Lower-left corner of the frame: hairline crack in the gilding (MODERATE, was MINOR); canvas, upper right: 3 cm tear (MODERATE)',
    );
    expect(claimReason([found[1]], 'C. M.', false)).toBe(
      '1 new damage found at destination by C. M. (no origin report: every damage counts as new): canvas, upper right: 3 cm tear (MODERATE)',
    );
  });
});

describe('when a condition report can be taken', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const deliveredAt = new Date('2026-11-24T08:00:00Z');

  it.each([
    ['ORIGIN', 'SUBMITTED'],
    ['ORIGIN', 'PAID'],
    ['DESTINATION', 'DELIVERED'],
    ['DESTINATION', 'DISPUTED'], // a further finding joins the claim
  ] as const)('%s while %s', (stage, status) => {
    expect(reportProblem({ stage, status, at: now, now, deliveredAt })).toBeUndefined();
  });

  it.each([
    [
      'ORIGIN',
      'IN_TRANSIT',
      'an ORIGIN condition report is taken before the works leave; the shipment is IN_TRANSIT',
    ],
    [
      'ORIGIN',
      'CANCELLED',
      'an ORIGIN condition report is taken before the works leave; the shipment is CANCELLED',
    ],
    [
      'DESTINATION',
      'IN_TRANSIT',
      'a DESTINATION condition report is taken after delivery and before acceptance (DELIVERED or DISPUTED); the shipment is IN_TRANSIT',
    ],
    [
      'DESTINATION',
      'COMPLETED',
      'a DESTINATION condition report is taken after delivery and before acceptance (DELIVERED or DISPUTED); the shipment is COMPLETED',
    ],
  ] as const)('not %s while %s', (stage, status, reason) => {
    expect(reportProblem({ stage, status, at: now, now })).toEqual({ kind: 'conflict', reason });
  });

  it('refuses a report from the future, or a destination report from before the delivery', () => {
    expect(
      reportProblem({ stage: 'ORIGIN', status: 'PAID', at: new Date('2026-11-24T10:06:00Z'), now }),
    ).toEqual({
      kind: 'invalid',
      reason: 'at must not be in the future (it is 2026-11-24T10:00:00.000Z now)',
    });
    expect(
      reportProblem({
        stage: 'DESTINATION',
        status: 'DELIVERED',
        at: new Date('2026-11-24T07:00:00Z'),
        now,
        deliveredAt,
      }),
    ).toEqual({
      kind: 'invalid',
      reason:
        'at must not be before the delivery (2026-11-24T08:00:00.000Z): a destination report is taken after unpacking',
    });
  });
});

describe('when a condition report is recorded', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const submittedAt = new Date('2026-11-20T08:00:00Z');
  const deliveredAt = new Date('2026-11-24T08:00:00Z');

  it('refuses an origin report from before the shipment was submitted, beyond the skew', () => {
    const origin = (iso: string) =>
      reportProblem({ stage: 'ORIGIN', status: 'PAID', at: new Date(iso), now, submittedAt });
    expect(origin('0001-01-01T00:00:00Z')).toEqual({
      kind: 'invalid',
      reason:
        'at must not be before the shipment was submitted (2026-11-20T08:00:00.000Z): an origin report is taken for the shipment',
    });
    expect(origin('2026-11-20T07:54:00Z')).toMatchObject({ kind: 'invalid' });
    expect(origin('2026-11-20T07:56:00Z')).toBeUndefined();
  });

  it.each([
    ['ORIGIN', '2026-11-20T07:56:00Z', '2026-11-20T08:00:00.000Z'], // before the submission
    ['ORIGIN', '2026-11-22T12:00:00Z', '2026-11-22T12:00:00.000Z'],
    ['ORIGIN', '2026-11-24T10:04:00Z', '2026-11-24T10:00:00.000Z'], // ahead of now
    ['DESTINATION', '2026-11-24T07:57:00Z', '2026-11-24T08:00:00.000Z'], // before the delivery
    ['DESTINATION', '2026-11-24T09:00:00Z', '2026-11-24T09:00:00.000Z'],
    ['DESTINATION', '2026-11-24T10:01:00Z', '2026-11-24T10:00:00.000Z'],
  ] as const)('%s at %s is recorded at %s', (stage, when, recorded) => {
    const at = new Date(when);
    expect(recordedReportTime({ stage, at, now, submittedAt, deliveredAt }).toISOString()).toBe(
      recorded,
    );
  });

  it("names the inspector's time only when another was recorded", () => {
    expect(timeNote('inspector', new Date('2026-11-24T10:04:00Z'), now)).toBe(
      "inspector's time 2026-11-24T10:04:00.000Z",
    );
    expect(timeNote('inspector', now, new Date(now.getTime()))).toBeUndefined();
  });
});
