import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../ui/field';
import { GroupErrors } from '../../ui/group-errors';
import type { ArtworkFormPartProps } from './form-props';

export function ArtistFields({ form, set, errors }: ArtworkFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <fieldset>
      <legend>{t('artworkForm.artist')}</legend>
      <div className="form-grid">
        <TextField
          label={t('artworkForm.artistName')}
          name="artist.name"
          value={form.artistName}
          onChange={set('artistName')}
          errors={errors.at('artist.name')}
          required
        />
        <TextField
          label={t('artworkForm.artistBirthYear')}
          name="artist.birthYear"
          type="number"
          value={form.artistBirthYear}
          onChange={set('artistBirthYear')}
          errors={errors.at('artist.birthYear')}
        />
        <TextField
          label={t('artworkForm.artistDeathYear')}
          name="artist.deathYear"
          type="number"
          value={form.artistDeathYear}
          onChange={set('artistDeathYear')}
          errors={errors.at('artist.deathYear')}
        />
      </div>
      <CheckboxField
        label={t('artworkForm.ethnicMinority')}
        name="artist.ethnicMinority"
        checked={form.artistEthnicMinority}
        onChange={set('artistEthnicMinority')}
        errors={errors.at('artist.ethnicMinority')}
        hint={t('artworkForm.ethnicMinorityHint')}
      />
      <GroupErrors errors={errors.own('artist')} />
    </fieldset>
  );
}
