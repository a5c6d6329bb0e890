import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel,
  Stack, TextField } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { periodName, validateExpiration } from './expiration';
import { ChangeShareExpiration, RequestShareExtension, SHARES_KEY } from './operations';

const FIELDS = ['expiration', 'extensionReason', 'nonExpirable'];

/**
 * Asks for a new expiry: as an extension request of a granted share (with a reason, reviewed by the approvers), or
 * as a change of the expiry asked for before approval.
 */
export function ExpirationDialog({ shareUri, mode, expirySetting, onClose }: {
  shareUri: string;
  mode: 'extension' | 'change';
  expirySetting: string | null | undefined;
  onClose: () => void;
}) {
  const [expiration, setExpiration] = useState('');
  const [nonExpirable, setNonExpirable] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const extension = useApiMutation(RequestShareExtension, { invalidates: [SHARES_KEY], onSuccess: onClose });
  const change = useApiMutation(ChangeShareExpiration, { invalidates: [SHARES_KEY], onSuccess: onClose });
  const action = mode === 'extension' ? extension : change;
  const periods = periodName(expirySetting);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validateExpiration(expiration, nonExpirable);
    setInvalid(problem);
    if (problem) {
      return;
    }
    const period = nonExpirable ? undefined : Number(expiration);
    if (mode === 'extension') {
      extension.mutate({ shareUri, expiration: period, nonExpirable, extensionReason: reason.trim() || undefined });
    } else {
      change.mutate({ shareUri, expiration: period, nonExpirable });
    }
  };

  const expirationError = invalid ?? fieldError(action.error, 'expiration');
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="expiration-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="expiration-title">{mode === 'extension' ? 'Request an extension' : 'Change the expiry'}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {mode === 'extension'
              ? 'The dataset\'s approvers review the extension; the access stays as it is meanwhile.'
              : 'The expiry the approvers see when they review the request.'}
          </DialogContentText>
          <Stack spacing={2}>
            <ErrorAlert error={action.error} formFields={FIELDS} />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField label={`Expiration (${periods})`} value={expiration} disabled={nonExpirable} required sx={{ flexGrow: 1 }}
                         autoFocus onChange={(event) => { setExpiration(event.target.value); setInvalid(undefined); }}
                         slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                         error={!!expirationError} helperText={expirationError} />
              <FormControlLabel label="Never expires" sx={{ mt: 1 }}
                                control={<Checkbox checked={nonExpirable}
                                                   onChange={(event) => setNonExpirable(event.target.checked)} />} />
            </Stack>
            {mode === 'extension' && (
              <TextField label="Reason for the extension" value={reason} multiline minRows={2}
                         onChange={(event) => setReason(event.target.value)}
                         error={!!fieldError(action.error, 'extensionReason')}
                         helperText={fieldError(action.error, 'extensionReason')} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={action.isPending}>
            {mode === 'extension' ? 'Request extension' : 'Change expiry'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
