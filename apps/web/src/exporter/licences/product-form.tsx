import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, renamedFields } from '../../api/field-errors';
import { CountryField, CurrencyField } from '../../ui/code-fields';
import { TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { GroupErrors } from '../../ui/group-errors';
import { SuggestField } from '../../ui/suggest-field';
import { useAction } from '../../ui/use-action';
import { useFocusFirstError } from '../../ui/use-focus-error';
import { MaterialsEditor } from '../artworks/materials-editor';
import type { Artwork } from '../shared/api-types';
import {
  emptyProductForm,
  PRODUCT_FIELD_NAMES,
  PRODUCT_FORM_FIELDS,
  PRODUCT_TYPES,
  productRequestBody,
  type ProductFormState,
  type RegisterProductBody,
} from './product-form-state';

const TYPE_SUGGESTIONS = PRODUCT_TYPES.map((value) => ({ value }));

/**
 * One product (SKU) made under the licence. A refusal keeps what was typed, its 400 messages
 * (and a SKU already taken) under their field; once registered, the form is empty for the next.
 */
export function ProductForm({
  onSubmit,
  onRegistered,
}: {
  onSubmit: (body: RegisterProductBody) => Promise<Artwork>;
  onRegistered: (product: Artwork) => void;
}) {
  const { t } = useTranslation('exporter');
  const [form, setForm] = useState<ProductFormState>(emptyProductForm);
  const action = useAction();
  const refusal = renamedFields(action.error, PRODUCT_FIELD_NAMES);
  const errors = fieldErrors(refusal);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, action.error);

  const set =
    <K extends keyof ProductFormState>(key: K) =>
    (value: ProductFormState[K]) =>
      setForm((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() => onSubmit(productRequestBody(form)));
    if (result.ok) {
      setForm(emptyProductForm());
      onRegistered(result.value);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('productForm.title')}>
      <div className="form-grid">
        <TextField
          label={t('productForm.sku')}
          name="sku"
          value={form.sku}
          onChange={set('sku')}
          errors={errors.at('sku')}
          hint={t('productForm.skuHint')}
          required
        />
        <TextField
          label={t('productForm.titleField')}
          name="title"
          value={form.title}
          onChange={set('title')}
          errors={errors.at('title')}
          required
        />
        <SuggestField
          label={t('productForm.productType')}
          name="productType"
          value={form.productType}
          onChange={set('productType')}
          suggestions={TYPE_SUGGESTIONS}
          errors={errors.at('productType')}
          hint={t('productForm.productTypeHint')}
          required
        />
        <TextField
          label={t('productForm.unitValue')}
          name="unitValue.amount"
          inputMode="decimal"
          value={form.unitAmount}
          onChange={set('unitAmount')}
          errors={errors.at('unitValue.amount')}
          hint={t('productForm.unitValueHint')}
          required
        />
        <CurrencyField
          label={t('productForm.currency')}
          name="unitValue.currency"
          value={form.unitCurrency}
          onChange={set('unitCurrency')}
          errors={errors.at('unitValue.currency')}
          required
        />
        <CountryField
          label={t('productForm.originCountry')}
          name="originCountry"
          value={form.originCountry}
          onChange={set('originCountry')}
          errors={errors.at('originCountry')}
          required
        />
      </div>
      <GroupErrors errors={errors.own('unitValue')} />
      <MaterialsEditor materials={form.materials} onChange={set('materials')} errors={errors} />
      <FormErrors error={refusal} shown={PRODUCT_FORM_FIELDS} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('productForm.submit')}
        </button>
      </div>
    </form>
  );
}
