import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/field-errors';
import { SelectField, TextField } from '../../ui/field';
import { ARTWORK_CATEGORIES, ARTWORK_STATUSES } from '../shared/codes';
import type { ArtworkSearch } from './artwork-search';

/** Words, status, category and a year range; searching starts again at page 1. */
export function ArtworkSearchForm({
  search,
  onSearch,
  errors,
}: {
  search: ArtworkSearch;
  onSearch: (search: ArtworkSearch) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState(search);
  const set = (key: keyof Omit<ArtworkSearch, 'page'>) => (value: string) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { ...draft, page: 1 };
    // Navigate once the submit event is over: a navigation is a React transition, and one
    // started inside a form's submit makes React treat the form as an action (FormData).
    queueMicrotask(() => onSearch(next));
  }

  return (
    <form role="search" onSubmit={submit} aria-label={t('artworks.searchLabel')} noValidate>
      <div className="form-grid">
        <TextField
          label={t('artworks.q')}
          name="q"
          type="search"
          value={draft.q}
          onChange={set('q')}
          errors={errors.at('q')}
          hint={t('artworks.qHint')}
        />
        <SelectField
          label={t('artworks.status')}
          name="status"
          value={draft.status}
          onChange={set('status')}
          placeholder={t('artworks.anyStatus')}
          options={ARTWORK_STATUSES.map((status) => ({
            value: status,
            label: t(`artworkStatuses.${status}`),
          }))}
          errors={errors.at('status')}
        />
        <SelectField
          label={t('artworks.category')}
          name="category"
          value={draft.category}
          onChange={set('category')}
          placeholder={t('artworks.anyCategory')}
          options={ARTWORK_CATEGORIES.map((category) => ({
            value: category,
            label: t(`categories.${category}`),
          }))}
          errors={errors.at('category')}
        />
        <TextField
          label={t('artworks.yearFrom')}
          name="yearFrom"
          type="number"
          value={draft.yearFrom}
          onChange={set('yearFrom')}
          errors={errors.at('yearFrom')}
          hint={t('artworks.yearHint')}
        />
        <TextField
          label={t('artworks.yearTo')}
          name="yearTo"
          type="number"
          value={draft.yearTo}
          onChange={set('yearTo')}
          errors={errors.at('yearTo')}
        />
      </div>
      <div className="actions">
        <button type="submit">{tc('actions.search')}</button>
      </div>
    </form>
  );
}
