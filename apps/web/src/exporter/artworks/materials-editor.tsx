import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/field-errors';
import { TextField } from '../../ui/field';
import { ListEditor } from '../../ui/list-editor';
import { SuggestField } from '../../ui/suggest-field';
import { CITES_MATERIALS } from '../shared/codes';
import { emptyMaterial, type MaterialRow } from './artwork-form-state';

const SUGGESTIONS = CITES_MATERIALS.map((value) => ({ value }));

/**
 * Materials worked into the piece (an artwork, a licensed product); the CITES ones (ivory,
 * rosewood…) by their code. The API's errors are read at `materials.N.field`.
 */
export function MaterialsEditor({
  materials,
  onChange,
  errors,
}: {
  materials: MaterialRow[];
  onChange: (rows: MaterialRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('exporter');
  return (
    <ListEditor
      legend={t('artworkForm.materials')}
      hint={t('artworkForm.materialsHint')}
      rows={materials}
      onChange={onChange}
      newRow={emptyMaterial}
      addLabel={t('artworkForm.addMaterial')}
      rowLegend={(index) => t('artworkForm.materialRow', { n: index + 1 })}
      removeLabel={(index) => t('artworkForm.removeMaterial', { n: index + 1 })}
      errors={errors.own('materials')}
    >
      {(row, index, update) => (
        <>
          <SuggestField
            label={t('artworkForm.material')}
            name={`materials.${index}.material`}
            value={row.material}
            onChange={(material) => update({ material })}
            suggestions={SUGGESTIONS}
            errors={errors.at(`materials.${index}.material`)}
            required
          />
          <TextField
            label={t('artworkForm.weightGrams')}
            name={`materials.${index}.weightGrams`}
            type="number"
            value={row.weightGrams}
            onChange={(weightGrams) => update({ weightGrams })}
            errors={errors.at(`materials.${index}.weightGrams`)}
          />
          <TextField
            label={t('artworkForm.acquiredYear')}
            name={`materials.${index}.acquiredYear`}
            type="number"
            value={row.acquiredYear}
            onChange={(acquiredYear) => update({ acquiredYear })}
            errors={errors.at(`materials.${index}.acquiredYear`)}
            hint={t('artworkForm.acquiredYearHint')}
          />
          <TextField
            label={t('ivoryFacts.volumePercent')}
            name={`materials.${index}.volumePercent`}
            inputMode="decimal"
            value={row.volumePercent}
            onChange={(volumePercent) => update({ volumePercent })}
            errors={errors.at(`materials.${index}.volumePercent`)}
            hint={t('ivoryFacts.volumePercentHint')}
          />
        </>
      )}
    </ListEditor>
  );
}
