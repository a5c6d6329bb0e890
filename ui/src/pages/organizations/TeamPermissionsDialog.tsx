import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { fieldError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = teamInvitationProblems(groupUri, permissions);
    setProblems(found);
    if (Object.keys(found).length === 0) {
      onSubmit(groupUri.trim(), permissions);
    }
  };

  const teamError = problems.groupUri ?? fieldError(error, 'groupUri');
  const permissionsError = problems.permissions ?? fieldError(error, 'permissions');
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="team-permissions-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="team-permissions-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={error} formFields={FIELDS} />
            <TextField label="Team" value={groupUri} required autoFocus={!team} disabled={!!team}
                       onChange={(event) => { setGroupUri(event.target.value); setProblems({ ...problems, groupUri: undefined }); }}
                       error={!!teamError} helperText={teamError ?? 'The name of the team (identity provider group)'} />
            <PermissionChecklist options={options} chosen={permissions} error={permissionsError}
                                 onChange={(chosen) => { setPermissions(chosen); setProblems({ ...problems, permissions: undefined }); }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>{submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
