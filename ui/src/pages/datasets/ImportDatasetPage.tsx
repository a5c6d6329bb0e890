import type { FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../api/graphql';
import { useSession } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { DescriptionFields, GovernanceFields, OwnershipFields } from './DatasetFormFields';
import { DATASET_FORM_FIELDS, emptyImportForm, toImportDatasetInput, validateImport, type ImportFormValues }
  from './datasetForm';
import { errorLookup } from './formErrors';
import { organizationOf } from './organization';
import { useFormValues } from './useFormValues';
import { DATASETS_KEY, ImportDataset } from './operations';

const IMPORT_FIELDS = [...DATASET_FORM_FIELDS, 'bucketName', 'glueDatabaseName', 'KmsKeyAlias', 'adminRoleName',
  'owner'];

type ExistingResources = Pick<ImportFormValues, 'bucketName' | 'glueDatabaseName' | 'KmsKeyAlias' | 'adminRoleName'>;

function ExistingResourceFields({ values, onChange, errorOf }: {
  values: ExistingResources;
  onChange: (patch: Partial<ExistingResources>) => void;
  errorOf: (field: string) => string | undefined;
}) {
  return (
    <>
      <TextField label="S3 bucket name" value={values.bucketName} required fullWidth
                 onChange={(event) => onChange({ bucketName: event.target.value })}
                 error={!!errorOf('bucketName')}
                 helperText={errorOf('bucketName') ?? 'An existing bucket in the environment\'s account and region'} />
      <TextField label="Glue database name" value={values.glueDatabaseName} fullWidth
                 onChange={(event) => onChange({ glueDatabaseName: event.target.value })}
                 error={!!errorOf('glueDatabaseName')}
                 helperText={errorOf('glueDatabaseName') ?? 'Leave empty to create one'} />
      <TextField label="KMS key alias" value={values.KmsKeyAlias} fullWidth
                 onChange={(event) => onChange({ KmsKeyAlias: event.target.value })}
                 error={!!errorOf('KmsKeyAlias')}
                 helperText={errorOf('KmsKeyAlias') ?? 'Without the alias/ prefix; leave empty for a bucket encrypted with SSE-S3'} />
      <TextField label="Admin IAM role name" value={values.adminRoleName} fullWidth
                 onChange={(event) => onChange({ adminRoleName: event.target.value })}
                 error={!!errorOf('adminRoleName')}
                 helperText={errorOf('adminRoleName') ?? 'Leave empty to create the dataset role'} />
    </>
  );
}

export function ImportDatasetPage() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { values, change, clientErrors, checked } =
    useFormValues<ImportFormValues>(() => emptyImportForm(session.groups[0] ?? ''));
  const importDataset = useMutation({
    mutationFn: async (form: ImportFormValues) => request(ImportDataset, {
      input: toImportDatasetInput(form, await organizationOf(form.environmentUri), session.username),
    }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: DATASETS_KEY });
      navigate(`/datasets/${result.importDataset?.datasetUri}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked(validateImport)) {
      importDataset.mutate(values);
    }
  };
  const errorOf = errorLookup(clientErrors, importDataset.error);
  return (
    <Page title="Import a dataset" subtitle="An existing S3 bucket (and optionally its Glue database and KMS key)">
      <Paper component="form" onSubmit={submit} noValidate sx={{ p: 3, maxWidth: 860 }}>
        <Stack spacing={2}>
          <ErrorAlert error={importDataset.error} formFields={IMPORT_FIELDS} />
          <Typography variant="h6" component="h2">Where it lives</Typography>
          <OwnershipFields values={values} onChange={change} errorOf={errorOf} teams={session.groups} />
          <Typography variant="h6" component="h2">Existing resources</Typography>
          <ExistingResourceFields values={values} onChange={change} errorOf={errorOf} />
          <Typography variant="h6" component="h2">Description</Typography>
          <DescriptionFields values={values} onChange={change} errorOf={errorOf} />
          <GovernanceFields values={values} onChange={change} errorOf={errorOf} />
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button component={RouterLink} to="/datasets">Cancel</Button>
            <Button type="submit" variant="contained" disabled={importDataset.isPending}>Import</Button>
          </Stack>
        </Stack>
      </Paper>
    </Page>
  );
}
