import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Declaration } from '../../api/declaration.types';
import { DateTime } from '../../ui/date-time';
import { declarationRef } from '../../ui/format';

/** The declaration's address in the workbench. */
const declarationHref = (id: string) => `/customs/declarations/${id}`;

/**
 * Bonded storage in a free-trade zone and the link between a shipment's two declarations: an
 * export declared for bonded storage (duty and VAT deferred), the import declaration filed when
 * its works left bond, and the bonded stay that import declares. Nothing for a plain export.
 */
export function LinkedDeclarations({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation('customs');
  const { kind, bonded, ftzBonded, exportDeclarationId, importDeclarationId } = declaration;
  if (!bonded && !ftzBonded && !exportDeclarationId && !importDeclarationId) return null;
  return (
    <section aria-labelledby="declaration-bonded">
      <h2 id="declaration-bonded">{t('declaration.bonded.heading')}</h2>
      {kind === 'IMPORT' && <p>{t('declaration.bonded.importIntro')}</p>}
      {ftzBonded && <p>{t('declaration.bonded.declaredBonded')}</p>}
      <dl className="facts">
        {bonded && (
          <>
            <dt>{t('declaration.bonded.zone')}</dt>
            <dd>{bonded.zone}</dd>
            <dt>{t('declaration.bonded.warehouse')}</dt>
            <dd>{bonded.warehouse ?? '—'}</dd>
            <dt>{t('declaration.bonded.releasedAt')}</dt>
            <dd>
              <DateTime iso={bonded.releasedAt} format="short" />
            </dd>
          </>
        )}
        {exportDeclarationId && (
          <>
            <dt>{t('declaration.bonded.exportDeclaration')}</dt>
            <dd>
              <Link to={declarationHref(exportDeclarationId)}>
                {t('declaration.bonded.open', { ref: declarationRef(exportDeclarationId) })}
              </Link>
            </dd>
          </>
        )}
        {importDeclarationId && (
          <>
            <dt>{t('declaration.bonded.importDeclaration')}</dt>
            <dd>
              <Link to={declarationHref(importDeclarationId)}>
                {t('declaration.bonded.open', { ref: declarationRef(importDeclarationId) })}
              </Link>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
