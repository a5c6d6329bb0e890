import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DATASETS_KEY, DeleteDataset } from './operations';

/** Deletes the dataset and its stack after a confirmation; the API refuses while the dataset is shared. */
export function DeleteDatasetButton({ datasetUri, label }: { datasetUri: string; label: string }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = useApiMutation(DeleteDataset, { invalidates: [DATASETS_KEY], onSuccess: () => navigate('/datasets') });
  return (
    <>
      <Button color="error" variant="outlined" onClick={() => { remove.reset(); setConfirming(true); }}>Delete</Button>
      <ConfirmDialog open={confirming} title="Delete the dataset?" confirmLabel="Delete dataset"
                     text={`${label}, its tables, folders and stack are deleted.`}
                     busy={remove.isPending} error={remove.error}
                     onConfirm={() => remove.mutate({ datasetUri, deleteFromAWS: true })}
                     onClose={() => setConfirming(false)} />
    </>
  );
}
