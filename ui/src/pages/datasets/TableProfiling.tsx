import { Alert, Button, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/ListTable';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { GetTableProfilingRunQuery } from '../../gql/graphql';
import { GetTableProfilingRun, StartTableProfilingRun, tableKey } from './operations';
import { formatCompleteness, parseProfilingResults, type TableStatistics } from './profiling';
import { isInProgress, pollWhileInProgress } from './status';
import type { TableDetail } from './types';

type ProfilingRun = NonNullable<GetTableProfilingRunQuery['getDatasetTableProfilingRun']>;

function StatisticsTable({ statistics }: { statistics: TableStatistics }) {
  return (
    <>
      <Typography sx={{ mb: 1 }}>Rows: {statistics.rowCount ?? '—'}</Typography>
      <ListTable label="Profiling statistics" size="small"
                 columns={['Column', 'Type', { header: 'Completeness', align: 'right' }, { header: 'Nulls', align: 'right' },
                           { header: 'Distinct values', align: 'right' }, 'Minimum', 'Maximum']}>
        {statistics.columns.map((column) => (
          <TableRow key={column.name}>
            <TableCell>{column.name}</TableCell>
            <TableCell>{column.type}</TableCell>
            <TableCell align="right">{formatCompleteness(column.completeness)}</TableCell>
            <TableCell align="right">{column.nulls ?? '—'}</TableCell>
            <TableCell align="right">{column.distinct ?? '—'}</TableCell>
            <TableCell>{column.minimum}</TableCell>
            <TableCell>{column.maximum}</TableCell>
          </TableRow>
        ))}
      </ListTable>
    </>
  );
}

function ProfilingRunState({ run }: { run: ProfilingRun }) {
  const statistics = parseProfilingResults(run.results);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip status={run.status} label="Last run" />
        <Typography variant="body2" color="text.secondary">
          {isInProgress(run.status) ? 'Profiling…' : <>started <DateTime value={run.created} /></>}
        </Typography>
      </Stack>
      {run.status === 'FAILED' && <Alert severity="error">{run.error ?? 'The profiling job failed without saying why'}</Alert>}
      {statistics && <StatisticsTable statistics={statistics} />}
    </Stack>
  );
}

/** Statistics of the table's data from its latest profiling run; a new run is followed until it ends. */
export function TableProfiling({ table, canProfile }: { table: TableDetail; canProfile: boolean }) {
  const tableUri = table.tableUri ?? '';
  const run = useApiQuery([...tableKey(tableUri), 'profiling'], GetTableProfilingRun, { tableUri },
    { refetchInterval: (query) => pollWhileInProgress(query.state.data?.getDatasetTableProfilingRun?.status) });
  const start = useApiMutation(StartTableProfilingRun, { invalidates: [[...tableKey(tableUri), 'profiling']] });
  const running = isInProgress(run.data?.getDatasetTableProfilingRun?.status);
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2">Profiling</Typography>
        {canProfile && (
          <Button variant="contained" disabled={start.isPending || running}
                  onClick={() => start.mutate({ input: { datasetUri: table.datasetUri ?? '', tableUri,
                    GlueTableName: table.restricted?.GlueTableName } })}>
            Run profiling
          </Button>
        )}
      </Stack>
      <ErrorAlert error={start.error} />
      <QueryState query={run} label="the profiling run">
        {({ getDatasetTableProfilingRun }) => getDatasetTableProfilingRun
          ? <ProfilingRunState run={getDatasetTableProfilingRun} />
          : <Typography>The table has not been profiled yet.</Typography>}
      </QueryState>
    </Paper>
  );
}
