import { Alert, AlertTitle } from '@mui/material';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * What a non-administrator sees on an administration page: who may use it, and the API's own refusal of the
 * page's query, which is the rule that actually holds (the page only mirrors it).
 */
export function AdministratorsOnly({ apiRefusal }: { apiRefusal?: unknown }) {
  const { config } = useAuth();
  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        <AlertTitle>Administrators only</AlertTitle>
        This page is for the members of the {config?.adminGroup ?? 'administrators'} team. Ask one of them if you
        need a change here.
      </Alert>
      <ErrorAlert error={apiRefusal} />
    </>
  );
}
