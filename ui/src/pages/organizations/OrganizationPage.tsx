import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, CardContent, CardHeader, Chip, Grid, Link, List, ListItem, ListItemText, Stack, Typography }
  from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { DateTime } from '../../components/DateTime';
import { EditOrganizationDialog } from './EditOrganizationDialog';
import { OrganizationTeams } from './OrganizationTeams';
import { ArchiveOrganization, GetOrganization, ORGANIZATIONS_KEY } from './operations';

function ArchiveOrganizationButton({ organizationUri }: { organizationUri: string }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const archive = useApiMutation(ArchiveOrganization,
    { invalidates: [ORGANIZATIONS_KEY], onSuccess: () => navigate('/organizations') });
  return (
    <>
      <Button color="error" variant="outlined" onClick={() => { archive.reset(); setConfirming(true); }}>Archive</Button>
      <ConfirmDialog open={confirming} title="Archive the organization?" confirmLabel="Archive"
                     text="The organization disappears from the lists. It cannot be archived while environments are linked to it."
                     busy={archive.isPending} error={archive.error} onClose={() => setConfirming(false)}
                     onConfirm={() => archive.mutate({ organizationUri })} />
    </>
  );
}

export function OrganizationPage() {
  const { organizationUri = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const organization = useApiQuery([...ORGANIZATIONS_KEY, organizationUri], GetOrganization, { organizationUri });
  return (
    <QueryState query={organization} label="the organization">
      {({ getOrganization: org }) => (
        <Page title={org?.label ?? organizationUri} subtitle={org?.description}
              actions={<>
                <Button variant="contained" component={RouterLink}
                        to={`/environments/new?organizationUri=${encodeURIComponent(organizationUri)}`}>
                  Link environment
                </Button>
                <Button variant="outlined" onClick={() => setEditing(true)}>Edit</Button>
                <ArchiveOrganizationButton organizationUri={organizationUri} />
              </>}>
          <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
            <Chip label={`Owner: ${org?.SamlGroupName}`} />
            <Chip label={`Your role: ${org?.userRoleInOrganization}`} />
            {org?.tags?.map((tag) => <Chip key={tag} variant="outlined" label={tag} />)}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Created <DateTime value={org?.created} /> by {org?.owner}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 4 }}>
              <Card>
                <CardHeader title="Environments" slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
                <CardContent>
                  <List dense>
                    {org?.environments?.nodes?.map((environment) => environment && (
                      <ListItem key={environment.environmentUri} sx={{ alignItems: 'flex-start', gap: 1 }}>
                        <ListItemText
                          primary={<Link component={RouterLink} to={`/environments/${environment.environmentUri}`}>
                            {environment.label}</Link>}
                          secondary={`${environment.AwsAccountId} · ${environment.region} · ${environment.SamlGroupName}`} />
                        <StatusChip status={environment.stack?.status} />
                      </ListItem>
                    ))}
                    {!org?.environments?.nodes?.length && <ListItem>No environment linked yet.</ListItem>}
                  </List>
                </CardContent>
              </Card>
            </Grid>
            <Grid size={{ xs: 12, lg: 8 }}>
              <OrganizationTeams organizationUri={organizationUri} owningTeam={org?.SamlGroupName ?? ''} />
            </Grid>
          </Grid>
          {editing && org && (
            <EditOrganizationDialog onClose={() => setEditing(false)}
                                    organization={{ organizationUri, label: org.label ?? '',
                                      description: org.description ?? '',
                                      tags: org.tags?.flatMap((tag) => (tag ? [tag] : [])) ?? [] }} />
          )}
        </Page>
      )}
    </QueryState>
  );
}
