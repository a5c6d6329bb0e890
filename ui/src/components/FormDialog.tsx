import { useId, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, type DialogProps } from '@mui/material';
import { ErrorAlert } from './ErrorAlert';

/**
 * A form in a dialog: its title, the API's errors that none of its fields shows, its fields, Cancel and the submit
 * button (disabled while the call is under way). Submitting (the button or Enter) calls onSubmit, which validates.
 */
export function FormDialog({ open = true, title, maxWidth, error, formFields, submitLabel, busy, onSubmit, onClose,
  children }: {
  open?: boolean;
  title: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  error: unknown;
  /** The input fields whose API errors the fields show themselves, so the alert above leaves them out. */
  formFields: string[];
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ErrorAlert error={error} formFields={formFields} />
            {children}
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
