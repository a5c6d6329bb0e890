import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Link, Paper, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { datasetKey, ListDatasetTablesOfDataset } from './operations';

const PAGE_SIZE = 10;

/** The Glue tables of the dataset, as its crawler last found them. */
export function DatasetTablesPanel({ datasetUri }: { datasetUri: string }) {
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const tables = useApiQuery([...datasetKey(datasetUri), 'tables'], ListDatasetTablesOfDataset,
    { datasetUri, filter: { term, page, pageSize: PAGE_SIZE } });
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Tables</Typography>
      <TextField label="Search tables" value={term} size="small" sx={{ mb: 2 }}
                 onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
      <QueryState query={tables} label="the tables">
        {({ getDataset }) => (
          <>
            <ListTable label="Tables" columns={['Name', 'Glue table', 'S3 location', 'Catalog status', 'Found']}
                       empty={!getDataset?.tables?.nodes?.length && 'No table yet: put files in the bucket and start the crawler.'}>
              {getDataset?.tables?.nodes?.map((table) => table && (
                <TableRow key={table.tableUri} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/datasets/${datasetUri}/tables/${table.tableUri}`}>
                      {table.label}
                    </Link>
                    {table.description && <Typography variant="body2" color="text.secondary">{table.description}</Typography>}
                  </TableCell>
                  <TableCell>{table.restricted?.GlueTableName}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{table.restricted?.S3Prefix}</TableCell>
                  <TableCell><StatusChip status={table.LastGlueTableStatus} /></TableCell>
                  <TableCell><DateTime value={table.created} /></TableCell>
                </TableRow>
              ))}
            </ListTable>
            <Pager count={getDataset?.tables?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryState>
    </Paper>
  );
}
