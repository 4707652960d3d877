import { useState } from 'react';
import { TextField } from './field';
import { toLocalInput } from './format';

/**
 * When something happened, as a datetime-local input holds it (the browser's time zone): now
 * until the person changes it. Send it with localInputToIso.
 */
export function useNowInput(): [string, (value: string) => void] {
  return useState(() => toLocalInput(new Date()));
}

/** The `at` of a report: a required date and time, with the service's errors under it. */
export function AtField({
  label,
  value,
  onChange,
  errors,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: string[];
}) {
  return (
    <TextField
      label={label}
      name="at"
      type="datetime-local"
      value={value}
      onChange={onChange}
      errors={errors}
      required
    />
  );
}
