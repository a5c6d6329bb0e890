import { TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
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
  const submit = () => {
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
    <FormDialog title={creating ? 'Create a folder' : 'Edit the folder'} error={error} formFields={FOLDER_FIELDS}
                submitLabel={creating ? 'Create' : 'Save'} busy={create.isPending || update.isPending}
                onSubmit={submit} onClose={onClose}>
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
    </FormDialog>
  );
}
