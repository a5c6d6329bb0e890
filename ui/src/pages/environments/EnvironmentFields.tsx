import { FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, MenuItem, Stack, Switch, TextField }
  from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/AuthProvider';
import { AWS_REGIONS, FEATURES, type EnvironmentField, type EnvironmentFormValues } from './environmentForm';
import { ListOrganizationsToLink } from './operations';

function OrganizationField({ value, onChange, message }: {
  value: string;
  onChange: (organizationUri: string) => void;
  message?: string;
}) {
  const organizations = useApiQuery(['organizations', 'to-link'], ListOrganizationsToLink,
    { filter: { page: 1, pageSize: 1000 } });
  const options = organizations.data?.listOrganizations?.nodes?.flatMap((node) => (node ? [node] : [])) ?? [];
  // MUI warns about a value that is not among the options: keep it empty until the options are loaded.
  const known = options.some((option) => option.organizationUri === value);
  return (
    <TextField select label="Organization" required value={known ? value : ''}
               onChange={(event) => onChange(event.target.value)}
               error={!!message || organizations.isError}
               helperText={message ?? organizations.error?.message ?? 'The organization the account belongs to'}>
      {options.map((option) => (
        <MenuItem key={option.organizationUri} value={option.organizationUri ?? ''}>{option.label}</MenuItem>
      ))}
    </TextField>
  );
}

/**
 * The fields of an environment: all of them to link one, the ones that may change to edit one. Each shows the
 * form's own check first, then the API's refusal of that field.
 */
export function EnvironmentFields({ mode, values, onChange, problems, error }: {
  mode: 'create' | 'edit';
  values: EnvironmentFormValues;
  onChange: (values: EnvironmentFormValues) => void;
  problems: Partial<Record<EnvironmentField, string>>;
  error: unknown;
}) {
  const session = useSession();
  const message = (field: EnvironmentField) => problems[field] ?? fieldError(error, field);
  const text = (field: EnvironmentField, label: string, extra: { required?: boolean; hint?: string;
    multiline?: boolean; inputMode?: 'numeric' } = {}) => (
    <TextField label={label} value={values[field]} required={extra.required} multiline={extra.multiline}
               minRows={extra.multiline ? 2 : undefined}
               slotProps={extra.inputMode ? { htmlInput: { inputMode: extra.inputMode } } : undefined}
               onChange={(event) => onChange({ ...values, [field]: event.target.value })}
               error={!!message(field)} helperText={message(field) ?? extra.hint} />
  );
  return (
    <Stack spacing={2}>
      {mode === 'create' && (
        <OrganizationField value={values.organizationUri} message={message('organizationUri')}
                           onChange={(organizationUri) => onChange({ ...values, organizationUri })} />
      )}
      {text('label', 'Name', { required: true })}
      {mode === 'create' && (
        <>
          {text('AwsAccountId', 'AWS account id', { required: true, inputMode: 'numeric', hint: '12 digits' })}
          <TextField select label="Region" required value={values.region}
                     onChange={(event) => onChange({ ...values, region: event.target.value })}
                     error={!!message('region')} helperText={message('region')}>
            {AWS_REGIONS.map((region) => <MenuItem key={region} value={region}>{region}</MenuItem>)}
          </TextField>
          <TextField select label="Owning team" required value={values.SamlGroupName}
                     onChange={(event) => onChange({ ...values, SamlGroupName: event.target.value })}
                     error={!!message('SamlGroupName')}
                     helperText={message('SamlGroupName') ?? 'One of your teams administers it'}>
            {session.groups.map((group) => <MenuItem key={group} value={group}>{group}</MenuItem>)}
          </TextField>
        </>
      )}
      {text('description', 'Description', { multiline: true })}
      {text('tags', 'Tags', { hint: 'Separated by commas' })}
      {text('resourcePrefix', 'Resource prefix', { hint: 'Prefix of the AWS resources created for it' })}
      {mode === 'create' && text('EnvironmentDefaultIAMRoleArn', 'Imported team IAM role ARN',
        { hint: 'Optional: a role of the account to use instead of the one created for the owning team' })}
      {text('PermissionsBoundaryPolicyArn', 'Permissions boundary policy ARN',
        { hint: 'Optional: applied to the roles created for the teams' })}
      <FormControl component="fieldset">
        <FormLabel component="legend">Features</FormLabel>
        <FormGroup row>
          {FEATURES.map((feature) => (
            <FormControlLabel key={feature.key} label={feature.label}
                              control={<Switch checked={values.features[feature.key]}
                                               onChange={(event) => onChange({ ...values,
                                                 features: { ...values.features, [feature.key]: event.target.checked } })} />} />
          ))}
        </FormGroup>
        <FormHelperText>Saved as the environment's parameters</FormHelperText>
      </FormControl>
    </Stack>
  );
}
