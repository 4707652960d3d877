import type { AnswerOf } from '@artbridge/public-api';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { fakeApi, fakeToken, on, renderScreen } from '../testing/render';
import { SignInPage } from './sign-in-page';

/** What a screen reader announces with the input: its hint and its errors. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function signInApp() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/customs/queue" element={<p>officer home</p>} />
      <Route path="/exporter/artworks" element={<p>exporter home</p>} />
    </Routes>
  );
}

describe('sign-in', () => {
  it('signs an officer in and lands on the review queue', async () => {
    const api = fakeApi(
      on('POST', '/auth/token', (call) =>
        (call.body as { password: string }).password === 'demo'
          ? {
              json: {
                accessToken: fakeToken('officer1', ['CUSTOMS_OFFICER']),
                tokenType: 'Bearer',
                expiresIn: 3600,
                roles: ['CUSTOMS_OFFICER'],
              } satisfies AnswerOf<'AuthController_token'>,
            }
          : { status: 401, json: { statusCode: 401, message: 'Unauthorized' } },
      ),
    );
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', fetch: api.fetch });
    await userEvent.type(screen.getByLabelText('User name'), 'officer1');
    await userEvent.type(screen.getByLabelText('Password'), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('officer home')).toBeTruthy();
    expect(api.calls[0].body).toEqual({ username: 'officer1', password: 'demo' });
  });

  it('says a wrong password is wrong, and keeps what was typed', async () => {
    const api = fakeApi(
      on('POST', '/auth/token', () => ({ status: 401, json: { statusCode: 401 } })),
    );
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', fetch: api.fetch });
    await userEvent.type(screen.getByLabelText('User name'), 'exporter1');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('User name or password is wrong.');
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('exporter1');
  });

  it('keeps the button to press and says, at the field, what is missing', async () => {
    const api = fakeApi();
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', fetch: api.fetch });
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    // reached with the keyboard, as every other control
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(button);

    await user.keyboard('{Enter}');
    const username = screen.getByLabelText('User name');
    expect(document.activeElement).toBe(username);
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(description(username)).toBe('Enter your user name.');
    expect(description(screen.getByLabelText('Password'))).toBe('Enter your password.');

    await user.type(username, 'exporter1');
    expect(username.getAttribute('aria-invalid')).toBeNull();
    await user.click(button);
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(api.calls).toEqual([]);
  });

  it('says what is missing in the language of the page', async () => {
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', language: 'zh-CN' });
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(description(screen.getByLabelText('用户名'))).toBe('请输入用户名。');
    expect(description(screen.getByLabelText('密码'))).toBe('请输入密码。');
  });

  it('offers the language before signing in, and keeps it', async () => {
    renderScreen(signInApp(), { route: '/sign-in', path: '/*' });
    expect(screen.getByRole('heading').textContent).toBe('Sign in');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(screen.getByRole('heading').textContent).toBe('登录');
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '语言' })).toBeTruthy();
    expect(window.localStorage.getItem('artbridge.language')).toBe('zh-CN');
  });

  it('is in Simplified Chinese when asked', async () => {
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', language: 'zh-CN' });
    expect(screen.getByRole('heading').textContent).toBe('登录');
    await waitFor(() => expect(screen.getByLabelText('用户名')).toBeTruthy());
  });
});
