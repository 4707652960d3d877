import { ApiError } from '../../api/api-error';
import type { AuditEntry } from '../../api/declaration.types';
import { filedAttributes } from '../../testing/declarations.fixture';
import { artworkFacts } from './artwork-facts';
import { detailPairs, inOrder } from './audit-entries';
import {
  assessedAmountProblems,
  decisionBody,
  isRefusalInReview,
  missingLicencesOf,
  needsReason,
  reasonProblem,
  REASON_MAX_LENGTH,
  withItems,
} from './decision-rules';

describe('a decision before it is sent', () => {
  it('needs a reason to reject or to request information, not to approve', () => {
    expect(needsReason('APPROVE')).toBe(false);
    expect(reasonProblem('APPROVE', '')).toBeUndefined();
    for (const decision of ['REJECT', 'REQUEST_INFO'] as const) {
      expect(needsReason(decision)).toBe(true);
      expect(reasonProblem(decision, '')).toBe('required');
      expect(reasonProblem(decision, '  \n ')).toBe('required');
      expect(reasonProblem(decision, 'provenance not shown')).toBeUndefined();
    }
  });

  it('refuses a reason longer than the service takes', () => {
    expect(reasonProblem('APPROVE', 'x'.repeat(REASON_MAX_LENGTH))).toBeUndefined();
    expect(reasonProblem('APPROVE', 'x'.repeat(REASON_MAX_LENGTH + 1))).toBe('tooLong');
  });

  it('sends the reason trimmed, and no reason at all when there is none', () => {
    expect(decisionBody('APPROVE', '')).toEqual({ decision: 'APPROVE' });
    expect(decisionBody('APPROVE', '   ')).toEqual({ decision: 'APPROVE' });
    expect(decisionBody('REJECT', '  value not shown \n')).toEqual({
      decision: 'REJECT',
      reason: 'value not shown',
    });
  });
});

describe('duties the engine left incomplete', () => {
  const assessed = { amounts: { duty: ' 0 ', vat: '188500.00' }, currency: 'CNY' };

  it('need both amounts, each a decimal amount', () => {
    expect(assessedAmountProblems({ duty: '0', vat: '188500.00' })).toEqual({});
    expect(assessedAmountProblems({ duty: ' ', vat: '' })).toEqual({
      duty: 'required',
      vat: 'required',
    });
    expect(assessedAmountProblems({ duty: '-1', vat: '1,000' })).toEqual({
      duty: 'notAnAmount',
      vat: 'notAnAmount',
    });
  });

  it('go with an APPROVE only, trimmed, in the duties’ currency', () => {
    expect(decisionBody('APPROVE', '', assessed)).toEqual({
      decision: 'APPROVE',
      duties: {
        duty: { amount: '0', currency: 'CNY' },
        vat: { amount: '188500.00', currency: 'CNY' },
      },
    });
    expect(decisionBody('REJECT', 'no', assessed)).toEqual({ decision: 'REJECT', reason: 'no' });
    expect(decisionBody('REQUEST_INFO', 'why', assessed)).toEqual({
      decision: 'REQUEST_INFO',
      reason: 'why',
    });
  });

  it('refused (409 in review) is not a change someone else made', () => {
    const refusal = (body: Record<string, unknown>, status = 409) =>
      new ApiError(status, ['x'], {}, body);
    expect(isRefusalInReview(refusal({ currentStatus: 'PENDING_REVIEW' }))).toBe(true);
    expect(isRefusalInReview(refusal({ currentStatus: 'CLEARED' }))).toBe(false);
    expect(isRefusalInReview(refusal({}))).toBe(false);
    expect(isRefusalInReview(refusal({ currentStatus: 'PENDING_REVIEW' }, 403))).toBe(false);
    expect(
      isRefusalInReview(
        refusal({
          currentStatus: 'PENDING_REVIEW',
          missingLicences: [{ type: 'T', position: 0, artworkId: 'a' }],
        }),
      ),
    ).toBe(false);
  });
});

describe('a refused approval', () => {
  const missing = [{ type: 'CN_EXIT_PERMIT', position: 1, artworkId: 'a2' }];

  it('reads the missing licences of a 409 only', () => {
    expect(
      missingLicencesOf(new ApiError(409, ['no licence'], {}, { missingLicences: missing })),
    ).toEqual(missing);
    expect(missingLicencesOf(new ApiError(409, ['already decided'], {}, {}))).toBeUndefined();
    expect(
      missingLicencesOf(new ApiError(400, ['x'], {}, { missingLicences: missing })),
    ).toBeUndefined();
    expect(missingLicencesOf(new Error('offline'))).toBeUndefined();
  });

  it('names the item each licence is for, counted from 1', () => {
    expect(
      withItems(missing, [
        { position: 0, title: 'A' },
        { position: 1, title: 'Shrimps' },
      ]),
    ).toEqual([{ type: 'CN_EXIT_PERMIT', itemNumber: 2, title: 'Shrimps' }]);
    expect(withItems(missing, [])).toEqual([
      { type: 'CN_EXIT_PERMIT', itemNumber: 2, title: undefined },
    ]);
  });
});

describe('the audit trail', () => {
  const entry = (seq: number): AuditEntry => ({
    seq,
    at: '2026-12-06T05:04:59.663Z',
    actor: 'officer1',
    action: 'APPROVED',
    fromStatus: null,
    toStatus: null,
    reason: null,
    details: {},
  });

  it('is in the order the steps happened', () => {
    expect(inOrder([entry(4), entry(2), entry(3)]).map((e) => e.seq)).toEqual([2, 3, 4]);
  });

  it('shows details as pairs, moments as moments, without the empty ones', () => {
    expect(
      detailPairs({
        ruleIds: ['EU-EXP-PAINTING', 'HS-9701'],
        reviewDueAt: '2026-12-08T05:04:59.663Z',
        validUntil: '2027-03-01',
        items: 1,
        artworkId: null,
        none: [],
      }),
    ).toEqual([
      ['ruleIds', { kind: 'text', text: 'EU-EXP-PAINTING, HS-9701' }],
      ['reviewDueAt', { kind: 'moment', iso: '2026-12-08T05:04:59.663Z' }],
      ['validUntil', { kind: 'date', date: '2027-03-01' }],
      ['items', { kind: 'text', text: '1' }],
    ]);
  });

  it('reads the officer’s assessed duties as labelled amounts, other lists as text', () => {
    expect(
      detailPairs({
        decision: 'APPROVE',
        assessedDuties: ['duty 0.00 CNY', 'vat 188500.00 CNY', 'total 188500.00 CNY'],
        ruleIds: ['TARIFF-NOT-IN-TABLE'],
      }),
    ).toEqual([
      ['decision', { kind: 'code', list: 'decision', code: 'APPROVE' }],
      [
        'assessedDuties',
        {
          kind: 'amounts',
          amounts: [
            { label: 'duty', money: { amount: '0.00', currency: 'CNY' } },
            { label: 'vat', money: { amount: '188500.00', currency: 'CNY' } },
            { label: 'total', money: { amount: '188500.00', currency: 'CNY' } },
          ],
        },
      ],
      ['ruleIds', { kind: 'text', text: 'TARIFF-NOT-IN-TABLE' }],
    ]);
  });

  it('reads the codes of a list and yes or no as such, for the screen to say them', () => {
    expect(detailPairs({ outcome: 'REVIEW', ftzBonded: false, dutyDue: true })).toEqual([
      ['outcome', { kind: 'code', list: 'outcome', code: 'REVIEW' }],
      ['ftzBonded', { kind: 'yesNo', yes: false }],
      ['dutyDue', { kind: 'yesNo', yes: true }],
    ]);
  });
});

describe('artwork facts from the filed attributes', () => {
  it('reads life dates, a year range, the medium and the materials', () => {
    expect(
      artworkFacts({
        attributes: filedAttributes({
          medium: undefined,
          technique: 'OIL',
          materials: [{ material: 'IVORY', weightGrams: 120 }, { material: 'CORAL' }],
        }),
      }),
    ).toEqual({
      birthYear: 1796,
      deathYear: 1875,
      creationYearEnd: 1870,
      medium: 'OIL',
      materials: [{ material: 'IVORY', weightGrams: 120 }, { material: 'CORAL' }],
    });
  });

  it('says nothing of what the attributes leave out', () => {
    const attributes = filedAttributes({ artist: { name: 'Corot' }, creationYearEnd: undefined });
    expect(artworkFacts({ attributes })).toEqual({ medium: 'Oil on canvas', materials: [] });
  });
});
