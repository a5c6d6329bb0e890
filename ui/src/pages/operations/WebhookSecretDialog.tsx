import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField }
  from '@mui/material';

/** The signing secret, the one time the API answers it: copy it now, it is not shown again. */
export function WebhookSecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const copySecret = () => {
    navigator.clipboard.writeText(secret).then(() => setCopy('copied'), () => setCopy('failed'));
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="webhook-secret-title">
      <DialogTitle id="webhook-secret-title">The signing secret</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy this secret now: it will not be shown again. Receivers use it to check the X-Grantline-Signature
          header (HMAC-SHA256 of the body).
        </Alert>
        <TextField label="Signing secret" value={secret} fullWidth
                   slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
                   onFocus={(event) => event.target.select()} />
        <DialogContentText role="status" sx={{ mt: 1 }}>
          {copy === 'copied' && 'Copied to the clipboard.'}
          {copy === 'failed' && 'The browser refused the clipboard: select the secret and copy it.'}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={copySecret}>Copy secret</Button>
        <Button variant="contained" onClick={onClose}>I have stored it</Button>
      </DialogActions>
    </Dialog>
  );
}
