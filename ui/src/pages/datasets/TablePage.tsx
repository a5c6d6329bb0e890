import { Link as RouterLink, useParams } from 'react-router-dom';
import { Grid, Link, Stack, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { FeedPanel } from './FeedPanel';
import { GetDatasetTable, tableKey } from './operations';
import { TableColumns } from './TableColumns';
import { TablePreview } from './TablePreview';
import { TableProfiling } from './TableProfiling';
import { canManageDataset } from './types';

/** One table of a dataset: where it is, its columns, a preview of its rows, its statistics and its feed. */
export function TablePage() {
  const { tableUri = '' } = useParams();
  const table = useApiQuery([...tableKey(tableUri), 'detail'], GetDatasetTable, { tableUri });
  if (table.isError) {
    return <Page title="Table"><ErrorAlert error={table.error} /></Page>;
  }
  return (
    <QueryState query={table} label="the table">
      {({ getDatasetTable }) => getDatasetTable && (
        <Page title={getDatasetTable.label ?? tableUri}
              subtitle={<>Table of <Link component={RouterLink}
                                      to={`/datasets/${getDatasetTable.datasetUri}?tab=tables`}>
                {getDatasetTable.dataset?.label ?? getDatasetTable.datasetUri}</Link></>}>
          <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <StatusChip status={getDatasetTable.LastGlueTableStatus} label="Catalog" />
            <Typography variant="body2">
              {getDatasetTable.restricted?.GlueDatabaseName}.{getDatasetTable.restricted?.GlueTableName}
              {' · '}{getDatasetTable.restricted?.S3Prefix}
            </Typography>
            {getDatasetTable.description && <Typography variant="body2">{getDatasetTable.description}</Typography>}
          </Stack>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 6 }}>
              <TableColumns tableUri={tableUri} canEdit={canManageDataset(getDatasetTable.userRoleForTable)} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <TablePreview tableUri={tableUri} />
            </Grid>
            <Grid size={{ xs: 12 }}>
              <TableProfiling table={getDatasetTable}
                              canProfile={canManageDataset(getDatasetTable.userRoleForTable)} />
            </Grid>
            <Grid size={{ xs: 12 }}>
              <FeedPanel targetType="DatasetTable" targetUri={tableUri} />
            </Grid>
          </Grid>
        </Page>
      )}
    </QueryState>
  );
}
