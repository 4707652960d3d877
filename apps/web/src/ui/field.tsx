import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  /** Errors the API gave for this field; shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

/** A label, the input, its hint and its errors, wired for screen readers. */
export function FieldFrame({ label, errors = [], hint, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
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
}

export function TextField({ label, errors, hint, onChange, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          {...input}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  errors,
  hint,
  onChange,
  ...input
}: Omit<TextFieldProps, 'type' | 'inputMode'> & { rows?: number }) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          {...input}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
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
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          {...select}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
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

export function CheckboxField({
  label,
  name,
  checked,
  onChange,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
