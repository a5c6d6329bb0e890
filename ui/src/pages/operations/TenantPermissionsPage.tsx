import { useState } from 'react';
import { Button, Checkbox, Divider, FormControl, FormControlLabel, FormGroup, FormLabel, Paper, Stack, TextField,
  Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { TenantGroupsQuery, TenantPermissionNamesQuery } from '../../gql/graphql';
import { AdministratorsOnly } from './AdministratorsOnly';
import { TENANT_GROUPS_KEY, TENANT_PERMISSIONS_KEY, TenantGroups, TenantPermissionNames,
  UpdateGroupTenantPermissions } from './operations';
import { samePermissions, withPermission } from './tenantPermissions';

type Team = NonNullable<NonNullable<NonNullable<TenantGroupsQuery['listTenantGroups']>['nodes']>[number]>;
type Permission = NonNullable<NonNullable<TenantPermissionNamesQuery['listTenantPermissions']>[number]>;

const PAGE_SIZE = 10;

export function TenantPermissionsPage() {
  const { isAdmin } = useAuth();
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  // asked of non-administrators too, so they see the API's own refusal under the notice
  const teams = useApiQuery(TENANT_GROUPS_KEY, TenantGroups, { filter: { term, page, pageSize: PAGE_SIZE } });
  const permissions = useApiQuery(TENANT_PERMISSIONS_KEY, TenantPermissionNames, {}, { enabled: isAdmin });
  return (
    <Page title="Tenant permissions"
          subtitle="What each team may manage across the platform; administrators hold every permission">
      {isAdmin ? (
        <>
          <TextField label="Search teams" size="small" value={term} sx={{ mb: 2 }}
                     onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
          <QueryState query={permissions} label="the tenant permissions">
            {({ listTenantPermissions }) => (
              <QueryState query={teams} label="the teams">
                {({ listTenantGroups }) => (
                  <Paper>
                    <TeamPermissionsList
                      permissions={listTenantPermissions?.filter((permission): permission is Permission => !!permission)
                        ?? []}
                      teams={listTenantGroups?.nodes?.filter((team): team is Team => !!team) ?? []} />
                    <Pager count={listTenantGroups?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
                  </Paper>
                )}
              </QueryState>
            )}
          </QueryState>
        </>
      ) : (
        <AdministratorsOnly apiRefusal={teams.error} />
      )}
    </Page>
  );
}

function TeamPermissionsList({ permissions, teams }: { permissions: Permission[]; teams: Team[] }) {
  if (teams.length === 0) {
    return <Typography sx={{ p: 2 }}>No team matches.</Typography>;
  }
  return (
    <Stack divider={<Divider />}>
      {teams.map((team) => (
        <TeamPermissions key={team.groupUri} team={team} permissions={permissions}
                         granted={team.tenantPermissions?.flatMap((permission) => permission?.name ?? []) ?? []} />
      ))}
    </Stack>
  );
}

/** One team's permissions as checkboxes, saved together; the API's refusal shows under them. */
function TeamPermissions({ team, granted, permissions }: { team: Team; granted: string[]; permissions: Permission[] }) {
  // null until edited: the team then shows what the API holds, also once saved and read again
  const [edited, setEdited] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useApiMutation(UpdateGroupTenantPermissions, {
    invalidates: [TENANT_GROUPS_KEY],
    onSuccess: () => { setEdited(null); setSaved(true); },
  });
  const draft = edited ?? granted;
  const order = permissions.map((permission) => permission.name);
  const teamName = team.groupUri ?? team.label ?? '';
  const changed = !samePermissions(draft, granted);
  return (
    <FormControl component="fieldset" sx={{ p: 2 }}>
      <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>{teamName}</FormLabel>
      <FormGroup row>
        {permissions.map((permission) => (
          <FormControlLabel key={permission.name} sx={{ width: 240, alignItems: 'flex-start', my: 0.5 }}
                            control={(
                              <Checkbox checked={draft.includes(permission.name)} sx={{ py: 0.5 }}
                                        onChange={(event) => {
                                          setEdited(withPermission(draft, permission.name, event.target.checked,
                                            order));
                                          setSaved(false);
                                        }} />
                            )}
                            label={(
                              <>
                                {permission.description}
                                <Typography variant="caption" component="div" color="text.secondary">
                                  {permission.name}
                                </Typography>
                              </>
                            )} />
        ))}
      </FormGroup>
      <ErrorAlert error={save.error} />
      <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'center' }}>
        <Button size="small" variant="contained" disabled={!changed || save.isPending}
                aria-label={`Save the permissions of ${teamName}`}
                onClick={() => save.mutate({ input: { groupUri: teamName, permissions: draft } })}>
          Save
        </Button>
        {changed && (
          <Button size="small" onClick={() => { setEdited(null); save.reset(); }}>Undo changes</Button>
        )}
        <Typography variant="body2" role="status" color="success.main">
          {saved && edited === null ? 'Saved' : ''}
        </Typography>
      </Stack>
    </FormControl>
  );
}
