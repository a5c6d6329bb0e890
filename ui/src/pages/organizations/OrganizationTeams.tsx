import { useState } from 'react';
import { TableCell } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { TeamPermissionsDialog } from './TeamPermissionsDialog';
import { invitablePermissionsHeld } from './teamInvitation';
import { PermissionChips, TeamsSection, TeamsTable } from './TeamsTable';
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
      {({ listOrganizationGroupPermissions }) => <PermissionChips permissions={listOrganizationGroupPermissions} />}
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
    <TeamsSection titleId="organization-teams-title" onInvite={() => { invite.reset(); setEditing({ kind: 'invite' }); }}>
      <ErrorAlert error={invitable.error} />
      <QueryState query={teams} label="the teams">
        {({ listOrganizationGroups }) => (
          <TeamsTable label="Organization teams" headers={['Team', 'Permissions', 'Invited by']}
                      teams={listOrganizationGroups?.nodes} owningTeam={owningTeam}
                      cells={(team, groupUri) => (
                        <>
                          <TableCell>{groupUri}</TableCell>
                          <TableCell><TeamPermissionChips organizationUri={organizationUri} groupUri={groupUri} /></TableCell>
                          <TableCell>{groupUri === owningTeam ? 'Owner' : team.invitedBy}</TableCell>
                        </>
                      )}
                      onEdit={(_team, groupUri) => setEditing({ kind: 'update', groupUri })}
                      onRemove={(groupUri) => { remove.reset(); setRemoving(groupUri); }} />
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
    </TeamsSection>
  );
}
