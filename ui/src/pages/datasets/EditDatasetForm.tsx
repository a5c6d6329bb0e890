import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Language, Topic } from '../../gql/graphql';
import { DescriptionFields, GovernanceFields } from './DatasetFormFields';
import { toModifyDatasetInput, validateDescription, type EditDatasetValues } from './datasetForm';
import { errorLookup } from './formErrors';
import { DATASETS_KEY, UpdateDataset } from './operations';
import { TermPicker, type TermChoice } from './TermPicker';
import type { DatasetDetail } from './types';
import { useFormValues } from './useFormValues';

const EDIT_FIELDS = ['label', 'description', 'tags', 'topics', 'confidentiality', 'language', 'businessOwnerEmail',
  'stewards', 'expirySetting', 'expiryMinDuration', 'expiryMaxDuration', 'KmsAlias', 'terms'];

type EditFormValues = Omit<EditDatasetValues, 'terms'> & { terms: TermChoice[] };

function valuesOf(dataset: DatasetDetail): EditFormValues {
  return {
    label: dataset.label ?? '',
    description: dataset.description ?? '',
    tags: (dataset.tags ?? []).filter(Boolean).join(', '),
    topics: (dataset.topics ?? []).filter((topic): topic is Topic => !!topic),
    confidentiality: dataset.confidentiality ?? 'Unclassified',
    language: (dataset.language ?? 'English') as Language,
    // getDataset does not answer the business owner's email: an empty field keeps the current one.
    businessOwnerEmail: '',
    stewards: dataset.stewards ?? '',
    autoApprovalEnabled: !!dataset.autoApprovalEnabled,
    enableExpiration: !!dataset.enableExpiration,
    expirySetting: dataset.expirySetting ?? 'Monthly',
    expiryMinDuration: dataset.expiryMinDuration?.toString() ?? '',
    expiryMaxDuration: dataset.expiryMaxDuration?.toString() ?? '',
    KmsAlias: dataset.restricted?.KmsAlias ?? '',
    terms: (dataset.terms?.nodes ?? []).flatMap((term) =>
      term?.nodeUri ? [{ nodeUri: term.nodeUri, label: term.label, glossary: term.glossary?.label }] : []),
  };
}

/** The dataset's description, governance and glossary terms. */
export function EditDatasetForm({ dataset }: { dataset: DatasetDetail }) {
  const { values, change, clientErrors, checked } = useFormValues<EditFormValues>(() => valuesOf(dataset));
  const [saved, setSaved] = useState(false);
  const update = useApiMutation(UpdateDataset, { invalidates: [DATASETS_KEY], onSuccess: () => setSaved(true) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (checked(validateDescription)) {
      update.mutate({ datasetUri: dataset.datasetUri ?? '', input: toModifyDatasetInput({
        ...values, terms: values.terms.map((term) => term.nodeUri) }) });
    }
  };
  const errorOf = errorLookup(clientErrors, update.error);
  return (
    <Paper component="form" onSubmit={submit} noValidate sx={{ p: 3, maxWidth: 860 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">Edit the dataset</Typography>
        <ErrorAlert error={update.error} formFields={EDIT_FIELDS} />
        {saved && <Alert severity="success" role="status">The dataset is saved.</Alert>}
        <DescriptionFields values={values} onChange={change} errorOf={errorOf} />
        <TermPicker value={values.terms} onChange={(terms) => change({ terms })} error={errorOf('terms')} />
        {dataset.imported && (
          <TextField label="KMS key alias" value={values.KmsAlias} fullWidth
                     onChange={(event) => change({ KmsAlias: event.target.value })}
                     error={!!errorOf('KmsAlias')}
                     helperText={errorOf('KmsAlias') ?? 'Without the alias/ prefix; empty for SSE-S3'} />
        )}
        <GovernanceFields values={values} onChange={change} errorOf={errorOf}
                          businessOwnerHint="Leave empty to keep the current one" />
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" disabled={update.isPending}>Save</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
