import { useId, type ReactNode, type Ref } from 'react';

/** What a field's control carries to be read with its label, hint and errors. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldFrameProps {
  label: string;
  /** Errors the API gave for this field; shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  /** A checkbox: the box first, its label beside it. */
  checkbox?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, its hint and its errors, wired for screen readers. */
export function FieldFrame({
  label,
  errors = [],
  hint,
  checkbox = false,
  children,
}: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errors.length > 0 || undefined,
  };
  const labelled = <label htmlFor={id}>{label}</label>;
  return (
    <div
      className={`field${checkbox ? ' check-field' : ''}${errors.length ? ' field-invalid' : ''}`}
    >
      {checkbox ? (
        <div className="check-row">
          {children(control)}
          {labelled}
        </div>
      ) : (
        <>
          {labelled}
          {children(control)}
        </>
      )}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {errors.length > 0 && (
        <ul id={errorId} className="field-errors" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'number' | 'date' | 'datetime-local' | 'search';
  errors?: string[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  /** For a form that moves the keyboard to the field (a reason that must be written first). */
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, errors, hint, onChange, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {(control) => (
        <input {...control} {...input} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'ref'> & {
  rows?: number;
  ref?: Ref<HTMLTextAreaElement>;
};

export function TextAreaField({ label, errors, hint, onChange, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {(control) => (
        <textarea {...control} {...textarea} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  errors?: string[];
  hint?: string;
  required?: boolean;
  /** Shown as an empty first choice when set. */
  placeholder?: string;
}

export function SelectField({
  label,
  errors,
  hint,
  onChange,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {(control) => (
        <select {...control} {...select} onChange={(event) => onChange(event.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A checkbox with its hint and the API's errors for it (`handExecuted must be false…`). */
export function CheckboxField({
  label,
  errors,
  hint,
  onChange,
  ...checkbox
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: string[];
  hint?: string;
}) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} checkbox>
      {(control) => (
        <input
          {...control}
          {...checkbox}
          type="checkbox"
          onChange={(event) => onChange(event.target.checked)}
        />
      )}
    </FieldFrame>
  );
}
