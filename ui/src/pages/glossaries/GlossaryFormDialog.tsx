import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { useSession } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { nodeFormErrors } from './glossaryTree';
import { CreateGlossary, GLOSSARIES_KEY, UpdateGlossary } from './operations';

const FIELDS = ['label', 'readme', 'admin'];

export interface EditedGlossary {
  nodeUri: string;
  label: string;
  readme: string;
  admin: string;
}

/** Creates a glossary administered by one of the caller's teams, or edits one (its name, description, admin team). */
export function GlossaryFormDialog({ open, glossary, onClose }: { open: boolean; glossary?: EditedGlossary; onClose: () => void }) {
  const session = useSession();
  const navigate = useNavigate();
  const [label, setLabel] = useState(glossary?.label ?? '');
  const [readme, setReadme] = useState(glossary?.readme ?? '');
  const [admin, setAdmin] = useState(glossary?.admin ?? session.groups[0] ?? '');
  const [checked, setChecked] = useState(false);
  const create = useApiMutation(CreateGlossary, {
    invalidates: [GLOSSARIES_KEY],
    onSuccess: (result) => navigate(`/glossaries/${result.createGlossary?.nodeUri}`),
  });
  const update = useApiMutation(UpdateGlossary, { invalidates: [GLOSSARIES_KEY], onSuccess: onClose });
  const saving = glossary ? update : create;
  const errors = checked ? nodeFormErrors({ label }) : {};
  // the admin team may be one the caller is no longer in; it stays a choice so editing does not change it
  const teams = glossary && !session.groups.includes(glossary.admin) ? [glossary.admin, ...session.groups] : session.groups;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nodeFormErrors({ label }).label) {
      return;
    }
    const input = { label: label.trim(), readme, admin };
    if (glossary) {
      update.mutate({ nodeUri: glossary.nodeUri, input });
    } else {
      create.mutate({ input });
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth aria-labelledby="glossary-form-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="glossary-form-title">{glossary ? `Edit ${glossary.label}` : 'Create a glossary'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={saving.error} formFields={FIELDS} />
            <TextField label="Name" value={label} required autoFocus onChange={(event) => setLabel(event.target.value)}
                       error={!!errors.label || !!fieldError(saving.error, 'label')}
                       helperText={errors.label ?? fieldError(saving.error, 'label')} />
            <TextField label="Description" value={readme} multiline minRows={3}
                       onChange={(event) => setReadme(event.target.value)}
                       error={!!fieldError(saving.error, 'readme')} helperText={fieldError(saving.error, 'readme')} />
            <TextField select label="Admin team" value={admin} onChange={(event) => setAdmin(event.target.value)}
                       error={!!fieldError(saving.error, 'admin')}
                       helperText={fieldError(saving.error, 'admin') ?? 'Its members edit the glossary and approve the links to its terms'}>
              {teams.map((team) => <MenuItem key={team} value={team}>{team}</MenuItem>)}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving.isPending}>{glossary ? 'Save' : 'Create'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
