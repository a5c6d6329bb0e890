import { useState } from 'react';
import { TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
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

  const submit = () => {
    if (!label.trim()) {
      setLabelMissing(true);
      return;
    }
    update.mutate({ organizationUri: organization.organizationUri,
      input: { label: label.trim(), description, tags: tagsOf(tags) } });
  };

  return (
    <FormDialog title="Edit the organization" error={update.error} formFields={FIELDS} submitLabel="Save"
                busy={update.isPending} onSubmit={submit} onClose={onClose}>
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
    </FormDialog>
  );
}
