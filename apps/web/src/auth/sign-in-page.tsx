import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { TextField } from '../ui/field';
import { useAuth } from './auth-context';
import { homeFor } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const { session, signIn, notice } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={from ?? homeFor(session.roles)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const next = await signIn(username, password);
      navigate(from ?? homeFor(next.roles), { replace: true });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? t('signIn.failed')
          : String((caught as Error).message),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {notice === 'expired' && <p role="status">{t('signIn.expired')}</p>}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('signIn.username')}
          name="username"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !username || !password}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
