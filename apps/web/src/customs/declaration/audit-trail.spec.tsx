import { screen, within } from '@testing-library/react';
import { auditEntry, filedTrail } from '../../testing/declarations.fixture';
import { renderScreen } from '../../testing/render';
import { formatDateTime } from '../../ui/format';
import { AuditTrail } from './audit-trail';

const trail = [
  // out of order on purpose: the trail follows the sequence
  auditEntry(6, {
    at: '2026-12-07T09:30:00.000Z',
    actor: 'officer1',
    action: 'REJECTED',
    fromStatus: 'PENDING_REVIEW',
    toStatus: 'REJECTED',
    reason: 'provenance before 1949 not shown',
    details: { decision: 'REJECT' },
  }),
  ...filedTrail(),
  auditEntry(5, {
    at: '2026-12-06T08:00:00.000Z',
    actor: 'exporter2',
    action: 'LICENCE_ATTACHED',
    details: {
      type: 'EU_EXPORT_LICENCE',
      number: 'FR-2026-0042',
      validUntil: '2027-03-01',
      artworkId: null,
    },
  }),
];

const SHIPMENT = '01a249bd-b65c-739b-b9a9-10c6b5aab2e9';
const EVENT = '01a253ac-929e-72b9-8000-000000000001';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the audit trail', () => {
  it('shows every step in order with when, who, what and why', () => {
    renderScreen(<AuditTrail entries={trail} />);
    const table = screen.getByRole('table', { name: 'Audit trail' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['When', 'Who', 'What', 'Why']);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(4);
    expect(
      rows.map((row) => cells(row)[2]?.split(/(?=Status|Items|Outcome|Licence type|Decision)/)[0]),
    ).toEqual(['Declaration filed', 'Automatic assessment', 'Licence attached', 'Rejected']);

    const [filed, automatic, licence, rejected] = rows.map(cells);
    expect(filed[0]).toBe(formatDateTime('2026-12-06T05:04:59.663Z', 'en', 'short'));
    expect(filed[1]).toBe('exporter2');
    expect(filed[3]).toBe('—');
    expect(automatic[1]).toBe('Automatic assessment');
    expect(automatic[2]).toContain('Status: Pending review');
    expect(automatic[2]).toContain('RulesEU-EXP-PAINTING');
    expect(automatic[3]).toBe('items[0] EU-EXP-PAINTING: painting more than 50 years old');
    expect(licence[2]).toContain('Licence numberFR-2026-0042');
    expect(licence[2]).toContain('Valid untilMar 1, 2027');
    expect(rejected).toEqual([
      formatDateTime('2026-12-07T09:30:00.000Z', 'en', 'short'),
      'officer1',
      'RejectedStatus: Pending review → RejectedDecisionReject',
      'provenance before 1949 not shown',
    ]);
    const when = within(rows[3]).getByText(
      formatDateTime('2026-12-07T09:30:00.000Z', 'en', 'short'),
    );
    expect(when.tagName).toBe('TIME');
    expect(when.getAttribute('datetime')).toBe('2026-12-07T09:30:00.000Z');
  });

  it('says so when nothing is recorded', () => {
    renderScreen(<AuditTrail entries={[]} />);
    expect(screen.getByText('No steps recorded yet.')).toBeTruthy();
  });

  it('is in Simplified Chinese, dates in its locale', () => {
    renderScreen(<AuditTrail entries={trail} />, { language: 'zh-CN' });
    const table = screen.getByRole('table', { name: '审计记录' });
    const rows = rowsOf(table).map(cells);
    expect(rows[1][1]).toBe('系统自动评估');
    expect(rows[3][0]).toBe(formatDateTime('2026-12-07T09:30:00.000Z', 'zh-CN', 'short'));
    expect(rows[3][0]).toMatch(/2026年12月/);
    expect(rows[3][2]).toContain('状态：待审核 → 已驳回');
  });

  it('names every detail the service records and says its values in the language', () => {
    // the details customs writes on each step (apps/customs declarations and bonded-storage)
    const everyDetail = [
      auditEntry(1, {
        details: {
          shipmentId: SHIPMENT,
          items: 1,
          ftzBonded: false,
          command: EVENT,
        },
      }),
      auditEntry(2, {
        actor: 'AUTOMATIC',
        action: 'AUTOMATIC_OUTCOME',
        toStatus: 'PENDING_REVIEW',
        details: {
          outcome: 'REVIEW',
          ruleIds: ['EU-EXP-PAINTING'],
          ruleBookVersion: '2026.11',
          declarationDate: '2026-12-06',
          reviewDueAt: '2026-12-08T05:04:59.663Z',
        },
      }),
      auditEntry(3, {
        actor: 'exporter2',
        action: 'LICENCE_ATTACHED',
        details: {
          licenceId: EVENT,
          type: 'EU_EXPORT_LICENCE',
          number: 'FR-2026-0042',
          issuer: 'SBCE',
          validUntil: '2027-03-01',
          artworkId: SHIPMENT,
        },
      }),
      auditEntry(4, {
        actor: 'officer1',
        action: 'INFO_REQUESTED',
        details: { decision: 'REQUEST_INFO' },
      }),
      auditEntry(5, {
        actor: 'exporter2',
        action: 'INFO_ANSWERED',
        details: { message: 'provenance attached', reviewDueAt: '2026-12-09T05:04:59.663Z' },
      }),
      auditEntry(6, {
        actor: 'SYSTEM',
        action: 'REVIEW_OVERDUE',
        details: { reviewDueAt: '2026-12-09T05:04:59.663Z' },
      }),
      auditEntry(7, {
        actor: 'officer1',
        action: 'APPROVED',
        details: { decision: 'APPROVE', assessedDuties: ['duty 130.00 CNY', 'vat 169.00 CNY'] },
      }),
      ...(['BONDED_ENTERED', 'BONDED_RELEASED', 'BONDED_RE_EXPORTED'] as const).map(
        (action, index) =>
          auditEntry(8 + index, {
            actor: 'LOGISTICS',
            action,
            details: {
              zone: 'Shanghai FTZ',
              country: 'CN',
              warehouse: 'Waigaoqiao 3',
              at: '2026-12-10T08:00:00.000Z',
              ruleId: 'CN-FTZ-BONDED',
              ruleVersion: 1,
              dutyDue: action === 'BONDED_RELEASED',
              event: EVENT,
              location: 'Vault 2',
              importDeclarationId: EVENT,
              destinationCountry: 'HK',
              destinationPlace: 'Hong Kong',
            },
          }),
      ),
      auditEntry(11, {
        actor: 'AUTOMATIC',
        details: {
          shipmentId: SHIPMENT,
          items: 1,
          exportDeclarationId: EVENT,
          zone: 'Shanghai FTZ',
          country: 'CN',
          warehouse: 'Waigaoqiao 3',
          releasedAt: '2026-12-10T08:00:00.000Z',
          importer: 'Lotus Gallery',
          ruleId: 'CN-FTZ-RELEASE',
          exportDeclaredBonded: true,
          dutyPaidAtExport: 0,
          event: EVENT,
        },
      }),
    ];
    renderScreen(<AuditTrail entries={everyDetail} />, { language: 'zh-CN' });
    const table = screen.getByRole('table', { name: '审计记录' });
    const sent = new Set(everyDetail.flatMap((entry) => Object.keys(entry.details ?? {})));
    const labels = [...table.querySelectorAll('dt')].map((dt) => dt.textContent!);
    const values = [...table.querySelectorAll('dd')].map((dd) => dd.textContent!);
    expect(labels.filter((label) => sent.has(label))).toEqual([]);
    expect(labels.filter((label) => /[a-z]/i.test(label))).toEqual([]);
    const actions = rowsOf(table).map((row) => row.querySelector('strong')!.textContent);
    expect(actions.filter((action) => /[A-Z]/.test(action!))).toEqual([]);
    for (const raw of ['true', 'false', 'REVIEW', 'REQUEST_INFO', 'APPROVE'])
      expect(values).not.toContain(raw);

    const detail = (label: string) =>
      [...table.querySelectorAll('dt')]
        .filter((dt) => dt.textContent === label)
        .map((dt) => dt.nextElementSibling!.textContent);
    expect(detail('申报自贸区保税仓储')).toEqual(['否']);
    expect(detail('出口时申报保税仓储')).toEqual(['是']);
    expect(detail('应缴税费')).toEqual(['否', '是', '否']);
    expect(detail('结论')).toEqual(['需人工审核']);
    expect(detail('决定')).toEqual(['要求补充资料', '批准']);
  });
});
