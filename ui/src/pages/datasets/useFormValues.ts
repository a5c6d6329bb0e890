import { useState } from 'react';
import type { FieldErrors } from './datasetForm';

/**
 * A form's values and the messages of its own checks: changing a field clears that field's message, and
 * `checked(validate)` runs the checks before sending, answering whether the form may be sent.
 */
export function useFormValues<T extends object>(initial: () => T) {
  const [values, setValues] = useState<T>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const change = (patch: Partial<T>) => {
    setValues((current) => ({ ...current, ...patch }));
    setClientErrors((current) => {
      const next = { ...current };
      Object.keys(patch).forEach((field) => delete next[field]);
      return next;
    });
  };
  const checked = (validate: (values: T) => FieldErrors) => {
    const errors = validate(values);
    setClientErrors(errors);
    return Object.keys(errors).length === 0;
  };
  return { values, change, clientErrors, checked };
}
