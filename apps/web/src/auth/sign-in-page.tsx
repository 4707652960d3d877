import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { LanguageSwitch } from '../layout/language-switch';
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
  // the button stays in the Tab order: what is missing is said when it is pressed
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const missing = {
    username: username.trim() === '' ? [t('signIn.usernameRequired')] : [],
    password: password === '' ? [t('signIn.passwordRequired')] : [],
  };

  if (session) return <Navigate to={from ?? homeFor(session.roles)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const firstMissing = (['username', 'password'] as const).find((name) => missing[name].length);
    if (firstMissing) {
      setError(undefined);
      form.current?.querySelector<HTMLInputElement>(`[name="${firstMissing}"]`)?.focus();
      return;
    }
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
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <h1>{t('signIn.title')}</h1>
      {notice === 'expired' && <p role="status">{t('signIn.expired')}</p>}
      <form ref={form} onSubmit={submit} noValidate>
        <TextField
          label={t('signIn.username')}
          name="username"
          value={username}
          onChange={setUsername}
          errors={tried ? missing.username : []}
          autoComplete="username"
          required
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          errors={tried ? missing.password : []}
          autoComplete="current-password"
          required
        />
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
