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
      'RejectedStatus: Pending review → RejectedDecisionREJECT',
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
});
