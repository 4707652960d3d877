import type { ReactNode } from 'react';
import { FieldFrame } from '../../ui/field';

/**
 * A labelled file input with its hint and the service's errors under it, like the shared
 * TextField (ui/field.tsx has no file input). `details` (where in the file a problem is) is
 * shown right under the errors and read with the input.
 */
export function FileField({
  label,
  name,
  accept,
  hint,
  errors,
  onChange,
  details,
  detailsId,
}: {
  label: string;
  name: string;
  accept: string;
  hint?: string;
  errors?: string[];
  onChange: (file: File | undefined) => void;
  details?: ReactNode;
  detailsId?: string;
}) {
  return (
    <>
      <FieldFrame label={label} errors={errors} hint={hint}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name={name}
            type="file"
            accept={accept}
            aria-describedby={
              [describedBy, details ? detailsId : undefined].filter(Boolean).join(' ') || undefined
            }
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(event.target.files?.[0] ?? undefined)}
          />
        )}
      </FieldFrame>
      {details}
    </>
  );
}
