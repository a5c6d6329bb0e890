import { Link as RouterLink, useParams } from 'react-router-dom';
import { Card, CardContent, CardHeader, Chip, Grid, Link, List, ListItem, ListItemText, Stack, Typography }
  from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { DateTime } from '../../components/DateTime';
import { GetOrganization, ListOrganizationGroups, ORGANIZATIONS_KEY } from './operations';

export function OrganizationPage() {
  const { organizationUri = '' } = useParams();
  const organization = useApiQuery([...ORGANIZATIONS_KEY, organizationUri], GetOrganization, { organizationUri });
  const teams = useApiQuery([...ORGANIZATIONS_KEY, organizationUri, 'teams'], ListOrganizationGroups,
    { organizationUri, filter: { page: 1, pageSize: 100 } });
  return (
    <QueryState query={organization} label="the organization">
      {({ getOrganization: org }) => (
        <Page title={org?.label ?? organizationUri} subtitle={org?.description}>
          <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
            <Chip label={`Owner: ${org?.SamlGroupName}`} />
            <Chip label={`Your role: ${org?.userRoleInOrganization}`} />
            {org?.tags?.map((tag) => <Chip key={tag} variant="outlined" label={tag} />)}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Created <DateTime value={org?.created} /> by {org?.owner}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Card>
                <CardHeader title="Environments" titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
                <CardContent>
                  <List dense>
                    {org?.environments?.nodes?.map((environment) => environment && (
                      <ListItem key={environment.environmentUri}
                                secondaryAction={<StatusChip status={environment.stack?.status} />}>
                        <ListItemText
                          primary={<Link component={RouterLink} to={`/environments/${environment.environmentUri}`}>
                            {environment.label}</Link>}
                          secondary={`${environment.AwsAccountId} · ${environment.region} · ${environment.SamlGroupName}`} />
                      </ListItem>
                    ))}
                    {!org?.environments?.nodes?.length && <ListItem>No environment linked yet.</ListItem>}
                  </List>
                </CardContent>
              </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Card>
                <CardHeader title="Teams" titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
                <CardContent>
                  <QueryState query={teams} label="the teams">
                    {({ listOrganizationGroups }) => (
                      <List dense>
                        {listOrganizationGroups?.nodes?.map((team) => team && (
                          <ListItem key={team.groupUri}>
                            <ListItemText primary={team.groupUri} secondary={team.invitedBy ? `invited by ${team.invitedBy}` : 'owner'} />
                          </ListItem>
                        ))}
                      </List>
                    )}
                  </QueryState>
                </CardContent>
              </Card>
            </Grid>
          </Grid>
        </Page>
      )}
    </QueryState>
  );
}
