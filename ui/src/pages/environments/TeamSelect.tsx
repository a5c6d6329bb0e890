import { MenuItem, TextField } from '@mui/material';
import { useMyEnvironmentTeams } from './TeamsTab';

/** One of the caller's teams in the environment: consumption roles and networks belong to one. */
export function TeamSelect({ environmentUri, label, value, onChange, message }: {
  environmentUri: string;
  label: string;
  value: string;
  onChange: (groupUri: string) => void;
  message?: string;
}) {
  const teams = useMyEnvironmentTeams(environmentUri);
  const options = teams.data?.listEnvironmentGroups?.nodes?.flatMap((team) => (team?.groupUri ? [team.groupUri] : []))
    ?? [];
  return (
    <TextField select label={label} required value={options.includes(value) ? value : ''}
               onChange={(event) => onChange(event.target.value)}
               error={!!message || teams.isError} helperText={message ?? teams.error?.message}>
      {options.map((team) => <MenuItem key={team} value={team}>{team}</MenuItem>)}
    </TextField>
  );
}
