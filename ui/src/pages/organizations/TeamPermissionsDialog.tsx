import { useState } from 'react';
import { TextField } from '@mui/material';
import { fieldError } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { PermissionChecklist, type DescribedPermissionOption } from './PermissionChecklist';
import { teamInvitationProblems, type TeamInvitationProblems } from './teamInvitation';

const FIELDS = ['groupUri', 'permissions'];

/**
 * Invites a team with chosen permissions, or (given a team) changes the permissions it was invited with.
 * Organizations and environments both use it: their invitations have the same shape.
 */
export function TeamPermissionsDialog({ title, team, initialPermissions = [], options, submitLabel, busy, error,
  onSubmit, onClose }: {
  title: string;
  team?: string;
  initialPermissions?: string[];
  options: DescribedPermissionOption[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (groupUri: string, permissions: string[]) => void;
  onClose: () => void;
}) {
  const [groupUri, setGroupUri] = useState(team ?? '');
  const [permissions, setPermissions] = useState(initialPermissions);
  const [problems, setProblems] = useState<TeamInvitationProblems>({});

  const submit = () => {
    const found = teamInvitationProblems(groupUri, permissions);
    setProblems(found);
    if (Object.keys(found).length === 0) {
      onSubmit(groupUri.trim(), permissions);
    }
  };

  const teamError = problems.groupUri ?? fieldError(error, 'groupUri');
  const permissionsError = problems.permissions ?? fieldError(error, 'permissions');
  return (
    <FormDialog title={title} error={error} formFields={FIELDS} submitLabel={submitLabel} busy={busy}
                onSubmit={submit} onClose={onClose}>
      <TextField label="Team" value={groupUri} required autoFocus={!team} disabled={!!team}
                 onChange={(event) => { setGroupUri(event.target.value); setProblems({ ...problems, groupUri: undefined }); }}
                 error={!!teamError} helperText={teamError ?? 'The name of the team (identity provider group)'} />
      <PermissionChecklist options={options} chosen={permissions} error={permissionsError}
                           onChange={(chosen) => { setPermissions(chosen); setProblems({ ...problems, permissions: undefined }); }} />
    </FormDialog>
  );
}
