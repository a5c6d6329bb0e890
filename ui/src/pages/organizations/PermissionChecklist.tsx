import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';

export interface DescribedPermissionOption {
  name: string;
  description: string;
}

/** The permissions an invitation may give, each a labelled checkbox with the API's description. */
export function PermissionChecklist({ options, chosen, onChange, error }: {
  options: DescribedPermissionOption[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  error?: string;
}) {
  const toggle = (name: string, checked: boolean) =>
    onChange(checked ? [...chosen, name] : chosen.filter((permission) => permission !== name));
  return (
    <FormControl component="fieldset" error={!!error}>
      <FormLabel component="legend">Permissions</FormLabel>
      <FormGroup>
        {options.map((option) => (
          <FormControlLabel key={option.name} label={`${option.description} (${option.name})`}
                            control={<Checkbox checked={chosen.includes(option.name)}
                                               onChange={(event) => toggle(option.name, event.target.checked)} />} />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
