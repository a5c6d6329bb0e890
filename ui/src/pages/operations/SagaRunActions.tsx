import { useState } from 'react';
import { Button } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CancelSagaRun, RetrySagaRun, SAGA_RUNS_KEY } from './operations';
import { canCancel, canRetry } from './sagaRuns';

type Action = 'retry' | 'cancel';

/** Retry and cancel, for administrators, offered only in the states the API accepts them in. */
export function SagaRunActions({ run }: { run: { runId: string; kind?: string | null; state?: string | null;
  stalled?: boolean | null } }) {
  const [asking, setAsking] = useState<Action | null>(null);
  const done = { invalidates: [SAGA_RUNS_KEY], onSuccess: () => setAsking(null) };
  const retry = useApiMutation(RetrySagaRun, done);
  const cancel = useApiMutation(CancelSagaRun, done);
  const open = (action: Action) => {
    retry.reset();
    cancel.reset();
    setAsking(action);
  };
  return (
    <>
      {canRetry(run) && <Button variant="contained" onClick={() => open('retry')}>Retry</Button>}
      {canCancel(run) && <Button variant="outlined" color="error" onClick={() => open('cancel')}>Cancel run</Button>}
      <ConfirmDialog open={asking === 'retry'} title="Retry this run?"
                     text={`The ${run.kind} work starts again as a new run that names this one.`}
                     confirmLabel="Retry" reasonLabel="Reason (optional)" busy={retry.isPending} error={retry.error}
                     onConfirm={(reason) => retry.mutate({ runId: run.runId, reason: reason || undefined })}
                     onClose={() => setAsking(null)} />
      <ConfirmDialog open={asking === 'cancel'} title="Cancel this run?"
                     text={`The ${run.kind} saga ends here: work it had not done is not done.`}
                     confirmLabel="Cancel run" reasonLabel="Reason (optional)" busy={cancel.isPending}
                     error={cancel.error}
                     onConfirm={(reason) => cancel.mutate({ runId: run.runId, reason: reason || undefined })}
                     onClose={() => setAsking(null)} />
    </>
  );
}
