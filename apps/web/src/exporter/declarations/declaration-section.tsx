import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchDeclaration } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import { DeclarationPanel } from './declaration-panel';

/**
 * The shipment page's view of its declaration, read again whenever the journey moves on
 * (`version`), so a request for information shows up while the exporter watches.
 */
export function DeclarationSection({
  declarationId,
  version,
}: {
  declarationId: string;
  version: number;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const loaded = useLoad(
    (signal) => fetchDeclaration(api, declarationId, signal),
    [api, declarationId, version],
  );
  return (
    <section aria-labelledby="declaration">
      <h2 id="declaration">{t('declaration.title')}</h2>
      <p>
        <Link to={`/exporter/declarations/${declarationId}`}>{t('declaration.open')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {loaded.data && <DeclarationPanel declaration={loaded.data} onChanged={loaded.reload} />}
    </section>
  );
}
