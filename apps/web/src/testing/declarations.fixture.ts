import type {
  AuditEntry,
  AuditTrail,
  Declaration,
  DeclarationItem,
  DeclarationList,
  DeclarationSummary,
} from '../api/declaration.types';

/** Answers of the customs service for component tests, shaped as declaration.view.ts makes them. */

export const DECLARATION_ID = '01a249bd-b711-71fa-902e-35632065c3a9';
export const ARTWORK_ID = '01a249bd-b5f6-7506-a1d1-be94456d03cf';

export function summary(overrides: Partial<DeclarationSummary> = {}): DeclarationSummary {
  return {
    id: DECLARATION_ID,
    kind: 'EXPORT',
    shipmentId: '01a249bd-b65c-739b-b9a9-10c6b5aab2e9',
    exporterId: 'exporter2',
    status: 'PENDING_REVIEW',
    outcome: 'REVIEW',
    exportCountry: 'FR',
    importCountry: 'CN',
    itemCount: 1,
    firstItem: {
      title: "Ville-d'Avray, the Pond at Dusk",
      artistName: 'Jean-Baptiste-Camille Corot',
    },
    totalDeclaredValue: { amount: '185000.00', currency: 'EUR' },
    declaredValues: [{ amount: '185000.00', currency: 'EUR' }],
    filedAt: '2026-12-06T05:04:59.663Z',
    // a little over two days ahead: "in 2 days"
    reviewDueAt: new Date(Date.now() + 50 * 3_600_000).toISOString(),
    overdue: false,
    overdueFlaggedAt: null,
    ...overrides,
  };
}

export function list(items: DeclarationSummary[], total = items.length, page = 1): DeclarationList {
  return { items, total, page, pageSize: 20 };
}

/** Corot's pond as it was filed: the attributes customs assessed it on. */
export function filedAttributes(
  overrides: Partial<DeclarationItem['attributes']> = {},
): DeclarationItem['attributes'] {
  return {
    title: "Ville-d'Avray, the Pond at Dusk",
    artist: { name: 'Jean-Baptiste-Camille Corot', birthYear: 1796, deathYear: 1875 },
    creationYear: 1865,
    creationYearEnd: 1870,
    category: 'PAINTING',
    handExecuted: true,
    medium: 'Oil on canvas',
    value: { amount: '185000.00', currency: 'EUR' },
    ownedByCreator: false,
    originCountry: 'FR',
    ...overrides,
  };
}

export function declaration(overrides: Partial<Declaration> = {}): Declaration {
  return {
    ...summary(),
    exportDeclarationId: null,
    importDeclarationId: null,
    ftzBonded: false,
    bonded: null,
    openInfoRequest: null,
    declarationDate: '2026-12-06',
    ruleBookVersion: '2026-05-01.1',
    declarant: 'exporter2',
    consignee: {
      name: 'Shanghai Free Trade Zone Art Bonded Services',
      country: 'CN',
      address: '2 Jilong Road, Waigaoqiao, Shanghai',
    },
    origin: { country: 'FR', place: 'Paris' },
    destination: { country: 'CN', place: 'Shanghai' },
    purpose: 'SALE',
    transportMode: 'AIR',
    incoterm: { rule: 'CIP', place: 'Shanghai' },
    invoice: { total: { amount: '185000.00', currency: 'EUR' } },
    items: [
      {
        position: 0,
        artworkId: ARTWORK_ID,
        title: "Ville-d'Avray, the Pond at Dusk",
        artistName: 'Jean-Baptiste-Camille Corot',
        creationYear: 1865,
        category: 'PAINTING',
        originCountry: 'FR',
        value: { amount: '185000.00', currency: 'EUR' },
        attributes: filedAttributes(),
        hsCode: '9701.21',
        outcome: 'REVIEW',
        findings: [
          {
            ruleId: 'EU-EXP-PAINTING',
            ruleVersion: 1,
            effect: 'LICENCE_REQUIRED',
            licence: 'EU_EXPORT_LICENCE',
            message: 'painting more than 50 years old, value EUR 185000.00 >= EUR 150,000',
            source: 'Council Regulation (EC) No 116/2009, Annex I, category A.3',
          },
        ],
        licencesRequired: ['EU_EXPORT_LICENCE'],
      },
    ],
    licencesRequired: ['EU_EXPORT_LICENCE'],
    licences: [
      {
        id: '01a249bd-c000-7000-8000-000000000001',
        type: 'EU_EXPORT_LICENCE',
        number: 'FR-2025-0001',
        issuer: 'Ministère de la Culture',
        validUntil: '2025-01-31',
        artworkId: null,
        attachedBy: 'exporter2',
        attachedAt: '2026-12-06T06:00:00.000Z',
      },
    ],
    missingLicences: [{ type: 'EU_EXPORT_LICENCE', position: 0, artworkId: ARTWORK_ID }],
    dutiesToAssess: [],
    duties: {
      currency: 'CNY',
      customsValue: { amount: '1450000.00', currency: 'CNY' },
      duty: { amount: '0.00', currency: 'CNY' },
      vat: { amount: '188500.00', currency: 'CNY' },
      total: { amount: '188500.00', currency: 'CNY' },
      complete: true,
      lines: [
        {
          status: 'COMPUTED',
          itemIndex: 0,
          hsCode: '9701.21',
          customsValue: { amount: '1450000.00', currency: 'CNY' },
          dutyRate: { ruleId: 'CN-DUTY-9701', ruleVersion: 1, percent: '0' },
          vatRate: { ruleId: 'CN-VAT-ART', ruleVersion: 1, percent: '13' },
          duty: { amount: '0.00', currency: 'CNY' },
          vat: { amount: '188500.00', currency: 'CNY' },
          total: { amount: '188500.00', currency: 'CNY' },
        },
      ],
    },
    decision: null,
    ...overrides,
  };
}

export function auditEntry(seq: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: '2026-12-06T05:04:59.663Z',
    actor: 'exporter2',
    action: 'FILED',
    fromStatus: null,
    toStatus: null,
    reason: null,
    details: {},
    ...overrides,
  };
}

/** GET …/audit: the declaration's steps. */
export function auditTrail(entries: AuditEntry[], declarationId = DECLARATION_ID): AuditTrail {
  return { declarationId, entries };
}

/** The trail of a declaration filed and sent to review by the engine. */
export function filedTrail(): AuditEntry[] {
  return [
    auditEntry(3, { details: { items: 1, shipmentId: '01a249bd-b65c-739b-b9a9-10c6b5aab2e9' } }),
    auditEntry(4, {
      actor: 'AUTOMATIC',
      action: 'AUTOMATIC_OUTCOME',
      toStatus: 'PENDING_REVIEW',
      reason: 'items[0] EU-EXP-PAINTING: painting more than 50 years old',
      details: { outcome: 'REVIEW', ruleIds: ['EU-EXP-PAINTING'] },
    }),
  ];
}

/**
 * A declaration whose duties the engine left incomplete: the work, an antique, is outside
 * China's tariff table (TARIFF-NOT-IN-TABLE sent it to REVIEW), its licence attached, so an
 * approval needs only the duty and VAT the officer assessed.
 */
export function incompleteDuties(overrides: Partial<Declaration> = {}): Declaration {
  const filed = declaration();
  return declaration({
    items: [
      {
        ...filed.items[0],
        hsCode: '9706.90',
        findings: [
          ...filed.items[0].findings,
          {
            ruleId: 'TARIFF-NOT-IN-TABLE',
            ruleVersion: 0,
            effect: 'REVIEW',
            message: 'no CN duty rate for HS 9706.90: an officer assesses the duties',
            source: 'artbridge assessment engine',
          },
        ],
      },
    ],
    missingLicences: [],
    dutiesToAssess: [
      {
        itemIndex: 0,
        ruleId: 'TARIFF-NOT-IN-TABLE',
        reason: 'HS 9706.90 is not in the CN tariff table',
      },
    ],
    duties: {
      currency: 'CNY',
      customsValue: { amount: '0.00', currency: 'CNY' },
      duty: { amount: '0.00', currency: 'CNY' },
      vat: { amount: '0.00', currency: 'CNY' },
      total: { amount: '0.00', currency: 'CNY' },
      complete: false,
      lines: [
        {
          status: 'NOT_COMPUTED',
          itemIndex: 0,
          hsCode: '9706.90',
          ruleId: 'TARIFF-NOT-IN-TABLE',
          reason: 'HS 9706.90 is not in the CN tariff table',
        },
      ],
    },
    ...overrides,
  });
}
