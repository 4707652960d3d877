import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fetchDeclaration } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { AssessmentView } from '../../ui/assessment-view';
import { DateTime } from '../../ui/date-time';
import { shortId } from '../../ui/format';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import { assessmentOf } from './assessment-of';
import { DeclarationPanel } from './declaration-panel';

/** /exporter/declarations/:declarationId: findings, duties, licences, the officer's question. */
export function DeclarationPage() {
  const { t } = useTranslation('exporter');
  const { declarationId = '' } = useParams();
  const api = useApi();
  const loaded = useLoad(
    (signal) => fetchDeclaration(api, declarationId, signal),
    [api, declarationId],
  );
  const declaration = loaded.data;
  return (
    <>
      <h1>{t('declaration.pageTitle', { id: shortId(declarationId) })}</h1>
      <LoadState loaded={loaded} />
      {declaration && (
        <>
          <p>
            <Link to={`/exporter/shipments/${declaration.shipmentId}`}>
              {t('declaration.toShipment')}
            </Link>
          </p>
          <p>
            {declaration.exportCountry} → {declaration.importCountry} — {t('declaration.filed')}{' '}
            <DateTime iso={declaration.filedAt} />
          </p>
          <section aria-labelledby="declaration-state">
            <h2 id="declaration-state">{t('declaration.title')}</h2>
            <DeclarationPanel declaration={declaration} onChanged={loaded.reload} />
          </section>
          <section aria-labelledby="declaration-assessment">
            <h2 id="declaration-assessment">{t('declaration.assessment')}</h2>
            <AssessmentView
              assessment={assessmentOf(declaration)}
              itemTitles={declaration.items.map((item) => item.title)}
            />
          </section>
        </>
      )}
    </>
  );
}
