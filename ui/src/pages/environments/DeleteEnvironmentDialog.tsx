import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel }
  from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DeleteEnvironment, ENVIRONMENTS_KEY } from './operations';

/** Asks before deleting, and whether to delete the environment's stack from the AWS account too. */
export function DeleteEnvironmentDialog({ environmentUri, label, onClose }: {
  environmentUri: string;
  label: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [deleteFromAWS, setDeleteFromAWS] = useState(true);
  const remove = useApiMutation(DeleteEnvironment, {
    invalidates: [ENVIRONMENTS_KEY, ['organizations']],
    onSuccess: () => navigate('/environments'),
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-environment-title">
      <DialogTitle id="delete-environment-title">Delete {label}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The environment is unlinked from its organization. It cannot be deleted while datasets or shares use it.
        </DialogContentText>
        <FormControlLabel label="Also delete its stack from the AWS account"
                          control={<Checkbox checked={deleteFromAWS}
                                             onChange={(event) => setDeleteFromAWS(event.target.checked)} />} />
        <ErrorAlert error={remove.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" color="error" disabled={remove.isPending}
                onClick={() => remove.mutate({ environmentUri, deleteFromAWS })}>Delete</Button>
      </DialogActions>
    </Dialog>
  );
}
