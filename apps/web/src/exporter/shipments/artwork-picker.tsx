import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { CheckboxField, TextField } from '../../ui/field';
import { yearParts } from '../../ui/format';
import { GroupErrors } from '../../ui/group-errors';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import type { Artwork, ArtworkPage } from '../shared/api-types';

const SEARCH_DELAY_MS = 300;

/**
 * The exporter's AVAILABLE artworks to choose from (found by words as they are typed); the
 * chosen ones stay listed, and chosen, whatever the search shows.
 */
export function ArtworkPicker({
  selected,
  onChange,
  errors,
}: {
  selected: Artwork[];
  onChange: (selected: Artwork[]) => void;
  errors: string[];
}) {
  const { t } = useTranslation('exporter');
  const format = useFormat();
  const api = useApi();
  const [words, setWords] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(words.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words]);
  const loaded = useLoad(
    (signal) =>
      api.request<ArtworkPage>('/catalog/artworks', {
        query: { status: 'AVAILABLE', q: query || undefined, pageSize: 100 },
        signal,
      }),
    [api, query],
  );

  const chosen = (id: string) => selected.some((artwork) => artwork.id === id);
  const toggle = (artwork: Artwork) => (checked: boolean) =>
    onChange(
      checked ? [...selected, artwork] : selected.filter((other) => other.id !== artwork.id),
    );
  const offered = [
    ...selected,
    ...(loaded.data?.items ?? []).filter((artwork) => !chosen(artwork.id)),
  ];
  const describe = (artwork: Artwork) => {
    const year = yearParts(artwork.creationYear);
    return `${artwork.artist.name}, ${year.bce ? t('year.bce', { year: year.year }) : year.year} — ${format.money(artwork.value)}`;
  };

  return (
    <fieldset>
      <legend>{t('shipmentForm.artworks')}</legend>
      <TextField
        label={t('shipmentForm.findArtworks')}
        name="artworkSearch"
        type="search"
        value={words}
        onChange={setWords}
        hint={t('shipmentForm.findArtworksHint')}
      />
      <LoadState loaded={loaded} />
      {loaded.data && offered.length === 0 && <p>{t('shipmentForm.noneAvailable')}</p>}
      <div className="picker">
        {offered.map((artwork) => (
          <CheckboxField
            key={artwork.id}
            label={artwork.title}
            name="artworkIds"
            checked={chosen(artwork.id)}
            onChange={toggle(artwork)}
            hint={describe(artwork)}
          />
        ))}
      </div>
      <p aria-live="polite">{t('shipmentForm.chosen', { chosen: selected.length })}</p>
      <GroupErrors errors={errors} />
    </fieldset>
  );
}
