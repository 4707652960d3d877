import type { FieldErrors } from '../../api/field-errors';
import type { ShipmentFormState } from './shipment-form-state';

/** What each part of the shipment form gets: the state, a setter per field, the API's errors. */
export interface ShipmentFormPartProps {
  form: ShipmentFormState;
  set: <K extends keyof ShipmentFormState>(key: K) => (value: ShipmentFormState[K]) => void;
  errors: FieldErrors;
}
