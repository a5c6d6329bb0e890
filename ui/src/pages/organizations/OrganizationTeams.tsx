import { useState } from 'react';
import { Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography }
  from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { TeamPermissionsDialog } from './TeamPermissionsDialog';
import { invitablePermissionsHeld } from './teamInvitation';
import { InviteGroupToOrganization, ListInviteOrganizationPermissions, ListOrganizationGroupPermissions,
  ListOrganizationGroups, ORGANIZATIONS_KEY, RemoveGroupFromOrganization, UpdateOrganizationGroup } from './operations';

function useTeamPermissions(organizationUri: string, groupUri: string) {
  return useApiQuery([...ORGANIZATIONS_KEY, organizationUri, 'teams', groupUri], ListOrganizationGroupPermissions,
    { organizationUri, groupUri });
}

function TeamPermissionChips({ organizationUri, groupUri }: { organizationUri: string; groupUri: string }) {
  const permissions = useTeamPermissions(organizationUri, groupUri);
  return (
    <QueryState query={permissions} label={`the permissions of ${groupUri}`}>
      {({ listOrganizationGroupPermissions }) => (
        <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
          {listOrganizationGroupPermissions?.map((permission) => permission && (
            <Chip key={permission.name} size="small" variant="outlined" label={permission.name}
                  title={permission.description} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

type Editing = { kind: 'invite' } | { kind: 'update'; groupUri: string } | null;

function UpdateTeamDialog({ organizationUri, groupUri, options, onClose }: {
  organizationUri: string;
  groupUri: string;
  options: { name: string; description: string }[];
  onClose: () => void;
}) {
  const held = useTeamPermissions(organizationUri, groupUri);
  const update = useApiMutation(UpdateOrganizationGroup, { invalidates: [ORGANIZATIONS_KEY], onSuccess: onClose });
  return (
    <QueryState query={held} label={`the permissions of ${groupUri}`}>
      {({ listOrganizationGroupPermissions }) => (
        <TeamPermissionsDialog title={`Permissions of ${groupUri}`} team={groupUri} options={options}
                               initialPermissions={invitablePermissionsHeld(
                                 listOrganizationGroupPermissions?.map((permission) => permission?.name ?? '') ?? [],
                                 options.map((option) => option.name))}
                               submitLabel="Save" busy={update.isPending} error={update.error} onClose={onClose}
                               onSubmit={(team, permissions) => update.mutate(
                                 { input: { organizationUri, groupUri: team, permissions } })} />
      )}
    </QueryState>
  );
}

/** The teams of an organization with their permissions; its administrators invite, change and remove them. */
export function OrganizationTeams({ organizationUri, owningTeam }: { organizationUri: string; owningTeam: string }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const teams = useApiQuery([...ORGANIZATIONS_KEY, organizationUri, 'teams'], ListOrganizationGroups,
    { organizationUri, filter: { page: 1, pageSize: 100 } });
  const invitable = useApiQuery([...ORGANIZATIONS_KEY, 'invitable-permissions'], ListInviteOrganizationPermissions, {});
  const options = invitable.data?.listInviteOrganizationPermissionsWithDescriptions
    ?.flatMap((permission) => (permission ? [permission] : [])) ?? [];
  const invite = useApiMutation(InviteGroupToOrganization,
    { invalidates: [ORGANIZATIONS_KEY], onSuccess: () => setEditing(null) });
  const remove = useApiMutation(RemoveGroupFromOrganization,
    { invalidates: [ORGANIZATIONS_KEY], onSuccess: () => setRemoving(null) });

  return (
    <Box component="section" aria-labelledby="organization-teams-title">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="organization-teams-title" variant="h6" component="h2">Teams</Typography>
        <Button variant="outlined" onClick={() => { invite.reset(); setEditing({ kind: 'invite' }); }}>Invite team</Button>
      </Stack>
      <ErrorAlert error={invitable.error} />
      <QueryState query={teams} label="the teams">
        {({ listOrganizationGroups }) => (
          <Paper sx={{ overflowX: 'auto' }}>
            <Table aria-label="Organization teams" size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Team</TableCell>
                  <TableCell>Permissions</TableCell>
                  <TableCell>Invited by</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {listOrganizationGroups?.nodes?.map((team) => team?.groupUri && (
                  <TableRow key={team.groupUri}>
                    <TableCell>{team.groupUri}</TableCell>
                    <TableCell><TeamPermissionChips organizationUri={organizationUri} groupUri={team.groupUri} /></TableCell>
                    <TableCell>{team.groupUri === owningTeam ? 'Owner' : team.invitedBy}</TableCell>
                    <TableCell align="right">
                      {team.groupUri !== owningTeam && (
                        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                          <Button size="small" aria-label={`Edit permissions of ${team.groupUri}`}
                                  onClick={() => setEditing({ kind: 'update', groupUri: team.groupUri ?? '' })}>
                            Edit
                          </Button>
                          <Button size="small" color="error" aria-label={`Remove ${team.groupUri}`}
                                  onClick={() => { remove.reset(); setRemoving(team.groupUri ?? null); }}>
                            Remove
                          </Button>
                        </Stack>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        )}
      </QueryState>
      {editing?.kind === 'invite' && (
        <TeamPermissionsDialog title="Invite a team to the organization" options={options} submitLabel="Invite"
                               busy={invite.isPending} error={invite.error} onClose={() => setEditing(null)}
                               onSubmit={(groupUri, permissions) => invite.mutate(
                                 { input: { organizationUri, groupUri, permissions } })} />
      )}
      {editing?.kind === 'update' && (
        <UpdateTeamDialog organizationUri={organizationUri} groupUri={editing.groupUri} options={options}
                          onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog open={!!removing} title={`Remove ${removing ?? ''}?`} confirmLabel="Remove"
                     text="The team loses its access to the organization. A team that owns environments cannot be removed."
                     busy={remove.isPending} error={remove.error} onClose={() => setRemoving(null)}
                     onConfirm={() => removing && remove.mutate({ organizationUri, groupUri: removing })} />
    </Box>
  );
}
