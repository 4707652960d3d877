import { useTranslation } from 'react-i18next';
import type { Assessment, Duties, ItemAssessment } from '../api/assessment.types';
import { StatusBadge } from './status-badge';
import { useFormat } from './use-format';

/**
 * What customs found, the same for the exporter's pre-check and the officer's declaration:
 * the outcome, per item its HS code, findings with rule ids and sources, licences needed,
 * then the duties and taxes line by line.
 */
export function AssessmentView({
  assessment,
  itemTitles = [],
}: {
  assessment: Assessment;
  itemTitles?: string[];
}) {
  const { t } = useTranslation();
  return (
    <div className="assessment">
      <p>
        {t('assessment.outcome')}:{' '}
        <StatusBadge
          status={assessment.outcome}
          label={t(`assessment.outcomes.${assessment.outcome}`)}
        />
      </p>
      {assessment.items.map((item, index) => (
        <ItemFindings key={index} item={item} title={itemTitles[index] ?? `#${index + 1}`} />
      ))}
      {assessment.duties && <DutiesTable duties={assessment.duties} />}
    </div>
  );
}

function ItemFindings({ item, title }: { item: ItemAssessment; title: string }) {
  const { t } = useTranslation();
  return (
    <section aria-label={title}>
      <h3>
        {title} — {t('assessment.hsCode')} {item.hsCode ?? '—'}
      </h3>
      {item.findings.length === 0 ? (
        <p>{t('assessment.noFindings')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('assessment.rule')}</th>
              <th>{t('assessment.effect')}</th>
              <th>{t('assessment.finding')}</th>
              <th>{t('assessment.source')}</th>
            </tr>
          </thead>
          <tbody>
            {item.findings.map((finding) => (
              <tr key={`${finding.ruleId}-${finding.message}`}>
                <td>
                  <code>{finding.ruleId}</code>
                </td>
                <td>
                  <StatusBadge
                    status={finding.effect}
                    label={t(`assessment.effects.${finding.effect}`)}
                  />
                </td>
                <td>{finding.message}</td>
                <td>{finding.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.licencesRequired.length > 0 && (
        <p>
          {t('assessment.licences')}: {item.licencesRequired.join(', ')}
        </p>
      )}
    </section>
  );
}

function DutiesTable({ duties }: { duties: Duties }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  return (
    <section aria-label={t('assessment.duties')}>
      <h3>{t('assessment.duties')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('assessment.hsCode')}</th>
            <th className="number">{t('assessment.customsValue')}</th>
            <th className="number">{t('assessment.duty')}</th>
            <th className="number">{t('assessment.vat')}</th>
            <th className="number">{t('assessment.total')}</th>
          </tr>
        </thead>
        <tbody>
          {duties.lines.map((line) =>
            line.status === 'NOT_COMPUTED' ? (
              <tr key={line.itemIndex}>
                <td>{line.hsCode ?? '—'}</td>
                <td colSpan={4}>
                  {t('assessment.notComputed')}: {line.reason}
                </td>
              </tr>
            ) : (
              <tr key={line.itemIndex}>
                <td>{line.hsCode}</td>
                <td className="number">{money(line.customsValue)}</td>
                <td className="number">
                  {money(line.duty)} ({line.dutyRate.percent} %)
                </td>
                <td className="number">
                  {money(line.vat)} ({line.vatRate.percent} %)
                </td>
                <td className="number">{money(line.total)}</td>
              </tr>
            ),
          )}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('assessment.total')}</th>
            <td className="number">{money(duties.customsValue)}</td>
            <td className="number">{money(duties.duty)}</td>
            <td className="number">{money(duties.vat)}</td>
            <td className="number">
              <strong>{money(duties.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      {!duties.complete && <p className="hint">{t('assessment.incomplete')}</p>}
    </section>
  );
}
