import { useId } from 'react';
import { FieldFrame } from './field';

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
  spellCheck?: boolean;
}

/**
 * A text input with suggestions (a datalist): for codes such as countries and currencies, or an
 * invoice's reference, where the common ones are a click away but any valid one can be typed.
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
      {(control) => (
        <>
          <input
            {...control}
            {...input}
            list={listId}
            autoComplete="off"
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
