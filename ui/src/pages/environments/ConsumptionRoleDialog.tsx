import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { consumptionRoleProblems, POLICY_MANAGEMENT_OPTIONS, type ConsumptionRoleField, type ConsumptionRoleValues,
  type PolicyManagement } from './consumptionRoleForm';
import { AddConsumptionPrincipal, ENVIRONMENTS_KEY, UpdateConsumptionPrincipal } from './operations';
import { TeamSelect } from './TeamSelect';

const FIELDS: ConsumptionRoleField[] = ['consumptionPrincipalName', 'IAMPrincipalArn', 'groupUri', 'dataallManaged'];

/** Adds an IAM role of the account that a team uses to consume shared data, or edits one (given its uri). */
export function ConsumptionRoleDialog({ environmentUri, accountId, consumptionPrincipalUri, initial, onClose }: {
  environmentUri: string;
  accountId: string;
  consumptionPrincipalUri?: string;
  initial: ConsumptionRoleValues;
  onClose: () => void;
}) {
  const mode = consumptionPrincipalUri ? 'edit' : 'add';
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<ConsumptionRoleField, string>>>({});
  const add = useApiMutation(AddConsumptionPrincipal, { invalidates: [ENVIRONMENTS_KEY], onSuccess: onClose });
  const update = useApiMutation(UpdateConsumptionPrincipal, { invalidates: [ENVIRONMENTS_KEY], onSuccess: onClose });
  const saving = mode === 'add' ? add : update;
  const message = (field: ConsumptionRoleField) => problems[field] ?? fieldError(saving.error, field);
  const change = (next: Partial<ConsumptionRoleValues>) => { setValues({ ...values, ...next }); setProblems({}); };

  const submit = () => {
    const found = consumptionRoleProblems(values, accountId, mode);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    const name = values.consumptionPrincipalName.trim();
    if (consumptionPrincipalUri) {
      update.mutate({ environmentUri, consumptionPrincipalUri, input: { consumptionPrincipalName: name,
        groupUri: values.groupUri, dataallManaged: values.dataallManaged } });
    } else {
      add.mutate({ input: { environmentUri, consumptionPrincipalName: name, groupUri: values.groupUri,
        IAMPrincipalArn: values.IAMPrincipalArn.trim(), dataallManaged: values.dataallManaged } });
    }
  };

  return (
    <FormDialog title={mode === 'add' ? 'Add a consumption role' : 'Edit the consumption role'} error={saving.error}
                formFields={FIELDS} submitLabel={mode === 'add' ? 'Add' : 'Save'} busy={saving.isPending}
                onSubmit={submit} onClose={onClose}>
      <TextField label="Name" required autoFocus value={values.consumptionPrincipalName}
                 onChange={(event) => change({ consumptionPrincipalName: event.target.value })}
                 error={!!message('consumptionPrincipalName')} helperText={message('consumptionPrincipalName')} />
      <TextField label="IAM role ARN" required disabled={mode === 'edit'} value={values.IAMPrincipalArn}
                 onChange={(event) => change({ IAMPrincipalArn: event.target.value })}
                 error={!!message('IAMPrincipalArn')}
                 helperText={message('IAMPrincipalArn') ?? `A role of the account ${accountId}`} />
      <TeamSelect environmentUri={environmentUri} label="Team" value={values.groupUri}
                  message={message('groupUri')} onChange={(groupUri) => change({ groupUri })} />
      <TextField select label="Share policies" value={values.dataallManaged}
                 onChange={(event) => change({ dataallManaged: event.target.value as PolicyManagement })}
                 error={!!message('dataallManaged')} helperText={message('dataallManaged')}>
        {POLICY_MANAGEMENT_OPTIONS.map((option) => (
          <MenuItem key={option.value} value={option.value}>{option.label}</MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
