import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Paper, Stack } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { useSession } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { EnvironmentFields } from './EnvironmentFields';
import { emptyEnvironmentForm, ENVIRONMENT_FIELDS, environmentFormProblems, newEnvironmentInput,
  type EnvironmentField } from './environmentForm';
import { CreateEnvironment, ENVIRONMENTS_KEY } from './operations';

/** Links an AWS account to an organization; the environment's page then shows its stack deploying. */
export function CreateEnvironmentPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [values, setValues] = useState(() =>
    emptyEnvironmentForm(searchParams.get('organizationUri') ?? '', session.groups[0] ?? ''));
  const [problems, setProblems] = useState<Partial<Record<EnvironmentField, string>>>({});
  const create = useApiMutation(CreateEnvironment, {
    invalidates: [ENVIRONMENTS_KEY, ['organizations']],
    onSuccess: (result) => navigate(`/environments/${result.createEnvironment?.environmentUri}`),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = environmentFormProblems(values, 'create');
    setProblems(found);
    if (Object.keys(found).length === 0) {
      create.mutate({ input: newEnvironmentInput(values) });
    }
  };

  return (
    <Page title="Link an environment" subtitle="An AWS account and region, administered by one of your teams">
      <Paper component="form" onSubmit={submit} noValidate sx={{ p: 3, maxWidth: 720 }}
             aria-label="Link an environment">
        <ErrorAlert error={create.error} formFields={ENVIRONMENT_FIELDS} />
        <EnvironmentFields mode="create" values={values} problems={problems} error={create.error}
                           onChange={(next) => { setValues(next); setProblems({}); }} />
        <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
          <Button type="submit" variant="contained" disabled={create.isPending}>Link environment</Button>
          <Button onClick={() => navigate(-1)}>Cancel</Button>
        </Stack>
      </Paper>
    </Page>
  );
}
