import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CATALOG_KEY } from '../catalog/operations';
import { SHARES_KEY } from './operations';

/** One share action behind a confirmation (and a reason where the API takes one); the share is read again after it. */
export function ConfirmedAction<TResult, TVariables>({ document, variables, title, text, confirmLabel, reasonLabel,
  onClose, onDone }: {
  document: TypedDocumentNode<TResult, TVariables>;
  variables: (reason: string) => TVariables;
  title: string;
  text: string;
  confirmLabel: string;
  reasonLabel?: string;
  onClose: () => void;
  /** after the API accepted it; closing by default */
  onDone?: () => void;
}) {
  // access in the catalog follows the shares, so its hits are read again too
  const action = useApiMutation(document, { invalidates: [SHARES_KEY, CATALOG_KEY], onSuccess: onDone ?? onClose });
  return (
    <ConfirmDialog open title={title} text={text} confirmLabel={confirmLabel} reasonLabel={reasonLabel}
                   busy={action.isPending} error={action.error}
                   onConfirm={(reason) => action.mutate(variables(reason))} onClose={onClose} />
  );
}
