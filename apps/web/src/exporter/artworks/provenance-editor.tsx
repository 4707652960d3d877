import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';
import { ListEditor } from '../../ui/list-editor';
import { emptyProvenance } from './artwork-form-state';
import type { ArtworkFormPartProps } from './form-props';

/** Who owned the work and when: year, owner, event (bought, inherited, exhibited…). */
export function ProvenanceEditor({ form, set, errors }: ArtworkFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <ListEditor
      legend={t('artworkForm.provenance')}
      rows={form.provenance}
      onChange={set('provenance')}
      newRow={emptyProvenance}
      addLabel={t('artworkForm.addProvenance')}
      rowLegend={(index) => t('artworkForm.provenanceRow', { n: index + 1 })}
      removeLabel={(index) => t('artworkForm.removeProvenance', { n: index + 1 })}
      errors={errors.own('provenance')}
    >
      {(row, index, update) => (
        <>
          <TextField
            label={t('artworkForm.provenanceYear')}
            name={`provenance.${index}.year`}
            type="number"
            value={row.year}
            onChange={(year) => update({ year })}
            errors={errors.at(`provenance.${index}.year`)}
            required
          />
          <TextField
            label={t('artworkForm.owner')}
            name={`provenance.${index}.owner`}
            value={row.owner}
            onChange={(owner) => update({ owner })}
            errors={errors.at(`provenance.${index}.owner`)}
            required
          />
          <TextField
            label={t('artworkForm.event')}
            name={`provenance.${index}.event`}
            value={row.event}
            onChange={(event) => update({ event })}
            errors={errors.at(`provenance.${index}.event`)}
            hint={t('artworkForm.eventHint')}
            required
          />
        </>
      )}
    </ListEditor>
  );
}
