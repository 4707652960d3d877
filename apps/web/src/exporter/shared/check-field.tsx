import { useId } from 'react';

interface CheckFieldProps {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: string[];
  hint?: string;
}

/**
 * A checkbox that, unlike ui/CheckboxField, shows the API's errors for it under it
 * (`handExecuted must be false for a REPRODUCTION`). Could move to ui/.
 */
export function CheckField({ label, name, checked, onChange, errors = [], hint }: CheckFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field check-field${errors.length ? ' field-invalid' : ''}`}>
      <div className="check-row">
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
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
