import { useState } from 'react';
import { Box, Button, Paper, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { ListTable } from '../../components/ListTable';
import { QueryState } from '../../components/QueryState';
import { newNetworkInput, networkProblems, type NetworkField, type NetworkValues } from './networkForm';
import { CreateNetwork, DeleteNetwork, ENVIRONMENTS_KEY, ListEnvironmentNetworks } from './operations';
import { TeamSelect } from './TeamSelect';

const FIELDS: NetworkField[] = ['label', 'vpcId', 'SamlGroupName', 'privateSubnetIds', 'publicSubnetIds',
  'description', 'tags'];

function CreateNetworkDialog({ environmentUri, owningTeam, onClose }: {
  environmentUri: string;
  owningTeam: string;
  onClose: () => void;
}) {
  const [values, setValues] = useState<NetworkValues>({ label: '', vpcId: '', SamlGroupName: owningTeam,
    privateSubnetIds: '', publicSubnetIds: '', description: '', tags: '' });
  const [problems, setProblems] = useState<Partial<Record<NetworkField, string>>>({});
  const create = useApiMutation(CreateNetwork, { invalidates: [ENVIRONMENTS_KEY], onSuccess: onClose });
  const message = (field: NetworkField) => problems[field] ?? fieldError(create.error, field);
  const text = (field: NetworkField, label: string, hint?: string, required = false) => (
    <TextField label={label} value={values[field]} required={required}
               onChange={(event) => { setValues({ ...values, [field]: event.target.value }); setProblems({}); }}
               error={!!message(field)} helperText={message(field) ?? hint} />
  );

  const submit = () => {
    const found = networkProblems(values);
    setProblems(found);
    if (Object.keys(found).length === 0) {
      create.mutate({ input: newNetworkInput(environmentUri, values) });
    }
  };

  return (
    <FormDialog title="Add a network" error={create.error} formFields={FIELDS} submitLabel="Add"
                busy={create.isPending} onSubmit={submit} onClose={onClose}>
      {text('label', 'Name', undefined, true)}
      {text('vpcId', 'VPC id', 'vpc-…', true)}
      <TeamSelect environmentUri={environmentUri} label="Team" value={values.SamlGroupName}
                  message={message('SamlGroupName')}
                  onChange={(SamlGroupName) => { setValues({ ...values, SamlGroupName }); setProblems({}); }} />
      {text('privateSubnetIds', 'Private subnet ids', 'Separated by commas')}
      {text('publicSubnetIds', 'Public subnet ids', 'Separated by commas')}
      {text('description', 'Description')}
      {text('tags', 'Tags', 'Separated by commas')}
    </FormDialog>
  );
}

/** The VPCs of the account registered for the environment's teams. */
export function NetworksTab({ environmentUri, owningTeam }: { environmentUri: string; owningTeam: string }) {
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ uri: string; label: string } | null>(null);
  const networks = useApiQuery([...ENVIRONMENTS_KEY, environmentUri, 'networks'], ListEnvironmentNetworks,
    { environmentUri, filter: { page: 1, pageSize: 100 } });
  const remove = useApiMutation(DeleteNetwork, { invalidates: [ENVIRONMENTS_KEY], onSuccess: () => setDeleting(null) });

  return (
    <Box component="section" aria-labelledby="networks-title">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="networks-title" variant="h6" component="h2">Networks</Typography>
        <Button variant="outlined" onClick={() => setCreating(true)}>Add network</Button>
      </Stack>
      <QueryState query={networks} label="the networks">
        {({ listEnvironmentNetworks }) => (
          <Paper sx={{ overflowX: 'auto' }}>
            <ListTable label="Networks"
                       columns={['Name', 'VPC id', 'Team', 'Private subnets', 'Public subnets', 'Description',
                                 { header: 'Actions', align: 'right' }]}
                       size="small" empty={!listEnvironmentNetworks?.nodes?.length && 'No network yet.'}>
              {listEnvironmentNetworks?.nodes?.map((network) => network && (
                <TableRow key={network.vpcUri}>
                  <TableCell>{network.label}</TableCell>
                  <TableCell>{network.VpcId}</TableCell>
                  <TableCell>{network.SamlGroupName}</TableCell>
                  <TableCell>{network.privateSubnetIds?.join(', ')}</TableCell>
                  <TableCell>{network.publicSubnetIds?.join(', ')}</TableCell>
                  <TableCell>{network.description}</TableCell>
                  <TableCell align="right">
                    <Button size="small" color="error" aria-label={`Delete ${network.label}`}
                            onClick={() => { remove.reset(); setDeleting({ uri: network.vpcUri, label: network.label ?? '' }); }}>
                      Delete
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </ListTable>
          </Paper>
        )}
      </QueryState>
      {creating && <CreateNetworkDialog environmentUri={environmentUri} owningTeam={owningTeam}
                                        onClose={() => setCreating(false)} />}
      <ConfirmDialog open={!!deleting} title={`Delete ${deleting?.label ?? ''}?`} confirmLabel="Delete"
                     text="The network is no longer offered to the environment's teams. The VPC itself stays in the account."
                     busy={remove.isPending} error={remove.error} onClose={() => setDeleting(null)}
                     onConfirm={() => deleting && remove.mutate({ vpcUri: deleting.uri })} />
    </Box>
  );
}
