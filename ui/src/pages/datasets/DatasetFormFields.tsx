import { Checkbox, FormControlLabel, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { EnvironmentSelect } from '../environments/EnvironmentSelect';
import type { Language, Topic } from '../../gql/graphql';
import { CONFIDENTIALITIES, EXPIRY_SETTINGS, LANGUAGES, TOPICS, type DescriptionFieldValues, type GovernanceFieldValues }
  from './datasetForm';

interface FieldsProps<T> {
  values: T;
  onChange: (patch: Partial<T>) => void;
  /** The message to show under a field: the form's own check first, else the API's refusal. */
  errorOf: (field: string) => string | undefined;
}

export function DescriptionFields({ values, onChange, errorOf }: FieldsProps<DescriptionFieldValues>) {
  return (
    <>
      <TextField label="Name" value={values.label} required fullWidth
                 onChange={(event) => onChange({ label: event.target.value })}
                 error={!!errorOf('label')} helperText={errorOf('label')} />
      <TextField label="Description" value={values.description} multiline minRows={2} fullWidth
                 onChange={(event) => onChange({ description: event.target.value })}
                 error={!!errorOf('description')} helperText={errorOf('description')} />
      <TextField label="Tags" value={values.tags} fullWidth onChange={(event) => onChange({ tags: event.target.value })}
                 error={!!errorOf('tags')} helperText={errorOf('tags') ?? 'Separated by commas'} />
      <TextField select label="Topics" value={values.topics} fullWidth
                 slotProps={{ select: { multiple: true } }}
                 onChange={(event) => onChange({ topics: event.target.value as unknown as Topic[] })}
                 error={!!errorOf('topics')} helperText={errorOf('topics')}>
        {TOPICS.map((topic) => <MenuItem key={topic} value={topic}>{topic}</MenuItem>)}
      </TextField>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField select label="Classification" value={values.confidentiality} fullWidth
                     onChange={(event) => onChange({ confidentiality: event.target.value })}
                     error={!!errorOf('confidentiality')}
                     helperText={errorOf('confidentiality') ?? 'How confidential the data is'}>
            {CONFIDENTIALITIES.map((level) => <MenuItem key={level} value={level}>{level}</MenuItem>)}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField select label="Language" value={values.language} fullWidth
                     onChange={(event) => onChange({ language: event.target.value as Language })}
                     error={!!errorOf('language')} helperText={errorOf('language')}>
            {LANGUAGES.map((language) => <MenuItem key={language} value={language}>{language}</MenuItem>)}
          </TextField>
        </Grid>
      </Grid>
    </>
  );
}

function ExpirationFields({ values, onChange, errorOf }: FieldsProps<GovernanceFieldValues>) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField select label="Expiration period" value={values.expirySetting} fullWidth
                   onChange={(event) => onChange({ expirySetting: event.target.value })}
                   error={!!errorOf('expirySetting')} helperText={errorOf('expirySetting')}>
          {EXPIRY_SETTINGS.map((setting) => <MenuItem key={setting} value={setting}>{setting}</MenuItem>)}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField label="Minimum periods" value={values.expiryMinDuration} fullWidth required
                   slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                   onChange={(event) => onChange({ expiryMinDuration: event.target.value })}
                   error={!!errorOf('expiryMinDuration')} helperText={errorOf('expiryMinDuration')} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField label="Maximum periods" value={values.expiryMaxDuration} fullWidth required
                   slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                   onChange={(event) => onChange({ expiryMaxDuration: event.target.value })}
                   error={!!errorOf('expiryMaxDuration')} helperText={errorOf('expiryMaxDuration')} />
      </Grid>
    </Grid>
  );
}

/** Who answers for the dataset and how its share requests are handled. */
export function GovernanceFields({ values, onChange, errorOf, businessOwnerHint }:
                                 FieldsProps<GovernanceFieldValues> & { businessOwnerHint?: string }) {
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">Governance</Typography>
      <TextField label="Business owner email" value={values.businessOwnerEmail} fullWidth type="email"
                 onChange={(event) => onChange({ businessOwnerEmail: event.target.value })}
                 error={!!errorOf('businessOwnerEmail')}
                 helperText={errorOf('businessOwnerEmail') ?? businessOwnerHint} />
      <TextField label="Stewards (team)" value={values.stewards} fullWidth
                 onChange={(event) => onChange({ stewards: event.target.value })}
                 error={!!errorOf('stewards')}
                 helperText={errorOf('stewards') ?? 'The team that approves share requests with the owners'} />
      <FormControlLabel label="Approve share requests automatically"
                        control={<Checkbox checked={values.autoApprovalEnabled}
                                           onChange={(event) => onChange({ autoApprovalEnabled: event.target.checked })} />} />
      <FormControlLabel label="Shares of this dataset expire"
                        control={<Checkbox checked={values.enableExpiration}
                                           onChange={(event) => onChange({ enableExpiration: event.target.checked })} />} />
      {values.enableExpiration && <ExpirationFields values={values} onChange={onChange} errorOf={errorOf} />}
    </Stack>
  );
}

interface OwnershipValues {
  environmentUri: string;
  SamlAdminGroupName: string;
}

/** Where the dataset lives and which of the signed-in user's teams administers it. */
export function OwnershipFields({ values, onChange, errorOf, teams }: FieldsProps<OwnershipValues> & { teams: string[] }) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <EnvironmentSelect value={values.environmentUri} onChange={(environmentUri) => onChange({ environmentUri })}
                           error={!!errorOf('environmentUri')} helperText={errorOf('environmentUri')} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField select label="Owning team" value={teams.includes(values.SamlAdminGroupName) ? values.SamlAdminGroupName : ''}
                   fullWidth required onChange={(event) => onChange({ SamlAdminGroupName: event.target.value })}
                   error={!!errorOf('SamlAdminGroupName')}
                   helperText={errorOf('SamlAdminGroupName') ?? 'One of your teams administers it'}>
          {teams.map((team) => <MenuItem key={team} value={team}>{team}</MenuItem>)}
        </TextField>
      </Grid>
    </Grid>
  );
}
