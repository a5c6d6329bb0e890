import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, Chip, Link, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';
import { useAuth } from '../../auth/AuthProvider';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { SagaRunsDashboardQuery } from '../../gql/graphql';
import { SAGA_RUNS_KEY, SagaRunChanges, SagaRunsDashboard } from './operations';
import { ProjectionsSection } from './ProjectionsSection';
import { SagaRunFiltersBar } from './SagaRunFiltersBar';
import { filterValuesFrom, sagaRunFilter, searchFrom, targetPath, type SagaRunFilterValues } from './sagaRuns';

type SagaRunRow = NonNullable<NonNullable<NonNullable<SagaRunsDashboardQuery['listSagaRuns']>['nodes']>[number]>;

export function SagaRunsPage() {
  const { isAdmin } = useAuth();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const values = filterValuesFrom(search);
  // The API lists every run only to administrators; anyone else names a target they may read.
  const mayList = isAdmin || values.targetUri.trim() !== '';
  const runs = useApiQuery(SAGA_RUNS_KEY, SagaRunsDashboard, { filter: sagaRunFilter(values, page, pageSize) },
    { enabled: mayList });
  useSubscription(SagaRunChanges,
    { kind: values.kind || undefined, targetUri: values.targetUri.trim() || undefined },
    () => { void queryClient.invalidateQueries({ queryKey: SAGA_RUNS_KEY }); },
    mayList);

  const changeFilters = (next: SagaRunFilterValues) => {
    setSearch(searchFrom(next), { replace: true });
    setPage(1);
  };

  return (
    <Page title="Saga runs"
          subtitle="The cloud work behind stacks, crawlers, profiling and shares: steps, attempts and errors, live">
      <SagaRunFiltersBar values={values} onChange={changeFilters} />
      {mayList ? (
        <QueryState query={runs} label="saga runs">
          {({ listSagaRuns }) => (
            <Paper>
              <SagaRunsTable runs={listSagaRuns?.nodes?.filter((run): run is SagaRunRow => !!run) ?? []} />
              <Pager count={listSagaRuns?.count} page={page} pageSize={pageSize} onPage={setPage}
                     onPageSize={(size) => { setPageSize(size); setPage(1); }} />
            </Paper>
          )}
        </QueryState>
      ) : (
        <Alert severity="info">
          Enter the URI of an environment, dataset or share you may read to see its runs: only administrators see
          every run.
        </Alert>
      )}
      {isAdmin && <ProjectionsSection />}
    </Page>
  );
}

function SagaRunsTable({ runs }: { runs: SagaRunRow[] }) {
  return (
    <ListTable label="Saga runs"
               columns={['Kind', 'Target', 'State', 'Current step', { header: 'Attempts', align: 'right' }, 'Started',
                         'Updated']}
               size="small" empty={runs.length === 0 && 'No saga run matches these filters.'}>
      {runs.map((run) => (
        <TableRow key={run.runId} hover>
          <TableCell>
            <Link component={RouterLink} to={`/operations/saga-runs/${run.runId}`}>{run.kind}</Link>
          </TableCell>
          <TableCell><RunTarget targetType={run.targetType} targetUri={run.targetUri} /></TableCell>
          <TableCell>
            <Stack direction="row" spacing={1}>
              <StatusChip status={run.state} />
              {run.stalled && <Chip size="small" color="warning" label="Stalled" />}
            </Stack>
          </TableCell>
          <TableCell>
            {run.currentStep}
            {run.lastError && (
              <Typography variant="caption" color="error" component="div" noWrap title={run.lastError}
                          sx={{ maxWidth: 320 }}>
                {run.lastError}
              </Typography>
            )}
          </TableCell>
          <TableCell align="right">{run.attempts}</TableCell>
          <TableCell><DateTime value={run.started} /></TableCell>
          <TableCell><DateTime value={run.updated} /></TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}

/** A run's target: its type, and its URI linked to its page when the UI has one. */
export function RunTarget({ targetType, targetUri }:
                          { targetType: string | null | undefined; targetUri: string | null | undefined }) {
  const path = targetPath(targetType, targetUri);
  return (
    <>
      {targetType && `${targetType} `}
      {path ? <Link component={RouterLink} to={path}>{targetUri}</Link> : targetUri}
    </>
  );
}
