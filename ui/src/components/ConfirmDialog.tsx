import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { ErrorAlert } from './ErrorAlert';

/** Asks before an action, optionally for a reason, and shows the API's refusal in place. */
export function ConfirmDialog({ open, title, text, confirmLabel, reasonLabel, busy, error, onConfirm, onClose }: {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  reasonLabel?: string;
  busy?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="confirm-title">
      <DialogTitle id="confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {reasonLabel && (
          <TextField label={reasonLabel} value={reason} onChange={(event) => setReason(event.target.value)}
                     fullWidth multiline minRows={2} sx={{ mt: 2 }} />
        )}
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy} onClick={() => onConfirm(reason)}>{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
