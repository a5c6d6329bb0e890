import { Alert, AlertTitle, LinearProgress, Stack } from '@mui/material';
import type { ShareDetail } from './ShareActionsBar';
import { failedItems, isProcessing, itemsOf } from './shareState';

/** Where the share processor is: at work, failed on some items (with their messages), or done. */
export function ShareProgress({ share }: { share: ShareDetail }) {
  const failed = failedItems(share);
  const items = itemsOf(share);
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {isProcessing(share) && (
        <Alert severity="info" role="status">
          <AlertTitle>Processing</AlertTitle>
          The share processor is working on the items; their statuses update as it goes.
          <LinearProgress sx={{ mt: 1 }} aria-label="Share processing" />
        </Alert>
      )}
      {failed.length > 0 && (
        <Alert severity="error" role="alert">
          <AlertTitle>{failed.length === 1 ? 'An item failed' : `${failed.length} items failed`}</AlertTitle>
          {failed.map((item) => (
            <div key={item.shareItemUri}>{item.itemName}: {item.status}{item.healthMessage ? ` — ${item.healthMessage}` : ''}</div>
          ))}
        </Alert>
      )}
      {!isProcessing(share) && failed.length === 0 && share.status === 'Processed' && items.length > 0 && (
        <Alert severity="success" role="status">
          {items.every((item) => item.status === 'Revoke_Succeeded')
            ? 'Access to every item is revoked.'
            : 'The share is processed: the granted items are available to the principal.'}
        </Alert>
      )}
    </Stack>
  );
}
