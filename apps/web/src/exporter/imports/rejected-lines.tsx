import { useTranslation } from 'react-i18next';
import type { ImportLineError } from '../shared/api-types';

/** The lines the catalog refused, with their number in the file and why. */
export function RejectedLines({ errors, omitted }: { errors: ImportLineError[]; omitted: number }) {
  const { t } = useTranslation('exporter');
  if (errors.length === 0 && omitted === 0) return null;
  return (
    <section aria-labelledby="rejected-lines">
      <h2 id="rejected-lines">{t('imports.rejectedLines')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('imports.line')}
            </th>
            <th scope="col">{t('imports.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error) => (
            <tr key={`${error.line}-${error.message}`}>
              <td className="number">{error.line}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {omitted > 0 && <p className="hint">{t('imports.omitted', { omitted })}</p>}
    </section>
  );
}
