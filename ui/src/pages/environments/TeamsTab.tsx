import { useState } from 'react';
import { TableCell, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { TeamPermissionsDialog } from '../organizations/TeamPermissionsDialog';
import { invitablePermissionsHeld } from '../organizations/teamInvitation';
import { PermissionChips, TeamsSection, TeamsTable } from '../organizations/TeamsTable';
import { ENVIRONMENTS_KEY, InviteGroupOnEnvironment, ListAllEnvironmentGroups, ListEnvironmentGroupInvitationPermissions, ListEnvironmentGroups,
  RemoveGroupFromEnvironment, UpdateGroupEnvironmentPermissions } from './operations';

/** The caller's own teams in the environment (data.all's listEnvironmentGroups): the forms' team choices. */
export function useMyEnvironmentTeams(environmentUri: string) {
  return useApiQuery([...ENVIRONMENTS_KEY, environmentUri, 'my-teams'], ListEnvironmentGroups,
    { environmentUri, filter: { page: 1, pageSize: 100 } });
}

type Editing = { kind: 'invite' } | { kind: 'update'; groupUri: string; held: string[] } | null;

/** The teams with access to the environment and their permissions; inviting one redeploys the stack. */
export function TeamsTab({ environmentUri, owningTeam }: { environmentUri: string; owningTeam: string }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const teams = useApiQuery([...ENVIRONMENTS_KEY, environmentUri, 'teams'], ListAllEnvironmentGroups,
    { environmentUri, filter: { page: 1, pageSize: 100 } });
  const invitable = useApiQuery([...ENVIRONMENTS_KEY, 'invitable-permissions'],
    ListEnvironmentGroupInvitationPermissions, {});
  const options = invitable.data?.listEnvironmentGroupInvitationPermissions
    ?.flatMap((permission) => (permission ? [permission] : [])) ?? [];
  const done = { invalidates: [ENVIRONMENTS_KEY], onSuccess: () => setEditing(null) };
  const invite = useApiMutation(InviteGroupOnEnvironment, done);
  const update = useApiMutation(UpdateGroupEnvironmentPermissions, done);
  const remove = useApiMutation(RemoveGroupFromEnvironment,
    { invalidates: [ENVIRONMENTS_KEY], onSuccess: () => setRemoving(null) });

  return (
    <TeamsSection titleId="environment-teams-title" onInvite={() => { invite.reset(); setEditing({ kind: 'invite' }); }}>
      <ErrorAlert error={invitable.error} />
      <QueryState query={teams} label="the teams">
        {({ listAllEnvironmentGroups }) => (
          <TeamsTable label="Environment teams" headers={['Team', 'IAM role', 'Permissions']}
                      teams={listAllEnvironmentGroups?.nodes} owningTeam={owningTeam}
                      cells={(team, groupUri) => (
                        <>
                          <TableCell>
                            {groupUri}
                            <Typography variant="body2" color="text.secondary">
                              {groupUri === owningTeam ? 'Owner' : `Invited by ${team.invitedBy}`}
                            </Typography>
                          </TableCell>
                          <TableCell sx={{ wordBreak: 'break-all' }}>{team.environmentIAMRoleArn}</TableCell>
                          <TableCell><PermissionChips permissions={team.environmentPermissions} /></TableCell>
                        </>
                      )}
                      onEdit={(team, groupUri) => {
                        update.reset();
                        setEditing({ kind: 'update', groupUri,
                          held: team.environmentPermissions?.map((permission) => permission?.name ?? '') ?? [] });
                      }}
                      onRemove={(groupUri) => { remove.reset(); setRemoving(groupUri); }} />
        )}
      </QueryState>
      {editing?.kind === 'invite' && (
        <TeamPermissionsDialog title="Invite a team to the environment" options={options} submitLabel="Invite"
                               busy={invite.isPending} error={invite.error} onClose={() => setEditing(null)}
                               onSubmit={(groupUri, permissions) => invite.mutate(
                                 { input: { environmentUri, groupUri, permissions } })} />
      )}
      {editing?.kind === 'update' && (
        <TeamPermissionsDialog title={`Permissions of ${editing.groupUri}`} team={editing.groupUri} options={options}
                               initialPermissions={invitablePermissionsHeld(editing.held,
                                 options.map((option) => option.name))}
                               submitLabel="Save" busy={update.isPending} error={update.error}
                               onClose={() => setEditing(null)}
                               onSubmit={(groupUri, permissions) => update.mutate(
                                 { input: { environmentUri, groupUri, permissions } })} />
      )}
      <ConfirmDialog open={!!removing} title={`Remove ${removing ?? ''}?`} confirmLabel="Remove"
                     text="The team loses its access to the environment and its IAM role is removed from the stack."
                     busy={remove.isPending} error={remove.error} onClose={() => setRemoving(null)}
                     onConfirm={() => removing && remove.mutate({ environmentUri, groupUri: removing })} />
    </TeamsSection>
  );
}
