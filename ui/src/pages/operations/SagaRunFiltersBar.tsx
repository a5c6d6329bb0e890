import { MenuItem, Stack, TextField } from '@mui/material';
import { SAGA_RUN_KINDS, SAGA_RUN_STATES, type SagaRunFilterValues, type StalledChoice } from './sagaRuns';

/** The dashboard's filters; every change is reported at once (the list reads them from the address bar). */
export function SagaRunFiltersBar({ values, onChange }:
                                  { values: SagaRunFilterValues; onChange: (values: SagaRunFilterValues) => void }) {
  const set = <K extends keyof SagaRunFilterValues>(name: K, value: SagaRunFilterValues[K]) =>
    onChange({ ...values, [name]: value });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }} role="search"
           aria-label="Saga run filters">
      <TextField select size="small" label="Kind" value={values.kind} sx={{ minWidth: 220 }}
                 onChange={(event) => set('kind', event.target.value)}>
        <MenuItem value="">Any kind</MenuItem>
        {SAGA_RUN_KINDS.map((kind) => <MenuItem key={kind} value={kind}>{kind}</MenuItem>)}
      </TextField>
      <TextField select size="small" label="State" value={values.state} sx={{ minWidth: 150 }}
                 onChange={(event) => set('state', event.target.value)}>
        <MenuItem value="">Any state</MenuItem>
        {SAGA_RUN_STATES.map((state) => <MenuItem key={state} value={state}>{state}</MenuItem>)}
      </TextField>
      <TextField size="small" label="Target URI" value={values.targetUri} sx={{ minWidth: 220 }}
                 onChange={(event) => set('targetUri', event.target.value)} />
      <TextField select size="small" label="Stalled" value={values.stalled} sx={{ minWidth: 150 }}
                 onChange={(event) => set('stalled', event.target.value as StalledChoice)}>
        <MenuItem value="">Stalled or not</MenuItem>
        <MenuItem value="yes">Stalled only</MenuItem>
        <MenuItem value="no">Not stalled</MenuItem>
      </TextField>
      <TextField size="small" type="datetime-local" label="Started from" value={values.from}
                 slotProps={{ inputLabel: { shrink: true } }} onChange={(event) => set('from', event.target.value)} />
      <TextField size="small" type="datetime-local" label="Started until" value={values.to}
                 slotProps={{ inputLabel: { shrink: true } }} onChange={(event) => set('to', event.target.value)} />
    </Stack>
  );
}
