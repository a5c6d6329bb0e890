import { useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, Chip, List, Stack, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { ExportButtons } from './ExportButtons';
import { HistoryEntry } from './HistoryEntry';
import { HistoryFilters } from './HistoryFilters';
import { DEFAULT_PAGE_SIZE, correlationParams, formOf, historyFilterOf, isFiltered, paramsOf } from './historyFilter';
import { GOVERNANCE_KEY, GovernanceHistory } from './operations';

/** The resource's events, newest first, filtered and paged through the URL so a view can be linked to. */
export function HistoryTimeline({ resourceUri }: { resourceUri: string }) {
  const [params, setParams] = useSearchParams();
  const filter = historyFilterOf(params);
  const form = formOf(params);
  const history = useApiQuery([...GOVERNANCE_KEY, 'history', resourceUri], GovernanceHistory, { resourceUri, filter });

  const setPage = (page: number, pageSize = filter.pageSize ?? undefined) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    if (pageSize) {
      next.set('pageSize', String(pageSize));
    }
    setParams(next);
  };

  return (
    <Box component="section" aria-labelledby="timeline-title">
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="timeline-title" variant="h5" component="h2">Timeline</Typography>
        <Button onClick={() => void history.refetch()} disabled={history.isFetching}>
          {history.isFetching ? 'Refreshing…' : 'Refresh'}
        </Button>
      </Stack>
      <HistoryFilters key={params.toString()} value={form} onApply={(applied) => setParams(paramsOf(applied))} />
      <ExportButtons resourceUri={resourceUri} from={form.from} to={form.to} />
      {form.correlationId && (
        <Chip sx={{ mb: 2 }} label={`Steps of correlation ${form.correlationId}`}
              onDelete={() => setParams(paramsOf({ ...form, correlationId: '' }))} />
      )}
      <QueryState query={history} label="the history">
        {({ governanceHistory }) => (
          <>
            {!governanceHistory?.nodes.length && (
              <Alert severity="info">
                {isFiltered(params) ? 'No event matches these filters.' : 'No event is recorded for this resource.'}
              </Alert>
            )}
            <List component="ol" aria-label="History events" disablePadding>
              {governanceHistory?.nodes.map((entry) => (
                <HistoryEntry key={entry.eventId} entry={entry} shownResourceUri={resourceUri}
                              onCorrelation={(correlationId) => setParams(correlationParams(correlationId))} />
              ))}
            </List>
            <Pager count={governanceHistory?.count} page={filter.page ?? 1} pageSize={filter.pageSize ?? DEFAULT_PAGE_SIZE}
                   onPage={(page) => setPage(page)} onPageSize={(pageSize) => setPage(1, pageSize)} />
          </>
        )}
      </QueryState>
    </Box>
  );
}
