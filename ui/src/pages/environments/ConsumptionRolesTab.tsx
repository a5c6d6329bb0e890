import { useState } from 'react';
import { Box, Button, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { QueryState } from '../../components/QueryState';
import { ConsumptionRoleDialog } from './ConsumptionRoleDialog';
import type { ConsumptionRoleValues } from './consumptionRoleForm';
import { ENVIRONMENTS_KEY, ListEnvironmentConsumptionPrincipals, RemoveConsumptionPrincipal } from './operations';

type Editing = { consumptionPrincipalUri?: string; initial: ConsumptionRoleValues } | null;

/** IAM roles of the account that teams use to consume the data shared with them. */
export function ConsumptionRolesTab({ environmentUri, accountId, owningTeam }: {
  environmentUri: string;
  accountId: string;
  owningTeam: string;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<{ uri: string; name: string } | null>(null);
  const roles = useApiQuery([...ENVIRONMENTS_KEY, environmentUri, 'consumption-roles'],
    ListEnvironmentConsumptionPrincipals, { environmentUri, filter: { page: 1, pageSize: 100 } });
  const remove = useApiMutation(RemoveConsumptionPrincipal,
    { invalidates: [ENVIRONMENTS_KEY], onSuccess: () => setRemoving(null) });

  return (
    <Box component="section" aria-labelledby="consumption-roles-title">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="consumption-roles-title" variant="h6" component="h2">Consumption roles</Typography>
        <Button variant="outlined" onClick={() => setEditing({ initial: { consumptionPrincipalName: '',
          IAMPrincipalArn: '', groupUri: owningTeam, dataallManaged: 'FULLY_MANAGED' } })}>
          Add consumption role
        </Button>
      </Stack>
      <QueryState query={roles} label="the consumption roles">
        {({ listEnvironmentConsumptionPrincipals }) => (
          <Paper sx={{ overflowX: 'auto' }}>
            <ListTable label="Consumption roles"
                       columns={['Name', 'IAM role ARN', 'Team', 'Share policies', 'Added',
                                 { header: 'Actions', align: 'right' }]}
                       size="small"
                       empty={!listEnvironmentConsumptionPrincipals?.nodes?.length && 'No consumption role yet.'}>
              {listEnvironmentConsumptionPrincipals?.nodes?.map((role) => role?.consumptionPrincipalUri && (
                <TableRow key={role.consumptionPrincipalUri}>
                  <TableCell>{role.consumptionPrincipalName}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{role.IAMPrincipalArn}</TableCell>
                  <TableCell>{role.groupUri}</TableCell>
                  <TableCell>{role.dataallManaged}</TableCell>
                  <TableCell><DateTime value={role.created} /></TableCell>
                  <TableCell align="right">
                    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                      <Button size="small" aria-label={`Edit ${role.consumptionPrincipalName}`}
                              onClick={() => setEditing({ consumptionPrincipalUri: role.consumptionPrincipalUri ?? '',
                                initial: { consumptionPrincipalName: role.consumptionPrincipalName ?? '',
                                  IAMPrincipalArn: role.IAMPrincipalArn ?? '', groupUri: role.groupUri ?? '',
                                  dataallManaged: role.dataallManaged } })}>
                        Edit
                      </Button>
                      <Button size="small" color="error" aria-label={`Remove ${role.consumptionPrincipalName}`}
                              onClick={() => { remove.reset(); setRemoving({ uri: role.consumptionPrincipalUri ?? '',
                                name: role.consumptionPrincipalName ?? '' }); }}>
                        Remove
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </ListTable>
          </Paper>
        )}
      </QueryState>
      {editing && (
        <ConsumptionRoleDialog environmentUri={environmentUri} accountId={accountId} initial={editing.initial}
                               consumptionPrincipalUri={editing.consumptionPrincipalUri}
                               onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog open={!!removing} title={`Remove ${removing?.name ?? ''}?`} confirmLabel="Remove"
                     text="The role no longer receives the data shared with its team. It cannot be removed while shares use it."
                     busy={remove.isPending} error={remove.error} onClose={() => setRemoving(null)}
                     onConfirm={() => removing && remove.mutate({ environmentUri, consumptionPrincipalUri: removing.uri })} />
    </Box>
  );
}
