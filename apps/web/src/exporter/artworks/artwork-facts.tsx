import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { MoneyText } from '../../ui/money-text';
import type { Artwork } from '../shared/api-types';
import { Year } from '../shared/year';

/** (1900–1991); as the customs screens write them, (1985–) living and (?–1950) born when unknown. */
function LifeDates({ birth, death }: { birth?: number; death?: number }) {
  return (
    <>
      ({birth === undefined ? '?' : <Year year={birth} />}–
      {death !== undefined && <Year year={death} />})
    </>
  );
}

/** Every attribute of an artwork as registered: the facts customs will judge it by. */
export function ArtworkFacts({ artwork }: { artwork: Artwork }) {
  const { t } = useTranslation('exporter');
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '—' : value ? t('yes') : t('no');
  const { artist, dimensions } = artwork;
  return (
    <>
      <dl className="facts">
        <dt>{t('artworkForm.artistName')}</dt>
        <dd>
          {artist.name}
          {(artist.birthYear !== undefined || artist.deathYear !== undefined) && (
            <>
              {' '}
              <LifeDates birth={artist.birthYear} death={artist.deathYear} />
            </>
          )}
        </dd>
        <dt>{t('artworkForm.ethnicMinority')}</dt>
        <dd>{yesNo(artist.ethnicMinority)}</dd>
        <dt>{t('artworkForm.creationYear')}</dt>
        <dd>
          <Year year={artwork.creationYear} />
          {artwork.creationYearEnd !== undefined && (
            <>
              –<Year year={artwork.creationYearEnd} />
            </>
          )}
        </dd>
        <dt>{t('artworkForm.category')}</dt>
        <dd>{t(`categories.${artwork.category}`)}</dd>
        <dt>{t('artworkForm.technique')}</dt>
        <dd>{artwork.technique ?? '—'}</dd>
        <dt>{t('artworkForm.medium')}</dt>
        <dd>{artwork.medium ?? '—'}</dd>
        <dt>{t('artworkForm.handExecuted')}</dt>
        <dd>{yesNo(artwork.handExecuted)}</dd>
        <dt>{t('artworkForm.portrait')}</dt>
        <dd>{yesNo(artwork.portrait)}</dd>
        <dt>{t('ivoryFacts.musicalInstrument')}</dt>
        <dd>{yesNo(artwork.musicalInstrument)}</dd>
        <dt>{t('artworkForm.dimensions')}</dt>
        <dd>
          {dimensions
            ? [dimensions.heightCm, dimensions.widthCm, dimensions.depthCm]
                .filter((size) => size !== undefined)
                .join(' × ') + ' cm'
            : '—'}
        </dd>
        <dt>{t('artworkForm.value')}</dt>
        <dd>
          <MoneyText money={artwork.value} />
        </dd>
        <dt>{t('artworkForm.ownedByCreator')}</dt>
        <dd>{yesNo(artwork.ownedByCreator)}</dd>
        <dt>{t('artworkForm.originCountry')}</dt>
        <dd>{artwork.originCountry}</dd>
        <dt>{t('artworks.registeredAt')}</dt>
        <dd>
          <DateTime iso={artwork.registeredAt} />
        </dd>
      </dl>
      {artwork.materials && artwork.materials.length > 0 && (
        <table>
          <caption>{t('artworkForm.materials')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('artworkForm.material')}</th>
              <th scope="col" className="number">
                {t('artworkForm.weightGrams')}
              </th>
              <th scope="col">{t('artworkForm.acquiredYear')}</th>
              <th scope="col" className="number">
                {t('ivoryFacts.volumePercent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {artwork.materials.map((material, index) => (
              <tr key={index}>
                <td>{material.material}</td>
                <td className="number">{material.weightGrams ?? '—'}</td>
                <td>
                  <Year year={material.acquiredYear} />
                </td>
                <td className="number">{material.volumePercent ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {artwork.provenance && artwork.provenance.length > 0 && (
        <table>
          <caption>{t('artworkForm.provenance')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('artworkForm.provenanceYear')}</th>
              <th scope="col">{t('artworkForm.owner')}</th>
              <th scope="col">{t('artworkForm.event')}</th>
            </tr>
          </thead>
          <tbody>
            {artwork.provenance.map((entry, index) => (
              <tr key={index}>
                <td>
                  <Year year={entry.year} />
                </td>
                <td>{entry.owner}</td>
                <td>{entry.event}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
