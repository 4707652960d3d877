import type { ReactNode } from 'react';
import { FieldFrame } from './field';

/**
 * A labelled file input with its hint and the service's errors under it. `details` (where in
 * the file a problem is) is shown right under the errors and read with the input.
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
        {(control) => (
          <input
            {...control}
            name={name}
            type="file"
            accept={accept}
            aria-describedby={
              [control['aria-describedby'], details ? detailsId : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(event) => onChange(event.target.files?.[0] ?? undefined)}
          />
        )}
      </FieldFrame>
      {details}
    </>
  );
}
