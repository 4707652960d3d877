import type { AnswerOf, BodyOf } from '@artbridge/public-api';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClient } from '../api/client';
import { serviceMessageIn } from '../api/service-messages';
import { loadSession, saveSession, sessionFromToken, type Role, type Session } from './session';

export interface Auth {
  session?: Session;
  /** Why the user was signed out, when it was not their choice (an expired token). */
  notice?: 'expired';
  api: ApiClient;
  signIn(username: string, password: string): Promise<Session>;
  signOut(notice?: 'expired'): void;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<Auth | undefined>(undefined);

/**
 * Who is signed in, kept in sessionStorage (one tab, gone with it), and the API client that
 * carries their token; a 401 from any call signs them out with a notice.
 */
export function AuthProvider({
  children,
  storage = sessionStorage,
  fetcher,
}: {
  children: ReactNode;
  storage?: Storage;
  fetcher?: typeof fetch;
}) {
  const [session, setSession] = useState<Session | undefined>(() => loadSession(storage));
  const [notice, setNotice] = useState<'expired'>();
  const { i18n } = useTranslation();

  const signOut = useCallback(
    (why?: 'expired') => {
      saveSession(storage, undefined);
      setSession(undefined);
      setNotice(why);
    },
    [storage],
  );

  const api = useMemo(() => {
    let current = session;
    const client = new ApiClient(
      () => {
        if (current && current.expiresAt <= Date.now()) {
          signOut('expired');
          current = undefined;
        }
        return current?.token;
      },
      () => signOut('expired'),
      '/api',
      fetcher,
      // the language when the answer comes, not when the client was made
      (text) => serviceMessageIn(text, i18n),
    );
    return client;
  }, [session, signOut, fetcher, i18n]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const answer = await api.post<AnswerOf<'AuthController_token'>>('/auth/token', {
        username,
        password,
      } satisfies BodyOf<'AuthController_token'>);
      const next = sessionFromToken(answer.accessToken);
      saveSession(storage, next);
      setNotice(undefined);
      setSession(next);
      return next;
    },
    [api, storage],
  );

  const value = useMemo<Auth>(
    () => ({
      session,
      notice,
      api,
      signIn,
      signOut,
      hasRole: (...roles) => !!session && roles.some((role) => session.roles.includes(role)),
    }),
    [session, notice, api, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The API client of the signed-in user. */
export function useApi(): ApiClient {
  return useAuth().api;
}
