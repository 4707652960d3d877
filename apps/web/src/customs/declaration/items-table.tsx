import { useTranslation } from 'react-i18next';
import type { DeclarationItem } from '../../api/declaration.types';
import { useFormat } from '../../ui/use-format';
import { artworkFacts } from './artwork-facts';

/** The artworks declared, with the attributes the rules turn on. */
export function ItemsTable({ items }: { items: DeclarationItem[] }) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  const year = (value: number) => (value < 0 ? t('yearBce', { year: -value }) : String(value));
  return (
    <section aria-labelledby="declaration-items">
      <h2 id="declaration-items">{t('declaration.items.heading')}</h2>
      <table aria-labelledby="declaration-items">
        <thead>
          <tr>
            <th scope="col">{t('declaration.items.number')}</th>
            <th scope="col">{t('declaration.items.title')}</th>
            <th scope="col">{t('declaration.items.artist')}</th>
            <th scope="col">{t('declaration.items.year')}</th>
            <th scope="col">{t('declaration.items.category')}</th>
            <th scope="col">{t('declaration.items.medium')}</th>
            <th scope="col">{t('declaration.items.origin')}</th>
            <th scope="col" className="number">
              {t('declaration.items.value')}
            </th>
            <th scope="col">{t('declaration.items.hsCode')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const facts = artworkFacts(item);
            const lived =
              facts.birthYear !== undefined || facts.deathYear !== undefined
                ? ` (${t('declaration.items.lifeDates', {
                    birth: facts.birthYear === undefined ? '?' : year(facts.birthYear),
                    death: facts.deathYear === undefined ? '' : year(facts.deathYear),
                  })})`
                : '';
            return (
              <tr key={item.position}>
                <td>{item.position + 1}</td>
                <th scope="row">{item.title}</th>
                <td>
                  {item.artistName}
                  {lived}
                </td>
                <td>
                  {facts.creationYearEnd !== undefined &&
                  facts.creationYearEnd !== item.creationYear
                    ? t('yearRange', {
                        from: year(item.creationYear),
                        to: year(facts.creationYearEnd),
                      })
                    : year(item.creationYear)}
                </td>
                <td>{t(`categories.${item.category}`, { defaultValue: item.category })}</td>
                <td>
                  {[
                    facts.medium,
                    ...facts.materials.map(({ material, weightGrams }) =>
                      weightGrams === undefined
                        ? material
                        : `${material} ${t('declaration.items.weight', { grams: weightGrams })}`,
                    ),
                  ]
                    .filter(Boolean)
                    .join('; ') || '—'}
                </td>
                <td>{format.country(item.originCountry)}</td>
                <td className="number">{format.money(item.value)}</td>
                <td>{item.hsCode ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
