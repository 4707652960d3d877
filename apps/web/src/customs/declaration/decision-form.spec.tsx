import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Declaration } from '../../api/declaration.types';
import {
  ARTWORK_ID,
  DECLARATION_ID,
  declaration,
  incompleteDuties,
} from '../../testing/declarations.fixture';
import { fakeApi, on, renderScreen, type FakeRoute } from '../../testing/render';
import { DecisionForm } from './decision-form';

const OFFICER = { username: 'officer1', roles: ['CUSTOMS_OFFICER' as const] };
const DECISIONS = `/customs/declarations/${DECLARATION_ID}/decisions`;

function renderForm(...routes: FakeRoute[]) {
  return renderFormOf(declaration(), ...routes);
}

function renderFormOf(shown: Declaration, ...routes: FakeRoute[]) {
  const api = fakeApi(...routes);
  const onDecided = jest.fn();
  const onConflict = jest.fn();
  const onReload = jest.fn();
  renderScreen(
    <DecisionForm
      declaration={shown}
      onDecided={onDecided}
      onConflict={onConflict}
      onReload={onReload}
    />,
    { route: '/customs/declarations/x', user: OFFICER, fetch: api.fetch },
  );
  return { api, onDecided, onConflict, onReload };
}

const reason = () => screen.getByLabelText('Reason') as HTMLTextAreaElement;
/** What a screen reader reads after the field's name: its hint and its errors. */
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the decision form', () => {
  it('says before anything is sent that a reason is needed to reject or request information', () => {
    renderForm();
    expect(descriptionOf(reason())).toContain(
      'Required to reject or to request information; optional to approve.',
    );
    for (const name of ['Approve', 'Reject', 'Request information'])
      expect(screen.getByRole('button', { name }).getAttribute('type')).toBe('button');
  });

  it.each([
    ['Reject', '', 'Write the reason for the rejection before rejecting.'],
    ['Request information', '   ', 'Write which information you need before requesting it.'],
  ])('refuses %s without a reason and sends nothing', async (button, typed, message) => {
    const { api, onDecided } = renderForm();
    if (typed) await userEvent.type(reason(), typed);
    await userEvent.click(screen.getByRole('button', { name: button }));
    expect(descriptionOf(reason())).toContain(message);
    expect(reason().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason());
    expect(api.calls).toEqual([]);
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('approves with exactly { decision: APPROVE } and hands the answer on', async () => {
    const cleared = declaration({ status: 'CLEARED', missingLicences: [] });
    const { api, onDecided } = renderForm(on('POST', DECISIONS, () => ({ json: cleared })));
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith(cleared, 'APPROVE'));
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].method).toBe('POST');
    expect(api.calls[0].path).toBe(DECISIONS);
    expect(api.calls[0].body).toStrictEqual({ decision: 'APPROVE' });
  });

  it('sends the reason with a rejection, trimmed', async () => {
    const { api, onDecided } = renderForm(
      on('POST', DECISIONS, () => ({ json: declaration({ status: 'REJECTED' }) })),
    );
    await userEvent.type(reason(), '  provenance before 1949 not shown ');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api.calls[0].body).toStrictEqual({
      decision: 'REJECT',
      reason: 'provenance before 1949 not shown',
    });
  });

  it('shows the service’s 400 next to the reason and keeps what was typed', async () => {
    renderForm(
      on('POST', DECISIONS, () => ({
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: ['reason must be at most 2000 characters'],
        },
      })),
    );
    await userEvent.type(reason(), 'ask for the valuation report');
    await userEvent.click(screen.getByRole('button', { name: 'Request information' }));
    await waitFor(() =>
      expect(descriptionOf(reason())).toContain('must be at most 2000 characters'),
    );
    expect(reason().value).toBe('ask for the valuation report');
    expect(reason().getAttribute('aria-invalid')).toBe('true');
  });

  it('shows which licence a refused approval (409) misses, and keeps the reason', async () => {
    const { onDecided, onConflict } = renderForm(
      on('POST', DECISIONS, () => ({
        status: 409,
        json: {
          statusCode: 409,
          error: 'Conflict',
          message: `the declaration cannot be approved without a valid licence: EU_EXPORT_LICENCE for items[0] (artwork ${ARTWORK_ID})`,
          missingLicences: [{ type: 'EU_EXPORT_LICENCE', position: 0, artworkId: ARTWORK_ID }],
        },
      })),
    );
    await userEvent.type(reason(), 'licence checked by phone');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Cannot approve: a valid licence is missing')).toBeTruthy();
    expect(
      within(alert).getByText("EU_EXPORT_LICENCE for item 1 (Ville-d'Avray, the Pond at Dusk)"),
    ).toBeTruthy();
    expect(reason().value).toBe('licence checked by phone');
    expect(onDecided).not.toHaveBeenCalled();
    expect(onConflict).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Approve' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('says when the declaration was decided meanwhile, and keeps the reason', async () => {
    const { onConflict, onReload } = renderForm(
      on('POST', DECISIONS, () => ({
        status: 409,
        json: {
          statusCode: 409,
          message: 'the declaration is CLEARED: only one PENDING_REVIEW can be decided',
        },
      })),
    );
    await userEvent.type(reason(), 'value not shown');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This declaration cannot be decided as asked.');
    expect(alert.textContent).toContain('the declaration is CLEARED');
    expect(onConflict).toHaveBeenCalled();
    expect(reason().value).toBe('value not shown');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the declaration' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('is in Simplified Chinese when asked', async () => {
    const api = fakeApi();
    renderScreen(<DecisionForm declaration={declaration()} onDecided={jest.fn()} />, {
      route: '/x',
      user: OFFICER,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    await userEvent.click(screen.getByRole('button', { name: '驳回' }));
    expect(descriptionOf(screen.getByLabelText('理由'))).toContain('驳回前请填写驳回理由。');
    expect(screen.getByRole('button', { name: '批准' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '要求补充资料' })).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('asks no duties when the engine computed them', () => {
    renderForm();
    expect(
      screen.queryByRole('group', { name: 'Duties you assessed (needed to approve)' }),
    ).toBeNull();
    expect(screen.queryByLabelText('Duty (CNY)')).toBeNull();
  });

  it('says what a decision on the officer’s own declaration is refused for (403)', async () => {
    const { onConflict } = renderForm(
      on('POST', DECISIONS, () => ({
        status: 403,
        json: {
          statusCode: 403,
          error: 'Forbidden',
          message: 'an officer may not decide a declaration of their own',
        },
      })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('an officer may not decide a declaration of their own');
    expect(onConflict).not.toHaveBeenCalled();
  });
});

describe('the decision form where the engine left the duties incomplete', () => {
  const duty = () => screen.getByLabelText('Duty (CNY)') as HTMLInputElement;
  const vat = () => screen.getByLabelText('VAT (CNY)') as HTMLInputElement;
  const cleared = () => incompleteDuties({ status: 'CLEARED' });

  it('explains which lines the engine could not compute and asks the duty and VAT in the duties’ currency', () => {
    renderFormOf(incompleteDuties());
    const group = screen.getByRole('group', { name: 'Duties you assessed (needed to approve)' });
    expect(group.textContent).toContain(
      "Item 1 (Ville-d'Avray, the Pond at Dusk): TARIFF-NOT-IN-TABLE: HS 9706.90 is not in the CN tariff table",
    );
    expect(group.textContent).toContain('The engine’s partial totals: duty CN¥0.00, VAT CN¥0.00.');
    expect(descriptionOf(duty())).toContain('in CNY, the currency of its duties');
    expect(descriptionOf(vat())).toContain('in CNY, the currency of its duties');
  });

  it('asks for no duties when the service names no line to assess (a heading only the destination’s customs assess)', () => {
    renderFormOf(incompleteDuties({ dutiesToAssess: [] }));
    expect(screen.queryByLabelText('Duty (CNY)')).toBeNull();
  });

  it('refuses to approve without both amounts and sends nothing', async () => {
    const { api } = renderFormOf(incompleteDuties());
    await userEvent.type(vat(), '18850O');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(descriptionOf(duty())).toContain('Enter the duty you assessed before approving.');
    expect(descriptionOf(vat())).toContain('Enter the VAT as an amount such as 1250.00');
    expect(duty().getAttribute('aria-invalid')).toBe('true');
    expect(vat().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(duty());
    expect(api.calls).toEqual([]);
  });

  it('approves with the assessed duty and VAT in the duties’ currency', async () => {
    const { api, onDecided } = renderFormOf(
      incompleteDuties(),
      on('POST', DECISIONS, () => ({ json: cleared() })),
    );
    await userEvent.type(duty(), ' 0 ');
    await userEvent.type(vat(), '188500.00');
    await userEvent.type(reason(), 'antique: duty-free, VAT 13 % of the customs value');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api.calls[0].body).toStrictEqual({
      decision: 'APPROVE',
      reason: 'antique: duty-free, VAT 13 % of the customs value',
      duties: {
        duty: { amount: '0', currency: 'CNY' },
        vat: { amount: '188500.00', currency: 'CNY' },
      },
    });
  });

  it.each([
    ['Reject', 'REJECT'],
    ['Request information', 'REQUEST_INFO'],
  ])('sends no duties with %s, typed or not', async (button, decision) => {
    const { api, onDecided } = renderFormOf(
      incompleteDuties(),
      on('POST', DECISIONS, () => ({ json: incompleteDuties({ status: 'REJECTED' }) })),
    );
    await userEvent.type(duty(), '12');
    await userEvent.type(reason(), 'valuation report needed');
    await userEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api.calls[0].body).toStrictEqual({ decision, reason: 'valuation report needed' });
  });

  it('shows the service’s 400 under the amount it names and keeps what was typed', async () => {
    renderFormOf(
      incompleteDuties(),
      on('POST', DECISIONS, () => ({
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: ['duties.vat.amount has 3 decimals but CNY has 2'],
        },
      })),
    );
    await userEvent.type(duty(), '0');
    await userEvent.type(vat(), '188500.001');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(descriptionOf(vat())).toContain('has 3 decimals but CNY has 2'));
    expect(vat().getAttribute('aria-invalid')).toBe('true');
    expect(vat().value).toBe('188500.001');
    expect(document.activeElement).toBe(vat());
    expect(screen.queryByText('duties.vat.amount has 3 decimals but CNY has 2')).toBeNull();
  });

  it('shows the service’s 409 for incomplete duties as it is, not as someone else’s change', async () => {
    const message =
      'the duties are incomplete (items[0] TARIFF-NOT-IN-TABLE: HS 9706.90 is not in the CN tariff table): approve with the duties you assessed';
    const { onConflict } = renderFormOf(
      incompleteDuties(),
      on('POST', DECISIONS, () => ({
        status: 409,
        json: { statusCode: 409, error: 'Conflict', message, currentStatus: 'PENDING_REVIEW' },
      })),
    );
    await userEvent.type(duty(), '0');
    await userEvent.type(vat(), '188500.00');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const alert = await screen.findByText(message);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByText('This declaration cannot be decided as asked.')).toBeNull();
    expect(onConflict).not.toHaveBeenCalled();
    expect(duty().value).toBe('0');
  });

  it('is in Simplified Chinese when asked', async () => {
    renderScreen(<DecisionForm declaration={incompleteDuties()} onDecided={jest.fn()} />, {
      route: '/x',
      user: OFFICER,
      fetch: fakeApi().fetch,
      language: 'zh-CN',
    });
    await userEvent.click(screen.getByRole('button', { name: '批准' }));
    expect(descriptionOf(screen.getByLabelText('关税（CNY）'))).toContain(
      '批准前请填写您核定的关税。',
    );
    expect(screen.getByRole('group', { name: '您核定的税费（批准时必填）' })).toBeTruthy();
  });
});
