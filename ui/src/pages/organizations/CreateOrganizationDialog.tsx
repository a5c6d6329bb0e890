import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MenuItem, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { useSession } from '../../auth/AuthProvider';
import { CreateOrganization, ORGANIZATIONS_KEY } from './operations';

const FIELDS = ['label', 'SamlGroupName', 'description', 'tags'];

export function CreateOrganizationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const session = useSession();
  const navigate = useNavigate();
  const [label, setLabel] = useState('');
  const [team, setTeam] = useState(session.groups[0] ?? '');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState('');
  const [labelMissing, setLabelMissing] = useState(false);
  const create = useApiMutation(CreateOrganization, {
    invalidates: [ORGANIZATIONS_KEY],
    onSuccess: (result) => navigate(`/organizations/${result.createOrganization?.organizationUri}`),
  });

  const submit = () => {
    if (!label.trim()) {
      setLabelMissing(true);
      return;
    }
    create.mutate({ input: { label: label.trim(), SamlGroupName: team, description,
      tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean) } });
  };

  return (
    <FormDialog open={open} title="Create an organization" error={create.error} formFields={FIELDS}
                submitLabel="Create" busy={create.isPending} onSubmit={submit} onClose={onClose}>
      <TextField label="Name" value={label} required autoFocus
                 onChange={(event) => { setLabel(event.target.value); setLabelMissing(false); }}
                 error={labelMissing || !!fieldError(create.error, 'label')}
                 helperText={labelMissing ? 'Enter a name' : fieldError(create.error, 'label')} />
      <TextField select label="Owning team" value={team} onChange={(event) => setTeam(event.target.value)}
                 error={!!fieldError(create.error, 'SamlGroupName')}
                 helperText={fieldError(create.error, 'SamlGroupName') ?? 'One of your teams administers it'}>
        {session.groups.map((group) => <MenuItem key={group} value={group}>{group}</MenuItem>)}
      </TextField>
      <TextField label="Description" value={description} multiline minRows={2}
                 onChange={(event) => setDescription(event.target.value)}
                 error={!!fieldError(create.error, 'description')}
                 helperText={fieldError(create.error, 'description')} />
      <TextField label="Tags" value={tags} onChange={(event) => setTags(event.target.value)}
                 error={!!fieldError(create.error, 'tags')}
                 helperText={fieldError(create.error, 'tags') ?? 'Separated by commas'} />
    </FormDialog>
  );
}
