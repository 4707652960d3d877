import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from '../auth/auth-context';
import type { Role } from '../auth/session';
import { createI18n, type Language } from '../i18n/i18n';

/** A token the web can read (it never verifies one: the services do). */
export function fakeToken(username: string, roles: Role[], expiresInSeconds = 3600): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
  return `${encode({ alg: 'HS256' })}.${encode({ sub: username, roles, exp })}.signature`;
}

export interface FakeCall {
  method: string;
  path: string;
  body?: unknown;
  headers: Record<string, string>;
}

export type FakeRoute = (call: FakeCall) => { status?: number; json?: unknown } | undefined;

/**
 * A stand-in for the HTTP API in component tests only (browser tests use the real platform):
 * answers by the first route that returns something, records every call.
 */
export function fakeApi(...routes: FakeRoute[]): { fetch: typeof fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetcher = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://web.test');
    const headers = (init.headers ?? {}) as Record<string, string>;
    let body: unknown = init.body;
    if (typeof init.body === 'string' && headers['content-type'] === 'application/json')
      body = JSON.parse(init.body);
    const call: FakeCall = {
      method: init.method ?? 'GET',
      path: url.pathname.replace(/^\/api/, '') + url.search,
      body,
      headers,
    };
    calls.push(call);
    for (const route of routes) {
      const answer = route(call);
      if (answer)
        return new Response(answer.json === undefined ? null : JSON.stringify(answer.json), {
          status: answer.status ?? 200,
          headers: { 'content-type': 'application/json' },
        });
    }
    return new Response(JSON.stringify({ statusCode: 404, message: `no fake for ${call.path}` }), {
      status: 404,
    });
  };
  return { fetch: fetcher as typeof fetch, calls };
}

/** Matches a method and a path (a RegExp, or a string that must equal the path without query). */
export function on(
  method: string,
  path: string | RegExp,
  answer: (call: FakeCall) => { status?: number; json?: unknown },
): FakeRoute {
  return (call) => {
    if (call.method !== method) return undefined;
    const bare = call.path.split('?')[0];
    const hit = typeof path === 'string' ? bare === path : path.test(call.path);
    return hit ? answer(call) : undefined;
  };
}

export interface RenderOptions {
  route?: string;
  /** The path pattern the element is mounted at (for useParams), default the route. */
  path?: string;
  user?: { username: string; roles: Role[] };
  fetch?: typeof fetch;
  language?: Language;
}

/** Renders a screen as the app would: texts, a signed-in user, the router at `route`. */
export function renderScreen(element: ReactElement, options: RenderOptions = {}): RenderResult {
  const storage = window.sessionStorage;
  storage.clear();
  if (options.user) {
    const token = fakeToken(options.user.username, options.user.roles);
    storage.setItem(
      'artbridge.session',
      JSON.stringify({
        token,
        username: options.user.username,
        roles: options.user.roles,
        expiresAt: Date.now() + 3600_000,
      }),
    );
  }
  const route = options.route ?? '/';
  return render(
    <I18nextProvider i18n={createI18n(options.language ?? 'en')}>
      <AuthProvider storage={storage} fetcher={options.fetch}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={options.path ?? route.split('?')[0]} element={element} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </I18nextProvider>,
  );
}
