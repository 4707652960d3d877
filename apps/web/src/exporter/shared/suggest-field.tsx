import { useId } from 'react';
import { FieldFrame } from '../../ui/field';

export interface Suggestion {
  value: string;
  label?: string;
}

export interface SuggestFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Offered as the user types; any other text is accepted too. */
  suggestions: Suggestion[];
  errors?: string[];
  hint?: string;
  required?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  maxLength?: number;
}

/**
 * A text input with suggestions (a datalist): for codes such as countries and currencies, where
 * the common ones are a click away but every valid one can be typed. Could move to ui/.
 */
export function SuggestField({
  label,
  errors,
  hint,
  onChange,
  suggestions,
  ...input
}: SuggestFieldProps) {
  const listId = useId();
  return (
    <FieldFrame label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            {...input}
            list={listId}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion.value} value={suggestion.value}>
                {suggestion.label ?? suggestion.value}
              </option>
            ))}
          </datalist>
        </>
      )}
    </FieldFrame>
  );
}
