import { fieldError } from '../../api/errors';
import type { FieldErrors } from './datasetForm';

/** A form field's message: the form's own check (before sending) first, else the API's refusal of that field. */
export function errorLookup(clientErrors: FieldErrors, apiError: unknown): (field: string) => string | undefined {
  return (field) => clientErrors[field] ?? fieldError(apiError, field);
}
