import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { DateTime } from '../../components/DateTime';
import type { GetEnvironmentQuery } from '../../gql/graphql';
import { FEATURES, featuresOf } from './environmentForm';

type Environment = NonNullable<GetEnvironmentQuery['getEnvironment']>;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '240px 1fr', py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Typography component="dt" color="text.secondary">{term}</Typography>
      <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>{children ?? '—'}</Typography>
    </Box>
  );
}

/** Where the environment is, who administers it and the AWS resources created for it. */
export function OverviewTab({ environment }: { environment: Environment }) {
  const features = featuresOf(environment.parameters);
  const enabled = FEATURES.filter((feature) => features[feature.key]);
  return (
    <Paper sx={{ p: 2 }}>
      <Box component="dl" sx={{ m: 0 }}>
        <Fact term="Organization">
          {environment.organization && (
            <Link component={RouterLink} to={`/organizations/${environment.organization.organizationUri}`}>
              {environment.organization.label}
            </Link>
          )}
        </Fact>
        <Fact term="AWS account">{environment.AwsAccountId}</Fact>
        <Fact term="Region">{environment.region}</Fact>
        <Fact term="Owning team">{environment.SamlGroupName}</Fact>
        <Fact term="Your role">{environment.userRoleInEnvironment}</Fact>
        <Fact term="Created"><DateTime value={environment.created} /> by {environment.owner}</Fact>
        <Fact term="Team IAM role">
          {environment.EnvironmentDefaultIAMRoleArn}
          {environment.EnvironmentDefaultIAMRoleImported ? ' (imported)' : ''}
        </Fact>
        <Fact term="Default bucket">{environment.EnvironmentDefaultBucketName}</Fact>
        <Fact term="Access logs bucket">{environment.EnvironmentLogsBucketName}</Fact>
        <Fact term="Athena workgroup">{environment.EnvironmentDefaultAthenaWorkGroup}</Fact>
        <Fact term="Resource prefix">{environment.resourcePrefix}</Fact>
        <Fact term="Permissions boundary">{environment.PermissionsBoundaryPolicyArn}</Fact>
        <Fact term="Features">{enabled.length ? enabled.map((feature) => feature.label).join(', ') : 'None'}</Fact>
        <Fact term="Tags">
          {environment.tags?.length ? (
            <Stack direction="row" spacing={0.5}>
              {environment.tags.map((tag) => tag && <Chip key={tag} size="small" variant="outlined" label={tag} />)}
            </Stack>
          ) : null}
        </Fact>
      </Box>
    </Paper>
  );
}
