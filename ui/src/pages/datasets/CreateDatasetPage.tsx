import type { FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../api/graphql';
import { useSession } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { DescriptionFields, GovernanceFields, OwnershipFields } from './DatasetFormFields';
import { DATASET_FORM_FIELDS, emptyDatasetForm, toNewDatasetInput, validateDataset, type DatasetFormValues }
  from './datasetForm';
import { errorLookup } from './formErrors';
import { organizationOf } from './organization';
import { useFormValues } from './useFormValues';
import { CreateDataset, DATASETS_KEY } from './operations';

export function CreateDatasetPage() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { values, change, clientErrors, checked } =
    useFormValues<DatasetFormValues>(() => emptyDatasetForm(session.groups[0] ?? ''));
  const create = useMutation({
    mutationFn: async (form: DatasetFormValues) =>
      request(CreateDataset, { input: toNewDatasetInput(form, await organizationOf(form.environmentUri)) }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: DATASETS_KEY });
      navigate(`/datasets/${result.createDataset?.datasetUri}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked(validateDataset)) {
      create.mutate(values);
    }
  };
  const errorOf = errorLookup(clientErrors, create.error);
  return (
    <Page title="Create a dataset" subtitle="A new S3 bucket, Glue database and KMS key, deployed as a stack">
      <Paper component="form" onSubmit={submit} noValidate sx={{ p: 3, maxWidth: 860 }}>
        <Stack spacing={2}>
          <ErrorAlert error={create.error} formFields={DATASET_FORM_FIELDS} />
          <Typography variant="h6" component="h2">Where it lives</Typography>
          <OwnershipFields values={values} onChange={change} errorOf={errorOf} teams={session.groups} />
          <Typography variant="h6" component="h2">Description</Typography>
          <DescriptionFields values={values} onChange={change} errorOf={errorOf} />
          <GovernanceFields values={values} onChange={change} errorOf={errorOf} />
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button component={RouterLink} to="/datasets">Cancel</Button>
            <Button type="submit" variant="contained" disabled={create.isPending}>Create</Button>
          </Stack>
        </Stack>
      </Paper>
    </Page>
  );
}
