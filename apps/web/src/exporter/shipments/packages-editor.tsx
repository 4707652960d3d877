import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { ListEditor } from '../../ui/list-editor';
import { PACKAGE_MATERIALS, PACKAGE_TYPES } from '../shared/codes';
import type { ShipmentFormPartProps } from './form-props';
import { emptyPackage } from './shipment-form-state';

/** The crates and cases; solid wood must carry the ISPM 15 mark to be dispatched. */
export function PackagesEditor({ form, set, errors }: ShipmentFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <ListEditor
      legend={t('shipmentForm.packages')}
      hint={t('shipmentForm.packagesHint')}
      rows={form.packages}
      onChange={set('packages')}
      newRow={emptyPackage}
      addLabel={t('shipmentForm.addPackage')}
      rowLegend={(index) => t('shipmentForm.packageRow', { n: index + 1 })}
      removeLabel={(index) => t('shipmentForm.removePackage', { n: index + 1 })}
      errors={errors.own('packages')}
    >
      {(row, index, update) => {
        const path = `packages.${index}`;
        return (
          <>
            <SelectField
              label={t('shipmentForm.packageType')}
              name={`${path}.type`}
              value={row.type}
              onChange={(type) => update({ type })}
              options={PACKAGE_TYPES.map((type) => ({
                value: type,
                label: t(`packageTypes.${type}`),
              }))}
              errors={errors.at(`${path}.type`)}
              required
            />
            <SelectField
              label={t('shipmentForm.packageMaterial')}
              name={`${path}.material`}
              value={row.material}
              onChange={(material) => update({ material })}
              placeholder={t('shipmentForm.chooseMaterial')}
              options={PACKAGE_MATERIALS.map((material) => ({
                value: material,
                label: t(`packageMaterials.${material}`),
              }))}
              errors={errors.at(`${path}.material`)}
              required
            />
            <TextField
              label={t('shipmentForm.grossKg')}
              name={`${path}.grossKg`}
              type="number"
              value={row.grossKg}
              onChange={(grossKg) => update({ grossKg })}
              errors={errors.at(`${path}.grossKg`)}
              required
            />
            <TextField
              label={t('shipmentForm.lengthCm')}
              name={`${path}.dimensionsCm.length`}
              type="number"
              value={row.length}
              onChange={(length) => update({ length })}
              errors={[
                ...errors.at(`${path}.dimensionsCm.length`),
                ...errors.own(`${path}.dimensionsCm`),
              ]}
              required
            />
            <TextField
              label={t('shipmentForm.widthCm')}
              name={`${path}.dimensionsCm.width`}
              type="number"
              value={row.width}
              onChange={(width) => update({ width })}
              errors={errors.at(`${path}.dimensionsCm.width`)}
              required
            />
            <TextField
              label={t('shipmentForm.heightCm')}
              name={`${path}.dimensionsCm.height`}
              type="number"
              value={row.height}
              onChange={(height) => update({ height })}
              errors={errors.at(`${path}.dimensionsCm.height`)}
              required
            />
            <CheckboxField
              label={t('shipmentForm.ispm15Marked')}
              name={`${path}.ispm15Marked`}
              checked={row.ispm15Marked}
              onChange={(ispm15Marked) => update({ ispm15Marked })}
              errors={errors.at(`${path}.ispm15Marked`)}
            />
          </>
        );
      }}
    </ListEditor>
  );
}
