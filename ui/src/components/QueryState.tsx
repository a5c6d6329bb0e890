import type { ReactNode } from 'react';
import { Box, CircularProgress } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from './ErrorAlert';

/** A query's data once loaded; meanwhile a labelled progress indicator, or the API's error. */
export function QueryState<T>({ query, label, children }:
                              { query: UseQueryResult<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return <Box sx={{ p: 2 }}><CircularProgress aria-label={`Loading ${label}`} size={28} /></Box>;
  }
  if (query.isError) {
    return <ErrorAlert error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
