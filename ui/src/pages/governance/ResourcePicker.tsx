import { useState, type FormEvent } from 'react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { GOVERNANCE_KEY, ListDatasetsForGovernance } from './operations';

/** Picks the resource whose history is shown: a pasted resource URI, or one of the caller's datasets. */
export function ResourcePicker({ resourceUri, onPick }: { resourceUri: string; onPick: (resourceUri: string) => void }) {
  const [typed, setTyped] = useState(resourceUri);
  const [missing, setMissing] = useState(false);
  const datasets = useApiQuery([...GOVERNANCE_KEY, 'datasets'], ListDatasetsForGovernance,
    { filter: { page: 1, pageSize: 100 } });
  const choices = datasets.data?.listDatasets?.nodes?.filter((dataset) => !!dataset?.datasetUri) ?? [];
  const chosenDataset = choices.some((dataset) => dataset?.datasetUri === resourceUri) ? resourceUri : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!typed.trim()) {
      setMissing(true);
      return;
    }
    onPick(typed.trim());
  };

  return (
    <Stack component="form" onSubmit={submit} noValidate direction={{ xs: 'column', md: 'row' }} spacing={2}
           sx={{ mb: 2, alignItems: { md: 'flex-start' } }}>
      <TextField label="Resource URI" value={typed} size="small" sx={{ minWidth: 260 }}
                 onChange={(event) => { setTyped(event.target.value); setMissing(false); }}
                 error={missing}
                 helperText={missing ? 'Enter the URI of an organization, environment, dataset, table, folder or share'
                   : 'An organization, environment, dataset, table, folder or share'} />
      <Button type="submit" variant="contained">Show</Button>
      <TextField select label="Or one of your datasets" value={chosenDataset} size="small" sx={{ minWidth: 260 }}
                 disabled={!choices.length}
                 helperText={datasets.isError ? 'Your datasets could not be listed' : choices.length ? ' ' : 'You have no dataset'}
                 error={datasets.isError}
                 onChange={(event) => { setTyped(event.target.value); onPick(event.target.value); }}>
        {choices.map((dataset) => dataset && (
          <MenuItem key={dataset.datasetUri} value={dataset.datasetUri ?? ''}>
            {dataset.label} ({dataset.SamlAdminGroupName})
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
