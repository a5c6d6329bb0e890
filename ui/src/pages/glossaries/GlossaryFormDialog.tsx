import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MenuItem, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { useSession } from '../../auth/AuthProvider';
import { FormDialog } from '../../components/FormDialog';
import { NodeNameFields } from './NodeNameFields';
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

  const submit = () => {
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
    <FormDialog open={open} title={glossary ? `Edit ${glossary.label}` : 'Create a glossary'}
                error={saving.error} formFields={FIELDS} submitLabel={glossary ? 'Save' : 'Create'}
                busy={saving.isPending} onSubmit={submit} onClose={onClose}>
      <NodeNameFields label={label} readme={readme} labelProblem={errors.label} error={saving.error}
                      onLabel={setLabel} onReadme={setReadme} />
      <TextField select label="Admin team" value={admin} onChange={(event) => setAdmin(event.target.value)}
                 error={!!fieldError(saving.error, 'admin')}
                 helperText={fieldError(saving.error, 'admin') ?? 'Its members edit the glossary and approve the links to its terms'}>
        {teams.map((team) => <MenuItem key={team} value={team}>{team}</MenuItem>)}
      </TextField>
    </FormDialog>
  );
}
