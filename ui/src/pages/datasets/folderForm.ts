import type { FieldErrors } from './datasetForm';

export interface FolderValues {
  label: string;
  prefix: string;
  description: string;
  tags: string;
}

/** A folder needs a name and, when created, its S3 prefix in the bucket. */
export function validateFolder(values: FolderValues, creating: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.label.trim()) {
    errors.label = 'Enter a name';
  }
  if (creating && !values.prefix.trim()) {
    errors.prefix = 'Enter the S3 prefix';
  }
  return errors;
}
