import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EnvironmentFields } from './EnvironmentFields';
import { ENVIRONMENT_FIELDS, environmentFormProblems, modifyEnvironmentInput, type EnvironmentField,
  type EnvironmentFormValues } from './environmentForm';
import { ENVIRONMENTS_KEY, UpdateEnvironment } from './operations';

export function EditEnvironmentDialog({ environmentUri, initial, onClose }: {
  environmentUri: string;
  initial: EnvironmentFormValues;
  onClose: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<EnvironmentField, string>>>({});
  const update = useApiMutation(UpdateEnvironment, { invalidates: [ENVIRONMENTS_KEY], onSuccess: onClose });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = environmentFormProblems(values, 'edit');
    setProblems(found);
    if (Object.keys(found).length === 0) {
      update.mutate({ environmentUri, input: modifyEnvironmentInput(values) });
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="edit-environment-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-environment-title">Edit the environment</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={update.error} formFields={ENVIRONMENT_FIELDS} />
            <EnvironmentFields mode="edit" values={values} problems={problems} error={update.error}
                               onChange={(next) => { setValues(next); setProblems({}); }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={update.isPending}>Save</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
