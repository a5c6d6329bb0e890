import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, AlertTitle, Box, Chip, Link, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';
import { useAuth } from '../../auth/AuthProvider';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { SagaRunDetailQuery } from '../../gql/graphql';
import { SagaRunChanges, SagaRunDetail, sagaRunKey } from './operations';
import { SagaRunActions } from './SagaRunActions';
import { RunTarget } from './SagaRunsPage';
import { formatDuration } from './sagaRuns';

type SagaRun = NonNullable<SagaRunDetailQuery['getSagaRun']>;

export function SagaRunPage() {
  const { runId = '' } = useParams();
  const { isAdmin } = useAuth();
  const queryClient = useQueryClient();
  const run = useApiQuery(sagaRunKey(runId), SagaRunDetail, { runId }, {
    // a running saga moves on its own: poll as well as listen, so a missed push never freezes the page
    refetchInterval: (query) => (query.state.data?.getSagaRun?.state === 'RUNNING' ? 3000 : false),
  });
  const targetUri = run.data?.getSagaRun?.targetUri ?? undefined;
  useSubscription(SagaRunChanges, { targetUri }, (change) => {
    if (change.sagaRunChanged?.runId === runId) {
      void queryClient.invalidateQueries({ queryKey: sagaRunKey(runId) });
    }
  }, !!targetUri);
  return (
    <QueryState query={run} label="the saga run">
      {({ getSagaRun }) => getSagaRun ? (
        <Page title={`${getSagaRun.kind} run`} subtitle={getSagaRun.runId}
              actions={isAdmin && <SagaRunActions run={getSagaRun} />}>
          <RunSummary run={getSagaRun} />
          <StepsTable run={getSagaRun} />
        </Page>
      ) : (
        <Page title="Saga run not found"><Typography>There is no saga run {runId}.</Typography></Page>
      )}
    </QueryState>
  );
}

function RunSummary({ run }: { run: SagaRun }) {
  return (
    <Paper sx={{ p: 2, mb: 3 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
        <StatusChip status={run.state} />
        {run.stalled && <Chip size="small" color="warning" label="Stalled: no progress for a while" />}
        <Chip size="small" variant="outlined" label={`Attempts of the current step: ${run.attempts ?? 0}`} />
      </Stack>
      {run.lastError && (
        <Alert severity="error" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          <AlertTitle>Last error{run.currentStep ? ` (step ${run.currentStep})` : ''}</AlertTitle>
          {run.lastError}
        </Alert>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1,
        m: 0, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
        <dt>Target</dt>
        <dd>
          <RunTarget targetType={run.targetType} targetUri={run.targetUri} />
          {run.targetUri && (
            <> · <Link component={RouterLink} to={`/operations/saga-runs?targetUri=${encodeURIComponent(run.targetUri)}`}>
              every run of this target</Link></>
          )}
        </dd>
        <dt>Current step</dt>
        <dd>{run.currentStep ?? '—'}</dd>
        <dt>Started</dt>
        <dd><DateTime value={run.started} /></dd>
        <dt>Updated</dt>
        <dd><DateTime value={run.updated} /></dd>
        <dt>Finished</dt>
        <dd><DateTime value={run.finished} /></dd>
        <dt>Correlation id</dt>
        <dd>
          {run.correlationId ? (
            <Link component={RouterLink} to={`/governance?correlationId=${encodeURIComponent(run.correlationId)}`}>
              {run.correlationId}
            </Link>
          ) : '—'}
        </dd>
        {run.retryOf && (
          <>
            <dt>Retries</dt>
            <dd><Link component={RouterLink} to={`/operations/saga-runs/${run.retryOf}`}>{run.retryOf}</Link></dd>
          </>
        )}
        {run.retriedBy && (
          <>
            <dt>Retried by</dt>
            <dd>{run.retriedBy} (the new run is listed among the runs of this target)</dd>
          </>
        )}
        {run.cancelledBy && (
          <>
            <dt>Cancelled by</dt>
            <dd>{run.cancelledBy}</dd>
          </>
        )}
      </Box>
    </Paper>
  );
}

function StepsTable({ run }: { run: SagaRun }) {
  const steps = run.steps?.filter((step) => !!step) ?? [];
  return (
    <Box component="section" aria-labelledby="steps-title">
      <Typography variant="h5" component="h2" id="steps-title" gutterBottom>Steps</Typography>
      <Paper>
        <ListTable label="Steps"
                   columns={['Step', { header: 'Attempt', align: 'right' }, 'Started', 'Finished',
                             { header: 'Duration', align: 'right' }, 'Error']}
                   size="small" empty={steps.length === 0 && 'No step has started yet.'}>
          {steps.map((step) => (
            <TableRow key={`${step.step}-${step.attempt}-${step.started}`}>
              <TableCell>{step.step}</TableCell>
              <TableCell align="right">{step.attempt}</TableCell>
              <TableCell><DateTime value={step.started} /></TableCell>
              <TableCell>{step.finished ? <DateTime value={step.finished} /> : 'under way'}</TableCell>
              <TableCell align="right">{formatDuration(step.durationMs)}</TableCell>
              <TableCell sx={{ color: 'error.main', whiteSpace: 'pre-wrap' }}>{step.error}</TableCell>
            </TableRow>
          ))}
        </ListTable>
      </Paper>
    </Box>
  );
}

