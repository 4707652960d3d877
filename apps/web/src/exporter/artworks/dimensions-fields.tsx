import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';
import { GroupErrors } from '../../ui/group-errors';
import type { ArtworkFormPartProps } from './form-props';

export function DimensionsFields({ form, set, errors }: ArtworkFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <fieldset>
      <legend>{t('artworkForm.dimensions')}</legend>
      <div className="form-grid">
        <TextField
          label={t('artworkForm.heightCm')}
          name="dimensions.heightCm"
          type="number"
          value={form.heightCm}
          onChange={set('heightCm')}
          errors={errors.at('dimensions.heightCm')}
        />
        <TextField
          label={t('artworkForm.widthCm')}
          name="dimensions.widthCm"
          type="number"
          value={form.widthCm}
          onChange={set('widthCm')}
          errors={errors.at('dimensions.widthCm')}
        />
        <TextField
          label={t('artworkForm.depthCm')}
          name="dimensions.depthCm"
          type="number"
          value={form.depthCm}
          onChange={set('depthCm')}
          errors={errors.at('dimensions.depthCm')}
        />
      </div>
      <GroupErrors errors={errors.own('dimensions')} />
    </fieldset>
  );
}
