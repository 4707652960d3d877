import type { FieldErrors } from '../../api/field-errors';
import type { ArtworkFormState } from './artwork-form-state';

/** What each part of the artwork form gets: the state, a setter per field, the API's errors. */
export interface ArtworkFormPartProps {
  form: ArtworkFormState;
  set: <K extends keyof ArtworkFormState>(key: K) => (value: ArtworkFormState[K]) => void;
  errors: FieldErrors;
}
