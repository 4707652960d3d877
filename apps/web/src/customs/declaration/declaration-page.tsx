import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Declaration } from '../../api/declaration.types';
import { fetchAudit, fetchDeclaration } from '../../api/declarations';
import { useApi } from '../../auth/auth-context';
import { AssessmentView } from '../../ui/assessment-view';
import { declarationRef } from '../../ui/format';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import type { Decision } from '../customs.types';
import { AuditTrail } from './audit-trail';
import { DecisionSection } from './decision-section';
import { DeclarationSummary } from './declaration-summary';
import { ItemsTable } from './items-table';
import { LinkedDeclarations } from './linked-declarations';
import { LicencesSection } from './licences-section';
import { ShipmentSection } from './shipment-section';

/**
 * /customs/declarations/:id: everything an officer needs to decide, the decision itself, and
 * the audit trail. A decision's answer becomes the page's declaration at once; the trail is
 * read again to show its entry.
 */
export function DeclarationPage() {
  const { t } = useTranslation('customs');
  const { id = '' } = useParams();
  const api = useApi();
  const loaded = useLoad((signal) => fetchDeclaration(api, id, signal), [api, id]);
  const audit = useLoad((signal) => fetchAudit(api, id, signal), [api, id]);
  const [answer, setAnswer] = useState<{ declaration: Declaration; decision: Decision }>();
  // the answer of a decision taken here, not of one on another declaration this page showed
  const decided = answer?.declaration.id === id ? answer : undefined;
  const declaration = decided?.declaration ?? loaded.data;
  const now = Date.now();

  return (
    <>
      <p>
        <Link to="/customs/queue">{t('declaration.back')}</Link>
      </p>
      <h1>{t('declaration.title', { ref: declarationRef(id) })}</h1>
      <LoadState loaded={loaded} />
      {declaration && (
        <>
          <DeclarationSummary declaration={declaration} now={now} />
          <LinkedDeclarations declaration={declaration} />
          <ShipmentSection declaration={declaration} />
          <ItemsTable items={declaration.items} />
          <section aria-labelledby="declaration-assessment">
            <h2 id="declaration-assessment">{t('declaration.assessment.heading')}</h2>
            <AssessmentView
              assessment={{
                outcome: declaration.outcome,
                date: declaration.declarationDate,
                ruleBookVersion: declaration.ruleBookVersion,
                items: declaration.items,
                duties: declaration.duties,
              }}
              itemTitles={declaration.items.map((item) => `${item.position + 1}. ${item.title}`)}
            />
          </section>
          <LicencesSection declaration={declaration} />
          <DecisionSection
            declaration={declaration}
            recorded={decided?.decision}
            onDecided={(next, decision) => {
              setAnswer({ declaration: next, decision });
              audit.reload();
            }}
            onConflict={audit.reload}
            onReload={() => {
              setAnswer(undefined);
              loaded.reload();
              audit.reload();
            }}
          />
        </>
      )}
      <section aria-labelledby="declaration-audit">
        <h2 id="declaration-audit">{t('audit.heading')}</h2>
        <LoadState loaded={audit} />
        {audit.data && <AuditTrail entries={audit.data.entries} />}
      </section>
    </>
  );
}
