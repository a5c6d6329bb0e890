import { useState } from 'react';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { EnvironmentFields } from './EnvironmentFields';
import { ENVIRONMENT_FIELDS, environmentFormProblems, modifyEnvironmentInput, type EnvironmentField,
  type EnvironmentFormValues } from './environmentForm';
import { ENVIRONMENTS_KEY, UpdateEnvironment } from './operations';

export function EditEnvironmentDialog({ environmentUri, initial, onClose }: {
  environmentUri: string;
  initial: EnvironmentFormValues;
  onClose: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<EnvironmentField, string>>>({});
  const update = useApiMutation(UpdateEnvironment, { invalidates: [ENVIRONMENTS_KEY], onSuccess: onClose });

  const submit = () => {
    const found = environmentFormProblems(values, 'edit');
    setProblems(found);
    if (Object.keys(found).length === 0) {
      update.mutate({ environmentUri, input: modifyEnvironmentInput(values) });
    }
  };

  return (
    <FormDialog title="Edit the environment" maxWidth="md" error={update.error} formFields={ENVIRONMENT_FIELDS}
                submitLabel="Save" busy={update.isPending} onSubmit={submit} onClose={onClose}>
      <EnvironmentFields mode="edit" values={values} problems={problems} error={update.error}
                         onChange={(next) => { setValues(next); setProblems({}); }} />
    </FormDialog>
  );
}
