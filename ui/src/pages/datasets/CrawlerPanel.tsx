import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography }
  from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { fieldError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { GetGlueCrawlerRunQuery } from '../../gql/graphql';
import { datasetKey, GetGlueCrawlerRun, StartGlueCrawler } from './operations';
import { isInProgress, pollWhileInProgress } from './status';

type CrawlerRun = NonNullable<GetGlueCrawlerRunQuery['getGlueCrawlerRun']>;

function CrawlerRunFacts({ run }: { run: CrawlerRun }) {
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip status={run.status} label="Last run" />
        {isInProgress(run.status) && <Typography variant="body2" color="text.secondary">Crawling…</Typography>}
      </Stack>
      {run.status === 'FAILED' && <Alert severity="error">{run.error ?? 'The crawler failed without saying why'}</Alert>}
      {run.status === 'SUCCEEDED' && (
        <Alert severity="success">The crawler finished: the tables list shows what it found.</Alert>
      )}
      <Table size="small" aria-label="Last crawler run">
        <TableBody>
          <TableRow><TableCell component="th" scope="row">Crawler</TableCell><TableCell>{run.crawlerName}</TableCell></TableRow>
          <TableRow><TableCell component="th" scope="row">Location</TableCell><TableCell>{run.location}</TableCell></TableRow>
          <TableRow><TableCell component="th" scope="row">Started by</TableCell><TableCell>{run.startedBy}</TableCell></TableRow>
          <TableRow><TableCell component="th" scope="row">Started</TableCell><TableCell><DateTime value={run.created} /></TableCell></TableRow>
          <TableRow><TableCell component="th" scope="row">Last change</TableCell><TableCell><DateTime value={run.updated} /></TableCell></TableRow>
        </TableBody>
      </Table>
    </Stack>
  );
}

/** Reads the dataset again (its tables and statistics) once a run it watched has ended. */
function useRefreshWhenRunEnds(datasetUri: string, status: string | null | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef(status);
  useEffect(() => {
    if (isInProgress(previous.current) && !isInProgress(status)) {
      void queryClient.invalidateQueries({ queryKey: datasetKey(datasetUri) });
    }
    previous.current = status;
  }, [datasetUri, status, queryClient]);
}

/** The Glue crawler turns the files in the bucket into tables: start it, follow its run until it ends. */
export function CrawlerPanel({ datasetUri, canCrawl }: { datasetUri: string; canCrawl: boolean }) {
  const [prefix, setPrefix] = useState('');
  const run = useApiQuery([...datasetKey(datasetUri), 'crawler'], GetGlueCrawlerRun, { datasetUri },
    { refetchInterval: (query) => pollWhileInProgress(query.state.data?.getGlueCrawlerRun?.status) });
  const status = run.data?.getGlueCrawlerRun?.status;
  useRefreshWhenRunEnds(datasetUri, status);
  const start = useApiMutation(StartGlueCrawler, { invalidates: [[...datasetKey(datasetUri), 'crawler']] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ datasetUri, input: { prefix: prefix.trim() || null } });
  };
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Crawler</Typography>
      {canCrawl && (
        <Stack component="form" onSubmit={submit} noValidate direction="row" spacing={1} sx={{ mb: 2, alignItems: 'flex-start' }}>
          <TextField label="Prefix to crawl" value={prefix} size="small" onChange={(event) => setPrefix(event.target.value)}
                     error={!!fieldError(start.error, 'prefix')}
                     helperText={fieldError(start.error, 'prefix') ?? 'Empty: the whole bucket'} />
          <Button type="submit" variant="contained" disabled={start.isPending || isInProgress(status)}>
            Start crawler
          </Button>
        </Stack>
      )}
      <ErrorAlert error={start.error} formFields={['prefix']} />
      <QueryState query={run} label="the crawler run">
        {({ getGlueCrawlerRun }) => getGlueCrawlerRun
          ? <CrawlerRunFacts run={getGlueCrawlerRun} />
          : <Typography>The crawler has not run yet.</Typography>}
      </QueryState>
    </Paper>
  );
}
