import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, Card, CardContent, Chip, Grid, Link, Stack, Table, TableBody, TableCell, TableRow, Typography }
  from '@mui/material';
import { DateTime } from '../../components/DateTime';
import { StatusChip } from '../../components/StatusChip';
import { isInProgress } from './status';
import { stackErrorOf, type DatasetDetail } from './types';

function Facts({ label, rows }: { label: string; rows: [string, ReactNode][] }) {
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>{label}</Typography>
        <Table size="small" aria-label={label}>
          <TableBody>
            {rows.map(([name, value]) => (
              <TableRow key={name}>
                <TableCell component="th" scope="row" sx={{ width: '40%', color: 'text.secondary' }}>{name}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{value ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** The dataset stack's status, said while it deploys, with CloudFormation's error when it failed. */
export function StackState({ dataset }: { dataset: DatasetDetail }) {
  const status = dataset.stack?.status;
  const error = stackErrorOf(dataset.stack?.error);
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip status={status} label="Stack" />
        {isInProgress(status) && <Typography variant="body2" color="text.secondary">Deploying…</Typography>}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}

/** Who owns the dataset, where its data lives in AWS and how its stack is doing. */
export function DatasetOverview({ dataset }: { dataset: DatasetDetail }) {
  const restricted = dataset.restricted;
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <Chip label={`Classification: ${dataset.confidentiality}`} />
        <Chip label={`Language: ${dataset.language}`} />
        {dataset.topics?.map((topic) => <Chip key={topic} color="primary" variant="outlined" label={topic} />)}
        {dataset.tags?.map((tag) => <Chip key={tag} variant="outlined" label={tag} />)}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Facts label="Ownership" rows={[
            ['Owning team', dataset.SamlAdminGroupName],
            ['Stewards', dataset.stewards],
            ['Your role', dataset.userRoleForDataset],
            ['Environment', dataset.environment && (
              <Link component={RouterLink} to={`/environments/${dataset.environment.environmentUri}`}>
                {dataset.environment.label}</Link>)],
            ['Organization', dataset.environment?.organization && (
              <Link component={RouterLink} to={`/organizations/${dataset.environment.organization.organizationUri}`}>
                {dataset.environment.organization.label}</Link>)],
            ['Created', <>{dataset.owner}, <DateTime value={dataset.created} /></>],
            ['Share requests', dataset.autoApprovalEnabled ? 'approved automatically' : 'approved by the owners'],
            ['Share expiration', dataset.enableExpiration
              ? `${dataset.expiryMinDuration} to ${dataset.expiryMaxDuration} × ${dataset.expirySetting}` : 'none'],
          ]} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Facts label="AWS resources" rows={[
            ['Account and region', restricted && `${restricted.AwsAccountId} · ${restricted.region}`],
            ['S3 bucket', restricted?.S3BucketName],
            ['Glue database', restricted?.GlueDatabaseName],
            ['IAM role', restricted?.IAMDatasetAdminRoleArn],
            ['KMS key alias', restricted?.KmsAlias || 'none (SSE-S3)'],
            ['Glue crawler', restricted?.GlueCrawlerName],
            ['Origin', dataset.imported ? 'imported' : 'created by Grantline'],
          ]} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <Facts label="Statistics" rows={[
            ['Tables', dataset.statistics?.tables ?? 0],
            ['Folders', dataset.statistics?.locations ?? 0],
            ['Up-votes', dataset.statistics?.upvotes ?? 0],
          ]} />
        </Grid>
      </Grid>
    </>
  );
}
