import type { AnswerOf } from '@artbridge/public-api';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { fakeApi, fakeToken, on, renderScreen } from '../testing/render';
import { SignInPage } from './sign-in-page';

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

  it('is in Simplified Chinese when asked', async () => {
    renderScreen(signInApp(), { route: '/sign-in', path: '/*', language: 'zh-CN' });
    expect(screen.getByRole('heading').textContent).toBe('登录');
    await waitFor(() => expect(screen.getByLabelText('用户名')).toBeTruthy());
  });
});
