import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Link, Paper, Stack, Tab, TableCell, TableRow, Tabs, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { DateTime } from '../../components/DateTime';
import type { DatasetListItemFragment as DatasetRow } from '../../gql/graphql';
import { DATASETS_KEY, ListDatasets, ListOwnedDatasets } from './operations';
import { isInProgress, POLL_INTERVAL_MS } from './status';

const PAGE_SIZE = 10;

type Scope = 'all' | 'owned';

function pollWhileAnyInProgress(nodes: ({ stack?: { status?: string | null } | null } | null)[] | null | undefined) {
  return (nodes ?? []).some((node) => isInProgress(node?.stack?.status)) ? POLL_INTERVAL_MS : false;
}

function DatasetTable({ datasets }: { datasets: DatasetRow[] }) {
  return (
    <ListTable label="Datasets" columns={['Name', 'Owning team', 'Environment', 'Your role', 'Stack', 'Created']}
               empty={datasets.length === 0 && 'No dataset here yet: create or import one.'}>
      {datasets.map((dataset) => (
        <TableRow key={dataset.datasetUri} hover>
          <TableCell>
            <Link component={RouterLink} to={`/datasets/${dataset.datasetUri}`}>{dataset.label}</Link>
            {dataset.imported && ' (imported)'}
          </TableCell>
          <TableCell>{dataset.SamlAdminGroupName}</TableCell>
          <TableCell>{dataset.environment?.label} · {dataset.AwsAccountId} · {dataset.region}</TableCell>
          <TableCell>{dataset.userRoleForDataset}</TableCell>
          <TableCell><StatusChip status={dataset.stack?.status} /></TableCell>
          <TableCell><DateTime value={dataset.created} /></TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}

export function DatasetsPage() {
  const [scope, setScope] = useState<Scope>('all');
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const variables = { filter: { term, page, pageSize: PAGE_SIZE } };
  // A stack deploying in the list keeps the list fresh until it is done.
  const all = useApiQuery([...DATASETS_KEY, 'list'], ListDatasets, variables, { enabled: scope === 'all',
    refetchInterval: (query) => pollWhileAnyInProgress(query.state.data?.listDatasets?.nodes) });
  const owned = useApiQuery([...DATASETS_KEY, 'owned'], ListOwnedDatasets, variables, { enabled: scope === 'owned',
    refetchInterval: (query) => pollWhileAnyInProgress(query.state.data?.listOwnedDatasets?.nodes) });
  const result = scope === 'all' ? all.data?.listDatasets : owned.data?.listOwnedDatasets;
  const datasets = (result?.nodes ?? []).filter((node): node is DatasetRow => !!node);
  return (
    <Page title="Datasets" subtitle="S3 buckets and Glue databases your teams own, share and describe"
          actions={<>
            <Button variant="outlined" component={RouterLink} to="/datasets/import">Import dataset</Button>
            <Button variant="contained" component={RouterLink} to="/datasets/new">Create dataset</Button>
          </>}>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <Tabs value={scope} onChange={(_, next: Scope) => { setScope(next); setPage(1); }} aria-label="Which datasets">
          <Tab value="all" label="All I can see" />
          <Tab value="owned" label="Owned by my teams" />
        </Tabs>
        <TextField label="Search datasets" value={term} size="small"
                   onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
      </Stack>
      <QueryState query={scope === 'all' ? all : owned} label="datasets">
        {() => (
          <Paper>
            <DatasetTable datasets={datasets} />
            <Pager count={result?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </Paper>
        )}
      </QueryState>
    </Page>
  );
}
