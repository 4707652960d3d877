import { useTranslation } from 'react-i18next';
import type { DeclarationItem, MissingLicence } from '../../api/declaration.types';
import { withItems } from './decision-rules';

/** A refused approval (409): which licence is missing for which item, and what can be done. */
export function MissingLicencesAlert({
  missing,
  items,
}: {
  missing: MissingLicence[];
  items: DeclarationItem[];
}) {
  const { t } = useTranslation('customs');
  return (
    <div role="alert" className="form-error missing-licences">
      <p>
        <strong>{t('declaration.decision.missingTitle')}</strong>
      </p>
      <ul>
        {withItems(missing, items).map((line) => (
          <li key={`${line.type}-${line.itemNumber}`}>
            {t('declaration.decision.missingItem', {
              type: line.type,
              number: line.itemNumber,
              title: line.title ?? '—',
            })}
          </li>
        ))}
      </ul>
      <p>{t('declaration.decision.missingHint')}</p>
    </div>
  );
}
