import { CUSTOMS_RULE_BOOK } from '../../assessment/domain';
import { anArtwork, aRequest } from '../../assessment/testing/artwork-builder';
import { assessWithFixtures } from '../../assessment/testing/assessment-queries';
import {
  answerInfoRequest,
  assessedDutiesOnApproval,
  attachableLicenceTypes,
  automaticDecision,
  decide,
  dutiesDeferredInBond,
  dutyLinesToAssess,
  isOverdue,
  licenceAttachConflict,
  licenceProblems,
  missingLicences,
  ownDeclarationRefusal,
  REASON_MAX_LENGTH,
  reviewDeadline,
  statusAfterFiling,
  type DeclarationStatus,
} from './review';

const ARTWORK_A = '0190a4d6-0000-7000-8000-00000000000a';
const ARTWORK_B = '0190a4d6-0000-7000-8000-00000000000b';

describe('filing', () => {
  it.each([
    ['CLEAR', 'CLEARED'],
    ['PROHIBITED', 'REJECTED'],
    ['REVIEW', 'PENDING_REVIEW'],
  ] as const)('%s → %s', (outcome, status) => {
    expect(statusAfterFiling(outcome)).toBe(status);
  });

  it('rejects a prohibited shipment with the prohibiting rule ids only', () => {
    const assessment = assessWithFixtures(
      aRequest({
        items: [
          anArtwork({ creationYear: 1930 }), // CN-EXIT-1949-REVIEW: review, not a prohibition
          anArtwork({ artist: { name: 'Qi Baishi' } }),
        ],
      }),
    );
    const decision = automaticDecision(assessment.outcome, assessment.items);
    expect(decision.status).toBe('REJECTED');
    expect(decision.ruleIds).toEqual(['CN-ARTIST-ALL']);
    expect(decision.reason).toMatch(/^items\[1\] CN-ARTIST-ALL: /);
  });

  it('names what an officer has to review', () => {
    const assessment = assessWithFixtures(aRequest({ items: [anArtwork({ creationYear: 1930 })] }));
    const decision = automaticDecision(assessment.outcome, assessment.items);
    expect(decision).toMatchObject({
      status: 'PENDING_REVIEW',
      ruleIds: ['CN-EXIT-1949-REVIEW', 'CN-EXIT-PERMIT'],
    });
  });

  it('says why nothing stopped a clear shipment', () => {
    const assessment = assessWithFixtures(
      aRequest({ exportCountry: 'GB', items: [anArtwork({ creationYear: 2015 })] }),
    );
    expect(automaticDecision(assessment.outcome, assessment.items)).toEqual({
      status: 'CLEARED',
      ruleIds: [],
      reason: 'no finding prohibits the goods or needs review',
    });
  });

  it('keeps the reason within what the events carry', () => {
    const items = Array.from({ length: 40 }, () => anArtwork({ artist: { name: 'Qi Baishi' } }));
    const assessment = assessWithFixtures(aRequest({ items }));
    const { reason } = automaticDecision(assessment.outcome, assessment.items);
    expect(reason).toHaveLength(REASON_MAX_LENGTH);
    expect(reason.endsWith('…')).toBe(true);
  });

  it('sets the review deadline from the SLA and flags it once passed', () => {
    const filed = new Date('2026-11-24T10:00:00Z');
    const due = reviewDeadline(filed, 172_800);
    expect(due.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(isOverdue(due, new Date('2026-11-26T09:59:59.999Z'))).toBe(false);
    expect(isOverdue(due, due)).toBe(true);
    expect(isOverdue(null, new Date('2030-01-01'))).toBe(false);
  });
});

describe('missingLicences', () => {
  const items = [
    { position: 0, artworkId: ARTWORK_A, licencesRequired: ['CN_EXIT_PERMIT', 'CITES_PERMIT'] },
    { position: 1, artworkId: ARTWORK_B, licencesRequired: ['CN_EXIT_PERMIT'] },
  ];
  const today = '2026-11-24';

  it('lists every required licence per item when none is attached', () => {
    expect(missingLicences(items, [], today)).toEqual([
      { type: 'CN_EXIT_PERMIT', position: 0, artworkId: ARTWORK_A },
      { type: 'CITES_PERMIT', position: 0, artworkId: ARTWORK_A },
      { type: 'CN_EXIT_PERMIT', position: 1, artworkId: ARTWORK_B },
    ]);
  });

  it('takes a licence for the whole declaration for every item, one for an item for that item only', () => {
    const attached = [
      { type: 'CN_EXIT_PERMIT', validUntil: today, artworkId: null },
      { type: 'CITES_PERMIT', validUntil: '2027-01-01', artworkId: ARTWORK_B },
    ];
    expect(missingLicences(items, attached, today)).toEqual([
      { type: 'CITES_PERMIT', position: 0, artworkId: ARTWORK_A },
    ]);
  });

  it('does not count a licence that has run out', () => {
    const attached = [{ type: 'CN_EXIT_PERMIT', validUntil: '2026-11-23', artworkId: null }];
    expect(missingLicences(items, attached, today).map((m) => m.type)).toEqual([
      'CN_EXIT_PERMIT',
      'CITES_PERMIT',
      'CN_EXIT_PERMIT',
    ]);
  });

  it('needs nothing when nothing is required', () => {
    expect(
      missingLicences([{ position: 0, artworkId: ARTWORK_A, licencesRequired: [] }], [], today),
    ).toEqual([]);
  });
});

describe('decide', () => {
  const missing = [{ type: 'CN_EXIT_PERMIT', position: 0, artworkId: ARTWORK_A }];

  it('moves a declaration in review to its next status', () => {
    expect(decide('PENDING_REVIEW', 'APPROVE', [])).toEqual({ status: 'CLEARED' });
    expect(decide('PENDING_REVIEW', 'REJECT', missing)).toEqual({ status: 'REJECTED' });
    expect(decide('PENDING_REVIEW', 'REQUEST_INFO', missing)).toEqual({
      status: 'INFO_REQUESTED',
    });
  });

  it('refuses to approve without the licences, naming them', () => {
    expect(decide('PENDING_REVIEW', 'APPROVE', missing)).toEqual({
      conflict: `the declaration cannot be approved without a valid licence: CN_EXIT_PERMIT for items[0] (artwork ${ARTWORK_A})`,
    });
  });

  it('lets no officer decide a declaration of their own', () => {
    expect(ownDeclarationRefusal({ exporterId: 'dual1' }, 'dual1')).toBe(
      'an officer may not decide a declaration of their own',
    );
    expect(ownDeclarationRefusal({ exporterId: 'exporter1' }, 'officer1')).toBeUndefined();
  });

  it.each(['CLEARED', 'REJECTED', 'INFO_REQUESTED'] as DeclarationStatus[])(
    'refuses any decision on a declaration %s',
    (status) => {
      for (const decision of ['APPROVE', 'REJECT', 'REQUEST_INFO'] as const)
        expect(decide(status, decision, [])).toEqual({
          conflict: `the declaration is ${status}: only one PENDING_REVIEW can be decided`,
        });
    },
  );
});

describe('duties an officer assesses', () => {
  const cny = (amount: bigint) => ({ minor: amount, currency: 'CNY' });
  const antiqueLine = {
    status: 'NOT_COMPUTED',
    itemIndex: 1,
    hsCode: '9706.00',
    ruleId: 'TARIFF-NOT-IN-TABLE',
    reason: 'no duty rate for HS 9706.00 into CN in the tariff table on 2026-11-24',
  };
  const computedLine = { status: 'COMPUTED', itemIndex: 0 };
  const finding = (ruleId: string, effect: 'REVIEW' | 'INFO') => ({ ruleId, effect });
  const items = [
    { position: 0, findings: [finding('CN-VAT', 'INFO')] },
    { position: 1, findings: [finding('TARIFF-NOT-IN-TABLE', 'REVIEW')] },
  ];

  it('are the lines the engine could not compute and sent to review for it', () => {
    expect(dutyLinesToAssess([computedLine, antiqueLine], items, false)).toEqual([
      { itemIndex: 1, ruleId: 'TARIFF-NOT-IN-TABLE', reason: antiqueLine.reason },
    ]);
    expect(dutyLinesToAssess([computedLine], items, false)).toEqual([]);
    expect(dutyLinesToAssess(null, items, false)).toEqual([]);
  });

  it('leave out a heading the destination’s table does not cover: its customs assess it', () => {
    // a printed reproduction into the EU: not computed, INFO, not this approval's to assess
    const reproduction = { ...antiqueLine, hsCode: '4911.91' };
    const info = [items[0], { position: 1, findings: [finding('TARIFF-NOT-IN-TABLE', 'INFO')] }];
    expect(dutyLinesToAssess([computedLine, reproduction], info, false)).toEqual([]);
  });

  it('are none while the duties are deferred in bond: the release’s import declaration assesses them', () => {
    expect(dutyLinesToAssess([computedLine, antiqueLine], items, true)).toEqual([]);
  });

  it('are deferred in bond for an export declared bonded into a country with bonded storage', () => {
    const bondedExport = {
      kind: 'EXPORT',
      ftzBonded: true,
      importCountry: 'CN',
      declarationDate: '2026-11-24',
    } as const;
    expect(dutiesDeferredInBond(CUSTOMS_RULE_BOOK, bondedExport)).toBe(true);
    // not declared bonded: charged at clearance
    expect(dutiesDeferredInBond(CUSTOMS_RULE_BOOK, { ...bondedExport, ftzBonded: false })).toBe(
      false,
    );
    // the release's import declaration is where they are due
    expect(dutiesDeferredInBond(CUSTOMS_RULE_BOOK, { ...bondedExport, kind: 'IMPORT' })).toBe(
      false,
    );
    // no bonded-storage relief for the destination, or not yet in force: nothing defers them
    expect(dutiesDeferredInBond(CUSTOMS_RULE_BOOK, { ...bondedExport, importCountry: 'GB' })).toBe(
      false,
    );
    expect(
      dutiesDeferredInBond(CUSTOMS_RULE_BOOK, { ...bondedExport, declarationDate: '2010-01-01' }),
    ).toBe(false);
  });

  const toAssess = dutyLinesToAssess([computedLine, antiqueLine], items, false);

  it('are required to approve while some are left to assess (409 naming the lines)', () => {
    expect(assessedDutiesOnApproval(toAssess, 'CNY', undefined)).toEqual({
      conflict: `the duties are incomplete (items[1] TARIFF-NOT-IN-TABLE: ${antiqueLine.reason}): approve with the duties you assessed`,
    });
  });

  it('are taken in the duties’ currency, with their total', () => {
    expect(
      assessedDutiesOnApproval(toAssess, 'CNY', { duty: cny(0n), vat: cny(1_300_000n) }),
    ).toEqual({ assessed: { duty: cny(0n), vat: cny(1_300_000n), total: cny(1_300_000n) } });
    expect(
      assessedDutiesOnApproval(toAssess, 'CNY', {
        duty: { minor: 100n, currency: 'EUR' },
        vat: { minor: 100n, currency: 'EUR' },
      }),
    ).toEqual({
      invalid: [
        "duties.duty.currency must be CNY, the currency of the declaration's duties",
        "duties.vat.currency must be CNY, the currency of the declaration's duties",
      ],
    });
    const most = 2n ** 63n - 1n;
    expect(assessedDutiesOnApproval(toAssess, 'CNY', { duty: cny(most), vat: cny(1n) })).toEqual({
      invalid: ['duties.vat is too large: duty and vat together exceed what an amount may be'],
    });
  });

  it('are refused when the engine computed them', () => {
    expect(assessedDutiesOnApproval([], 'CNY', undefined)).toEqual({ assessed: null });
    expect(assessedDutiesOnApproval([], null, undefined)).toEqual({ assessed: null });
    expect(assessedDutiesOnApproval([], 'CNY', { duty: cny(0n), vat: cny(0n) })).toEqual({
      invalid: [
        "duties may be given only while the declaration's duties are incomplete: the engine computed them",
      ],
    });
  });

  it('are refused when the duties are deferred in bond, saying so', () => {
    expect(assessedDutiesOnApproval([], 'CNY', undefined, true)).toEqual({ assessed: null });
    expect(assessedDutiesOnApproval([], 'CNY', { duty: cny(0n), vat: cny(0n) }, true)).toEqual({
      invalid: [
        'duties may not be given: the declaration was declared for bonded storage, so its duty and VAT are deferred and assessed on the import declaration filed when the works are released',
      ],
    });
  });
});

describe('answers and licences', () => {
  it('an answer returns an info request to the queue, and nothing else', () => {
    expect(answerInfoRequest('INFO_REQUESTED')).toEqual({ status: 'PENDING_REVIEW' });
    expect(answerInfoRequest('PENDING_REVIEW')).toHaveProperty('conflict');
    expect(answerInfoRequest('CLEARED')).toHaveProperty('conflict');
  });

  it('licences can be attached until the decision', () => {
    expect(licenceAttachConflict('PENDING_REVIEW')).toBeUndefined();
    expect(licenceAttachConflict('INFO_REQUESTED')).toBeUndefined();
    expect(licenceAttachConflict('CLEARED')).toMatch(/only before the decision/);
    expect(licenceAttachConflict('REJECTED')).toMatch(/only before the decision/);
  });

  const known = ['CN_EXIT_PERMIT', 'EU_EXPORT_LICENCE'];
  const today = '2026-11-24';

  it('accepts a known licence valid today or later', () => {
    expect(licenceProblems({ type: 'CN_EXIT_PERMIT', validUntil: today }, today, known)).toEqual(
      [],
    );
    expect(
      licenceProblems({ type: 'CN_EXIT_PERMIT', validUntil: '2036-01-01' }, today, known),
    ).toEqual([]);
  });

  it('refuses an unknown type and a licence already run out', () => {
    expect(licenceProblems({ type: 'PASSPORT', validUntil: '2026-11-23' }, today, known)).toEqual([
      'type must be one of CN_EXIT_PERMIT, EU_EXPORT_LICENCE',
      'validUntil must not be in the past (today is 2026-11-24)',
    ]);
  });

  it('takes only the licence types the declaration requires, or the item named', () => {
    const declared = [
      { artworkId: ARTWORK_A, licencesRequired: ['EU_EXPORT_LICENCE', 'CN_EXIT_PERMIT'] },
      { artworkId: ARTWORK_B, licencesRequired: ['CITES_PERMIT'] },
    ];
    expect(attachableLicenceTypes(declared, null)).toEqual([
      'CITES_PERMIT',
      'CN_EXIT_PERMIT',
      'EU_EXPORT_LICENCE',
    ]);
    expect(attachableLicenceTypes(declared, ARTWORK_B)).toEqual(['CITES_PERMIT']);
    const forB = attachableLicenceTypes(declared, ARTWORK_B);
    expect(
      licenceProblems({ type: 'CN_EXIT_PERMIT', validUntil: today }, today, forB, 'items[1]'),
    ).toEqual(['type must be one of CITES_PERMIT']);
    expect(licenceProblems({ type: 'CN_EXIT_PERMIT', validUntil: today }, today, [])).toEqual([
      'type must be a licence type the declaration requires, and it requires none',
    ]);
  });

  it('refuses an EU export licence valid beyond 12 months', () => {
    expect(
      licenceProblems({ type: 'EU_EXPORT_LICENCE', validUntil: '2027-11-24' }, today, known),
    ).toEqual([]);
    expect(
      licenceProblems({ type: 'EU_EXPORT_LICENCE', validUntil: '2027-11-25' }, today, known),
    ).toEqual([
      'validUntil of an EU_EXPORT_LICENCE must be within 12 months of today (2026-11-24): it is valid for at most 12 months',
    ]);
  });
});
