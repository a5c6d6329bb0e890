import type { FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { splitList } from './datasetForm';
import { validateFolder, type FolderValues } from './folderForm';
import { errorLookup } from './formErrors';
import { CreateDatasetFolder, datasetKey, UpdateDatasetFolder } from './operations';
import { useFormValues } from './useFormValues';

const FOLDER_FIELDS = ['label', 'prefix', 'description', 'tags'];

/** Creates a folder (locationUri absent) or edits one; its prefix is fixed once created. */
export function FolderDialog({ datasetUri, locationUri, initial, onClose }: {
  datasetUri: string;
  locationUri?: string;
  initial: FolderValues;
  onClose: () => void;
}) {
  const creating = !locationUri;
  const { values, change, clientErrors, checked } = useFormValues<FolderValues>(() => initial);
  const options = { invalidates: [datasetKey(datasetUri)], onSuccess: onClose };
  const create = useApiMutation(CreateDatasetFolder, options);
  const update = useApiMutation(UpdateDatasetFolder, options);
  const error = creating ? create.error : update.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked((form) => validateFolder(form, creating))) {
      return;
    }
    const fields = { label: values.label.trim(), description: values.description.trim(), tags: splitList(values.tags) };
    if (creating) {
      create.mutate({ datasetUri, input: { ...fields, prefix: values.prefix.trim() } });
    } else {
      update.mutate({ locationUri, input: { ...fields, locationUri } });
    }
  };
  const errorOf = errorLookup(clientErrors, error);
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="folder-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="folder-dialog-title">{creating ? 'Create a folder' : 'Edit the folder'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={error} formFields={FOLDER_FIELDS} />
            <TextField label="Name" value={values.label} required autoFocus
                       onChange={(event) => change({ label: event.target.value })}
                       error={!!errorOf('label')} helperText={errorOf('label')} />
            <TextField label="S3 prefix" value={values.prefix} required={creating} disabled={!creating}
                       onChange={(event) => change({ prefix: event.target.value })}
                       error={!!errorOf('prefix')}
                       helperText={errorOf('prefix') ?? 'The folder in the dataset\'s bucket'} />
            <TextField label="Description" value={values.description} multiline minRows={2}
                       onChange={(event) => change({ description: event.target.value })}
                       error={!!errorOf('description')} helperText={errorOf('description')} />
            <TextField label="Tags" value={values.tags} onChange={(event) => change({ tags: event.target.value })}
                       error={!!errorOf('tags')} helperText={errorOf('tags') ?? 'Separated by commas'} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={create.isPending || update.isPending}>
            {creating ? 'Create' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
