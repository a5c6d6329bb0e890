import { Alert, AlertTitle, Box } from '@mui/material';
import { codeOf, otherErrors, problemOf } from '../api/errors';

/** The API's errors that no form field shows, each with data.all's code as the title. */
export function ErrorAlert({ error, formFields = [] }: { error: unknown; formFields?: string[] }) {
  const errors = otherErrors(error, formFields);
  if (errors.length === 0) {
    return null;
  }
  return (
    <Box sx={{ my: 1 }}>
      {errors.map((apiError, index) => (
        <Alert key={index} severity="error" role="alert" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
          {codeOf(apiError) && <AlertTitle>{codeOf(apiError)}</AlertTitle>}
          {problemOf(apiError)}
        </Alert>
      ))}
    </Box>
  );
}
