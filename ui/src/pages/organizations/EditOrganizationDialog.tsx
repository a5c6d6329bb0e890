import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ORGANIZATIONS_KEY, UpdateOrganization } from './operations';
import { tagsOf } from './teamInvitation';

const FIELDS = ['label', 'description', 'tags'];

export function EditOrganizationDialog({ organization, onClose }: {
  organization: { organizationUri: string; label: string; description: string; tags: string[] };
  onClose: () => void;
}) {
  const [label, setLabel] = useState(organization.label);
  const [description, setDescription] = useState(organization.description);
  const [tags, setTags] = useState(organization.tags.join(', '));
  const [labelMissing, setLabelMissing] = useState(false);
  const update = useApiMutation(UpdateOrganization, { invalidates: [ORGANIZATIONS_KEY], onSuccess: onClose });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) {
      setLabelMissing(true);
      return;
    }
    update.mutate({ organizationUri: organization.organizationUri,
      input: { label: label.trim(), description, tags: tagsOf(tags) } });
  };

  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="edit-organization-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-organization-title">Edit the organization</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={update.error} formFields={FIELDS} />
            <TextField label="Name" value={label} required autoFocus
                       onChange={(event) => { setLabel(event.target.value); setLabelMissing(false); }}
                       error={labelMissing || !!fieldError(update.error, 'label')}
                       helperText={labelMissing ? 'Enter a name' : fieldError(update.error, 'label')} />
            <TextField label="Description" value={description} multiline minRows={2}
                       onChange={(event) => setDescription(event.target.value)}
                       error={!!fieldError(update.error, 'description')}
                       helperText={fieldError(update.error, 'description')} />
            <TextField label="Tags" value={tags} onChange={(event) => setTags(event.target.value)}
                       error={!!fieldError(update.error, 'tags')}
                       helperText={fieldError(update.error, 'tags') ?? 'Separated by commas'} />
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
