import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography }
  from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/ListTable';
import { QueryState } from '../../components/QueryState';
import type { ProjectionStatusesQuery, VerifyProjectionQuery } from '../../gql/graphql';
import { CatalogIndexCard } from './CatalogIndexCard';
import { PROJECTIONS_KEY, ProjectionStatuses, ResetProjection, VerifyProjection } from './operations';
import { formatDuration } from './sagaRuns';

type Projection = ProjectionStatusesQuery['listProjections'][number];
type Verification = NonNullable<VerifyProjectionQuery['verifyProjection']>;

/** The read models built from the event store: where each stands, verified against a rebuild, or rebuilt. */
export function ProjectionsSection() {
  const projections = useApiQuery(PROJECTIONS_KEY, ProjectionStatuses, {}, {
    // a reset replays in the background: follow it until every processor caught up
    refetchInterval: (query) =>
      query.state.data?.listProjections.some((projection) => projection.replaying) ? 2000 : false,
  });
  return (
    <Box component="section" aria-labelledby="projections-title" sx={{ mt: 4 }}>
      <Typography variant="h5" component="h2" id="projections-title" gutterBottom>Projections</Typography>
      <QueryState query={projections} label="projections">
        {({ listProjections }) => (
          <Paper>
            <ListTable label="Projections" size="small"
                       columns={['Name', 'Processor', { header: 'Position', align: 'right' }, { header: 'Head', align: 'right' },
                                 { header: 'Behind', align: 'right' }, 'Status', 'Actions']}>
              {listProjections.map((projection) => <ProjectionRow key={projection.name} projection={projection} />)}
            </ListTable>
          </Paper>
        )}
      </QueryState>
      <CatalogIndexCard />
    </Box>
  );
}

function ProjectionRow({ projection }: { projection: Projection }) {
  const [confirmingReset, setConfirmingReset] = useState(false);
  const verify = useApiMutation(VerifyProjection);
  const reset = useApiMutation(ResetProjection, {
    invalidates: [PROJECTIONS_KEY],
    onSuccess: () => setConfirmingReset(false),
  });
  const resetResult = reset.data?.resetProjection;
  return (
    <>
      <TableRow>
        <TableCell>{projection.name}</TableCell>
        <TableCell>{projection.processor}</TableCell>
        <TableCell align="right">{projection.position}</TableCell>
        <TableCell align="right">{projection.head}</TableCell>
        <TableCell align="right">{projection.behind}</TableCell>
        <TableCell>
          <Chip size="small" label={projectionState(projection)}
                color={projection.replaying ? 'info' : projection.running ? 'success' : 'warning'} />
        </TableCell>
        <TableCell>
          <Stack direction="row" spacing={1}>
            <Button size="small" variant="outlined" disabled={verify.isPending}
                    aria-label={`Verify ${projection.name}`} onClick={() => verify.mutate({ name: projection.name })}>
              {verify.isPending ? 'Verifying…' : 'Verify'}
            </Button>
            <Button size="small" color="warning" aria-label={`Reset ${projection.name}`}
                    onClick={() => { reset.reset(); setConfirmingReset(true); }}>Reset</Button>
          </Stack>
        </TableCell>
      </TableRow>
      {(verify.data?.verifyProjection || verify.error || resetResult) && (
        <TableRow>
          <TableCell colSpan={7}>
            <ErrorAlert error={verify.error} />
            {resetResult && (
              <Alert severity="success" sx={{ mb: 1 }}>
                {resetResult.mode === 'REBUILT' ? 'Rebuilt and swapped in' : 'Replay started in the background'}:
                {' '}{resetResult.eventsReplayed} events replayed, {resetResult.rowsRebuilt} rows rebuilt
                in {formatDuration(resetResult.durationMs)}.
              </Alert>
            )}
            {verify.data?.verifyProjection && <VerificationReport verification={verify.data.verifyProjection} />}
          </TableCell>
        </TableRow>
      )}
      <ConfirmDialog open={confirmingReset} title={`Reset ${projection.name}?`}
                     text={`The ${projection.name} projection is rebuilt from the event store and replaces the live one. Readers keep being served meanwhile.`}
                     confirmLabel="Reset" busy={reset.isPending} error={reset.error}
                     onConfirm={() => reset.mutate({ name: projection.name })}
                     onClose={() => setConfirmingReset(false)} />
    </>
  );
}

function projectionState(projection: Projection): string {
  if (projection.replaying) {
    return 'Replaying';
  }
  return projection.running ? 'Running' : 'Stopped';
}

function VerificationReport({ verification }: { verification: Verification }) {
  const summary = `${verification.eventsReplayed} events replayed, ${verification.tablesCompared} tables and `
    + `${verification.rowsCompared} rows compared in ${formatDuration(verification.durationMs)}`;
  if (verification.differenceCount === 0) {
    return <Alert severity="success">{verification.name} matches its rebuild: {summary}.</Alert>;
  }
  return (
    <>
      <Alert severity="warning" sx={{ mb: 1 }}>
        {verification.name} differs from its rebuild in {verification.differenceCount} rows: {summary}.
      </Alert>
      <Table aria-label={`Differences of ${verification.name}`} size="small">
        <TableHead>
          <TableRow>
            <TableCell>Table</TableCell>
            <TableCell>Row</TableCell>
            <TableCell>Column</TableCell>
            <TableCell>Live</TableCell>
            <TableCell>Rebuilt</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {verification.differences.map((difference) => (
            <TableRow key={`${difference.table}|${difference.key}|${difference.column ?? ''}`}>
              <TableCell>{difference.table}</TableCell>
              <TableCell>{difference.key}</TableCell>
              <TableCell>{difference.column ?? 'whole row'}</TableCell>
              <TableCell>{difference.live ?? '(missing)'}</TableCell>
              <TableCell>{difference.rebuilt ?? '(missing)'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
