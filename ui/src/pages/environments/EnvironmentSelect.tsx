import { MenuItem, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { problemOf } from '../../api/errors';
import { ApiRequestError } from '../../api/graphql';
import { ENVIRONMENTS_KEY, ListValidEnvironments } from './operations';

/** The environments the signed-in user may work in (listValidEnvironments); the value is an environmentUri. */
export function EnvironmentSelect({ value, onChange, label = 'Environment', error, helperText }: {
  value: string;
  onChange: (environmentUri: string) => void;
  label?: string;
  error?: boolean;
  helperText?: string;
}) {
  const environments = useApiQuery([...ENVIRONMENTS_KEY, 'valid'], ListValidEnvironments,
    { filter: { page: 1, pageSize: 1000 } });
  const options = environments.data?.listValidEnvironments?.nodes?.filter((node) => !!node?.environmentUri) ?? [];
  const loadProblem = environments.error instanceof ApiRequestError
    ? environments.error.errors.map(problemOf).join(' ')
    : environments.error?.message;
  // MUI warns about a value that is not among the options: keep the value empty until the options are loaded.
  const known = options.some((option) => option?.environmentUri === value);
  return (
    <TextField select fullWidth label={label} value={known ? value : ''}
               onChange={(event) => onChange(event.target.value)}
               error={error || environments.isError}
               helperText={loadProblem ?? helperText
                 ?? (environments.isSuccess && options.length === 0 ? 'You have no environment to choose' : undefined)}>
      {options.map((option) => option && (
        <MenuItem key={option.environmentUri} value={option.environmentUri ?? ''}>
          {option.label} ({option.organization?.label ?? 'no organization'} · {option.region})
        </MenuItem>
      ))}
    </TextField>
  );
}
