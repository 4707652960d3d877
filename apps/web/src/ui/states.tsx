import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { Loaded } from './use-load';

/** Loading, error and not-found for a loaded screen, the same everywhere. */
export function LoadState({ loaded }: { loaded: Loaded<unknown> }) {
  const { t } = useTranslation();
  if (loaded.error) {
    if (loaded.error instanceof ApiError && loaded.error.status === 404)
      return <p role="alert">{t('states.notFound')}</p>;
    return (
      <p role="alert" className="form-error">
        {t('states.error', { message: (loaded.error as Error).message })}
      </p>
    );
  }
  if (loaded.loading && loaded.data === undefined)
    return <p role="status">{t('states.loading')}</p>;
  return null;
}
