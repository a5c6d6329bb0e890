import { ApiRequestError, type ApiError } from './graphql';

const DATAALL_PREFIX = /^An error occurred \((\w+)\) when calling [\w.-]+ operation:\n/;

/** The readable part of a data.all error: the code is shown apart, the problem as written. */
export function problemOf(error: ApiError): string {
  return error.message.replace(DATAALL_PREFIX, '');
}

export function codeOf(error: ApiError): string | undefined {
  return error.extensions?.code ?? DATAALL_PREFIX.exec(error.message)?.[1];
}

function errorsOf(error: unknown): ApiError[] {
  if (error instanceof ApiRequestError) {
    return error.errors;
  }
  if (error instanceof Error) {
    return [{ message: error.message }];
  }
  return error ? [{ message: String(error) }] : [];
}

/** The field an error concerns: the API names it ("input.label" or "label"); forms match on the last part. */
function fieldOf(error: ApiError): string | undefined {
  const field = error.extensions?.field;
  return field ? field.split('.').pop() : undefined;
}

/** The message to show under a form's field, if the API refused that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  const refusal = errorsOf(error).find((candidate) => fieldOf(candidate) === field);
  return refusal ? problemOf(refusal) : undefined;
}

/** The errors no field of the form shows: they go in an alert above it. */
export function otherErrors(error: unknown, formFields: string[] = []): ApiError[] {
  return errorsOf(error).filter((candidate) => {
    const field = fieldOf(candidate);
    return !field || !formFields.includes(field);
  });
}
