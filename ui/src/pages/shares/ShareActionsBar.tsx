import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { GetShareQuery } from '../../gql/graphql';
import { ConfirmedAction } from './ConfirmedAction';
import { ExpirationDialog } from './ExpirationDialog';
import { ApproveShare, ApproveShareExtension, CancelShareExtension, DeleteShare, RejectShare, SubmitShare }
  from './operations';
import { shareActions } from './shareState';

export type ShareDetail = NonNullable<GetShareQuery['getShareObject']>;

type ShareDialog = 'approve' | 'reject' | 'submit' | 'requestExtension' | 'approveExtension' | 'rejectExtension'
  | 'cancelExtension' | 'changeExpiration' | 'delete';

const LABELS: Record<ShareDialog, string> = {
  approve: 'Approve',
  reject: 'Reject',
  submit: 'Submit',
  requestExtension: 'Request extension',
  approveExtension: 'Approve extension',
  rejectExtension: 'Reject extension',
  cancelExtension: 'Cancel extension',
  changeExpiration: 'Change expiry',
  delete: 'Delete',
};

/** The share-wide actions that apply to the caller and the share's status, each behind its dialog. */
export function ShareActionsBar({ share }: { share: ShareDetail }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<ShareDialog | null>(null);
  const shareUri = share.shareUri ?? '';
  const allowed = shareActions(share);
  const close = () => setOpen(null);
  const dataset = share.dataset?.datasetName ?? 'the dataset';
  const buttons = (Object.keys(LABELS) as ShareDialog[]).filter((action) => allowed[action]);

  return (
    <>
      {buttons.map((action) => (
        <Button key={action} variant={action === 'approve' || action === 'submit' ? 'contained' : 'outlined'}
                color={action === 'reject' || action === 'rejectExtension' || action === 'delete' ? 'error' : 'primary'}
                onClick={() => setOpen(action)}>
          {LABELS[action]}
        </Button>
      ))}
      {open === 'approve' && (
        <ConfirmedAction document={ApproveShare} variables={() => ({ shareUri })} onClose={close}
                         title="Approve the request"
                         text={`The team ${share.group} gets the requested items of ${dataset}; the share processor grants them now.`}
                         confirmLabel="Approve" />
      )}
      {open === 'reject' && (
        <ConfirmedAction document={RejectShare} onClose={close}
                         variables={(reason) => ({ shareUri, rejectPurpose: reason.trim() || undefined })}
                         title="Reject the request" text={`The team ${share.group} gets nothing of ${dataset}.`}
                         confirmLabel="Reject" reasonLabel="Reason for rejecting" />
      )}
      {open === 'submit' && (
        <ConfirmedAction document={SubmitShare} variables={() => ({ shareUri })} onClose={close}
                         title="Submit the request" text={`The approvers of ${dataset} review the pending items.`}
                         confirmLabel="Submit" />
      )}
      {open === 'approveExtension' && (
        <ConfirmedAction document={ApproveShareExtension} variables={() => ({ shareUri })} onClose={close}
                         title="Approve the extension"
                         text={`The share's expiry moves as requested${share.extensionReason ? ` (${share.extensionReason})` : ''}.`}
                         confirmLabel="Approve extension" />
      )}
      {open === 'rejectExtension' && (
        <ConfirmedAction document={RejectShare} onClose={close}
                         variables={(reason) => ({ shareUri, rejectPurpose: reason.trim() || undefined })}
                         title="Reject the extension" text="The share keeps its current expiry."
                         confirmLabel="Reject extension" reasonLabel="Reason for rejecting" />
      )}
      {open === 'cancelExtension' && (
        <ConfirmedAction document={CancelShareExtension} variables={() => ({ shareUri })} onClose={close}
                         title="Cancel the extension request" text="The share keeps its current expiry."
                         confirmLabel="Cancel extension" />
      )}
      {open === 'delete' && (
        <DeleteShareAction shareUri={shareUri} dataset={dataset} onClose={close}
                           onDeleted={() => navigate('/shares?box=outbox')} />
      )}
      {(open === 'requestExtension' || open === 'changeExpiration') && (
        <ExpirationDialog shareUri={shareUri} mode={open === 'requestExtension' ? 'extension' : 'change'}
                          expirySetting={share.dataset?.expirySetting} onClose={close} />
      )}
    </>
  );
}

/** Deleting leaves the page: nothing is read again of a share that is gone, the list is read on arrival. */
function DeleteShareAction({ shareUri, dataset, onClose, onDeleted }:
                           { shareUri: string; dataset: string; onClose: () => void; onDeleted: () => void }) {
  const remove = useApiMutation(DeleteShare, { onSuccess: onDeleted });
  return (
    <ConfirmDialog open title="Delete the request" text={`The request for ${dataset} and its items are deleted.`}
                   confirmLabel="Delete" busy={remove.isPending} error={remove.error}
                   onConfirm={() => remove.mutate({ shareUri })} onClose={onClose} />
  );
}
