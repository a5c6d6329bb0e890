import { TextField } from '@mui/material';
import { fieldError } from '../../api/errors';

/** The name and description every glossary node has, whether a glossary, a category or a term. */
export function NodeNameFields({ label, readme, labelProblem, error, onLabel, onReadme }: {
  label: string;
  readme: string;
  /** What the form's own check found wrong with the name, shown before the API's refusal. */
  labelProblem?: string;
  error: unknown;
  onLabel: (label: string) => void;
  onReadme: (readme: string) => void;
}) {
  return (
    <>
      <TextField label="Name" value={label} required autoFocus onChange={(event) => onLabel(event.target.value)}
                 error={!!labelProblem || !!fieldError(error, 'label')}
                 helperText={labelProblem ?? fieldError(error, 'label')} />
      <TextField label="Description" value={readme} multiline minRows={3}
                 onChange={(event) => onReadme(event.target.value)}
                 error={!!fieldError(error, 'readme')} helperText={fieldError(error, 'readme')} />
    </>
  );
}
