import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { AuditEntry, Declaration } from '../../api/declaration.types';
import type { Role } from '../../auth/session';
import {
  auditEntry,
  auditTrail,
  DECLARATION_ID,
  declaration,
  filedTrail,
  incompleteDuties,
} from '../../testing/declarations.fixture';
import { fakeApi, on, renderScreen, type FakeRoute } from '../../testing/render';
import { DeclarationPage } from './declaration-page';

const PATH = `/customs/declarations/${DECLARATION_ID}`;

function renderPage(routes: FakeRoute[], roles: Role[] = ['CUSTOMS_OFFICER']) {
  const api = fakeApi(...routes);
  renderScreen(
    <Routes>
      <Route path="/customs/declarations/:id" element={<DeclarationPage />} />
    </Routes>,
    { route: PATH, path: '/*', user: { username: 'officer1', roles }, fetch: api.fetch },
  );
  return api;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('a declaration for review', () => {
  it('shows the shipment, route, purpose, items, findings, licences, duties, status and deadline', async () => {
    renderPage([
      on('GET', PATH, () => ({ json: declaration() })),
      on('GET', `${PATH}/audit`, () => ({
        json: auditTrail(filedTrail()),
      })),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Declaration 2065C3A9', level: 1 }),
    ).toBeTruthy();

    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Pending review')).toBeTruthy();
    expect(within(summary).getByText(/in 2 days/)).toBeTruthy();
    expect(within(summary).queryByText('Overdue')).toBeNull();

    const shipment = section('Shipment and parties');
    expect(within(shipment).getByText('France (FR), Paris')).toBeTruthy();
    expect(within(shipment).getByText('China (CN), Shanghai')).toBeTruthy();
    expect(within(shipment).getByText('Sale')).toBeTruthy();
    expect(within(shipment).getByText('exporter2')).toBeTruthy();

    const item = within(section('Items')).getAllByRole('row')[1];
    expect(within(item).getByRole('rowheader').textContent).toBe("Ville-d'Avray, the Pond at Dusk");
    const text = item.textContent ?? '';
    for (const fact of [
      'Jean-Baptiste-Camille Corot (1796–1875)',
      '1865–1870',
      'Painting',
      'Oil on canvas',
      '€185,000.00',
      '9701.21',
    ])
      expect(text).toContain(fact);

    const assessment = section('Assessment: HS codes, findings and duties');
    expect(within(assessment).getByText('EU-EXP-PAINTING')).toBeTruthy();
    expect(
      within(assessment).getByText('Council Regulation (EC) No 116/2009, Annex I, category A.3'),
    ).toBeTruthy();
    expect(within(assessment).getByRole('region', { name: 'Duties and taxes' })).toBeTruthy();

    const licences = section('Licences');
    const attached = within(licences).getByRole('table', { name: 'Attached licences' });
    expect(within(attached).getByText('FR-2025-0001')).toBeTruthy();
    expect(within(attached).getByText('Expired')).toBeTruthy();
    expect(within(attached).getByText('Jan 31, 2025')).toBeTruthy();
    expect(
      within(licences).getByText("EU_EXPORT_LICENCE for item 1 (Ville-d'Avray, the Pond at Dusk)"),
    ).toBeTruthy();

    expect(
      await within(section('Audit trail')).findByText('Automatic assessment', {
        selector: 'strong',
      }),
    ).toBeTruthy();
  });

  it('marks an overdue review', async () => {
    renderPage([
      on('GET', PATH, () => ({
        json: declaration({ reviewDueAt: '2026-01-01T00:00:00.000Z', overdue: true }),
      })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
    ]);
    expect(
      await within(await screen.findByRole('region', { name: 'Summary' })).findByText('Overdue'),
    ).toBeTruthy();
  });

  it('after a decision shows the new status and its audit entry', async () => {
    const rejected: Declaration = declaration({
      status: 'REJECTED',
      missingLicences: [],
      decision: {
        decidedBy: 'officer1',
        decidedAt: '2026-12-07T09:30:00.000Z',
        reason: 'provenance not shown',
      },
    });
    let entries: AuditEntry[] = filedTrail();
    const api = renderPage([
      on('GET', PATH, () => ({ json: declaration() })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail(entries) })),
      on('POST', `${PATH}/decisions`, () => {
        entries = [
          ...entries,
          auditEntry(9, {
            at: '2026-12-07T09:30:00.000Z',
            actor: 'officer1',
            action: 'REJECTED',
            fromStatus: 'PENDING_REVIEW',
            toStatus: 'REJECTED',
            reason: 'provenance not shown',
          }),
        ];
        return { json: rejected };
      }),
    ]);
    await userEvent.type(await screen.findByLabelText('Reason'), 'provenance not shown');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));

    const notice = await screen.findByText('Decision recorded: the declaration is now “Rejected”.');
    expect(document.activeElement).toBe(notice);
    expect(within(section('Summary')).getByText('Rejected')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(within(section('Decision')).getByText('officer1')).toBeTruthy();
    const trail = within(section('Audit trail'));
    await waitFor(() => expect(trail.getAllByRole('row')).toHaveLength(4));
    expect(trail.getAllByText('provenance not shown')).toHaveLength(1);
    expect(api.calls.filter((call) => call.path === `${PATH}/audit`)).toHaveLength(2);
  });

  it('approves incomplete duties with the officer’s figures and shows them beside the engine’s, and on the trail', async () => {
    const approved = incompleteDuties({
      status: 'CLEARED',
      decision: { decidedBy: 'officer1', decidedAt: '2026-12-07T09:30:00.000Z', reason: null },
      assessedDuties: {
        duty: { amount: '0.00', currency: 'CNY' },
        vat: { amount: '188500.00', currency: 'CNY' },
        total: { amount: '188500.00', currency: 'CNY' },
      },
    });
    let entries: AuditEntry[] = filedTrail();
    const api = renderPage([
      on('GET', PATH, () => ({ json: incompleteDuties() })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail(entries) })),
      on('POST', `${PATH}/decisions`, () => {
        entries = [
          ...entries,
          auditEntry(9, {
            at: '2026-12-07T09:30:00.000Z',
            actor: 'officer1',
            action: 'APPROVED',
            fromStatus: 'PENDING_REVIEW',
            toStatus: 'CLEARED',
            details: {
              decision: 'APPROVE',
              assessedDuties: ['duty 0.00 CNY', 'vat 188500.00 CNY', 'total 188500.00 CNY'],
            },
          }),
        ];
        return { json: approved };
      }),
    ]);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByTestId('engine-duties').textContent).toBe(
      'duty CN¥0.00, VAT CN¥0.00, total CN¥0.00 (incomplete: computed lines only)',
    );
    expect(within(summary).queryByTestId('assessed-duties')).toBeNull();

    await userEvent.type(screen.getByLabelText('Duty (CNY)'), '0.00');
    await userEvent.type(screen.getByLabelText('VAT (CNY)'), '188500.00');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await screen.findByText('Decision recorded: the declaration is now “Cleared”.');
    expect(api.calls.find((call) => call.method === 'POST')?.body).toStrictEqual({
      decision: 'APPROVE',
      duties: {
        duty: { amount: '0.00', currency: 'CNY' },
        vat: { amount: '188500.00', currency: 'CNY' },
      },
    });

    const after = section('Summary');
    expect(within(after).getByText('Duties and VAT (assessed by the officer)')).toBeTruthy();
    expect(within(after).getByTestId('assessed-duties').textContent).toBe(
      'duty CN¥0.00, VAT CN¥188,500.00, total CN¥188,500.00',
    );
    expect(within(after).getByTestId('engine-duties').textContent).toContain('incomplete');
    expect(screen.queryByLabelText('Duty (CNY)')).toBeNull();

    const trail = within(section('Audit trail'));
    await waitFor(() => expect(trail.getAllByRole('row')).toHaveLength(4));
    const approvedRow = trail.getAllByRole('row')[3];
    expect(approvedRow.textContent).toContain(
      'Duties assessed by the officerDuty CN¥0.00, VAT CN¥188,500.00, Total CN¥188,500.00',
    );
  });

  it('after a request for information says the exporter owes an answer', async () => {
    const api = renderPage([
      on('GET', PATH, () => ({ json: declaration() })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
      on('POST', `${PATH}/decisions`, () => ({
        json: declaration({ status: 'INFO_REQUESTED', decision: null }),
      })),
    ]);
    await userEvent.type(await screen.findByLabelText('Reason'), 'send the valuation report');
    await userEvent.click(screen.getByRole('button', { name: 'Request information' }));
    expect(
      await screen.findByText('Decision recorded: the declaration is now “Information requested”.'),
    ).toBeTruthy();
    expect(
      within(section('Decision')).getByText(/returns to the queue when they answer/),
    ).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toStrictEqual({
      decision: 'REQUEST_INFO',
      reason: 'send the valuation report',
    });
  });

  it('lets an administrator read but not decide (the service takes decisions from officers only)', async () => {
    renderPage(
      [
        on('GET', PATH, () => ({ json: declaration() })),
        on('GET', `${PATH}/audit`, () => ({
          json: auditTrail([]),
        })),
      ],
      ['ADMIN'],
    );
    expect(
      await screen.findByText('Only customs officers can decide on a declaration.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('does not offer an officer a decision on a declaration of their own (the service refuses it, 403)', async () => {
    renderPage([
      on('GET', PATH, () => ({ json: declaration({ exporterId: 'officer1' }) })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
    ]);
    expect(
      await screen.findByText(
        'You filed this declaration yourself: another customs officer has to decide on it.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('says a declaration that is not there is not found', async () => {
    renderPage([]);
    expect((await screen.findAllByRole('alert'))[0].textContent).toBe('Not found.');
  });
});

describe('bonded storage and the linked declarations', () => {
  const EXPORT_ID = '01a249bd-b711-71fa-902e-0000e0000001';
  const IMPORT_ID = '01a249bd-b711-71fa-902e-0000f0000002';
  const trail = (id: string) =>
    on('GET', `/customs/declarations/${id}/audit`, () => ({
      json: auditTrail([], id),
    }));

  function renderAt(id: string, routes: FakeRoute[]) {
    const api = fakeApi(...routes);
    renderScreen(
      <Routes>
        <Route path="/customs/declarations/:id" element={<DeclarationPage />} />
      </Routes>,
      {
        route: `/customs/declarations/${id}`,
        path: '/*',
        user: { username: 'officer1', roles: ['CUSTOMS_OFFICER'] },
        fetch: api.fetch,
      },
    );
    return api;
  }

  it('shows an import’s bonded stay and links it with its export declaration, both ways', async () => {
    renderAt(IMPORT_ID, [
      on('GET', `/customs/declarations/${IMPORT_ID}`, () => ({
        json: declaration({
          id: IMPORT_ID,
          kind: 'IMPORT',
          exportDeclarationId: EXPORT_ID,
          bonded: {
            zone: 'SHANGHAI_FTZ',
            warehouse: 'Waigaoqiao Art Bonded Warehouse',
            releasedAt: '2026-12-05T09:00:00.000Z',
          },
        }),
      })),
      on('GET', `/customs/declarations/${EXPORT_ID}`, () => ({
        json: declaration({
          id: EXPORT_ID,
          kind: 'EXPORT',
          ftzBonded: true,
          importDeclarationId: IMPORT_ID,
          status: 'CLEARED',
        }),
      })),
      trail(IMPORT_ID),
      trail(EXPORT_ID),
    ]);
    const bonded = await screen.findByRole('region', {
      name: 'Bonded storage and linked declarations',
    });
    expect(within(bonded).getByText(/left the free-trade zone’s bonded storage/)).toBeTruthy();
    expect(within(bonded).getByText('SHANGHAI_FTZ')).toBeTruthy();
    expect(within(bonded).getByText('Waigaoqiao Art Bonded Warehouse')).toBeTruthy();
    expect(within(section('Summary')).getByText('Import from bond')).toBeTruthy();

    await userEvent.click(within(bonded).getByRole('link', { name: 'Declaration E0000001' }));
    expect(await screen.findByRole('heading', { name: 'Declaration E0000001' })).toBeTruthy();
    const exported = await screen.findByRole('region', {
      name: 'Bonded storage and linked declarations',
    });
    await waitFor(() => expect(within(exported).getByText(/CN-FTZ-BONDED/)).toBeTruthy());
    expect(within(section('Summary')).getByText('Export')).toBeTruthy();
    expect(
      within(exported).getByRole('link', { name: 'Declaration F0000002' }).getAttribute('href'),
    ).toBe(`/customs/declarations/${IMPORT_ID}`);
  });

  it('shows nothing of the kind for a plain export', async () => {
    renderPage([
      on('GET', PATH, () => ({ json: declaration() })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
    ]);
    await screen.findByRole('region', { name: 'Summary' });
    expect(
      screen.queryByRole('region', { name: 'Bonded storage and linked declarations' }),
    ).toBeNull();
  });

  it('shows the question the exporter still has to answer', async () => {
    renderPage([
      on('GET', PATH, () => ({
        json: declaration({
          status: 'INFO_REQUESTED',
          openInfoRequest: {
            question: 'Send the valuation report',
            askedBy: 'officer2',
            askedAt: '2026-12-06T07:00:00.000Z',
          },
        }),
      })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
    ]);
    const question = await screen.findByRole('figure', { name: 'Question to the exporter' });
    expect(within(question).getByText('Send the valuation report')).toBeTruthy();
    expect(within(question).getByText(/Asked by officer2/)).toBeTruthy();
  });

  it('says where the declaration stands when a decision comes too late', async () => {
    renderPage([
      on('GET', PATH, () => ({ json: declaration({ missingLicences: [] }) })),
      on('GET', `${PATH}/audit`, () => ({ json: auditTrail([]) })),
      on('POST', `${PATH}/decisions`, () => ({
        status: 409,
        json: {
          statusCode: 409,
          error: 'Conflict',
          message: `declaration ${DECLARATION_ID} is CLEARED, not PENDING_REVIEW`,
          currentStatus: 'CLEARED',
        },
      })),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('The declaration is now “Cleared”.')).toBeTruthy();
  });
});
