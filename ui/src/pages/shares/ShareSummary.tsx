import { Link as RouterLink } from 'react-router-dom';
import { Card, CardContent, CardHeader, Grid, Link, Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { DateTime } from '../../components/DateTime';
import { periodName } from './expiration';
import { principalLabel } from './shareState';
import type { ShareDetail } from './ShareActionsBar';

function Facts({ label, rows }: { label: string; rows: [string, ReactNode][] }) {
  return (
    <Table size="small" aria-label={label}>
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell component="th" scope="row" sx={{ width: '35%', color: 'text.secondary' }}>{name}</TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{value === null || value === undefined || value === '' ? '—' : value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function SummaryCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader title={title} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}

/** Who asks for what, of which dataset, and how the review went. */
export function ShareSummary({ share }: { share: ShareDetail }) {
  const dataset = share.dataset;
  const principal = share.principal;
  const expires = !!dataset?.enableExpiration;
  const periods = periodName(dataset?.expirySetting);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <SummaryCard title="Request">
          <Facts label="Request" rows={[
            ['Requested by', share.owner],
            ['Requesting team', share.group],
            ['Principal', principal && `${principalLabel(principal)} (${principal.principalType})`],
            ['IAM role', principal?.principalRoleName],
            ['Environment', share.environment
              && `${share.environment.label} (${share.environment.AwsAccountId}, ${share.environment.region})`],
            ['Permissions', share.permissions?.join(', ')],
            ['Purpose', share.requestPurpose],
            ['Requested on', <DateTime value={share.created} />],
          ]} />
        </SummaryCard>
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <SummaryCard title="Dataset">
          <Facts label="Dataset" rows={[
            ['Dataset', dataset?.exists === false ? dataset.datasetName
              : <Link component={RouterLink} to={`/datasets/${dataset?.datasetUri}`}>{dataset?.datasetName}</Link>],
            ['Owner team', dataset?.SamlAdminGroupName],
            ['Environment', dataset?.environmentName],
            ['Account and region', dataset && `${dataset.AwsAccountId}, ${dataset.region}`],
          ]} />
        </SummaryCard>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <SummaryCard title="Review and expiry">
          <Facts label="Review and expiry" rows={[
            ['Status', share.status],
            ...(share.rejectPurpose ? [['Reason for rejecting', share.rejectPurpose] as [string, ReactNode]] : []),
            ['Last change', <DateTime value={share.updated} />],
            ...(expires ? [
              ['Expires', share.nonExpirable ? 'Never' : <DateTime value={share.expiryDate} />],
              ['Period asked for', share.shareExpirationPeriod == null ? null : `${share.shareExpirationPeriod} ${periods}`],
              ['Extension asked until', share.requestedExpiryDate && <DateTime value={share.requestedExpiryDate} />],
              ['Reason for the extension', share.extensionReason],
              ['Last extended', share.lastExtensionDate && <DateTime value={share.lastExtensionDate} />],
            ] as [string, ReactNode][] : [['Expires', 'Never: the dataset\'s shares do not expire'] as [string, ReactNode]]),
          ]} />
        </SummaryCard>
      </Grid>
    </Grid>
  );
}
