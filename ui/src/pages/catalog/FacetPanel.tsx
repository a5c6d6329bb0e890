import { Box, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import type { CatalogFacets } from '../../gql/graphql';
import { FACET_GROUPS, facetValueLabel, type FacetField, type FacetSelection } from './facets';

/** Each facet with its values and counts as checkboxes; groups without values are not shown. */
export function FacetPanel({ facets, selection, environments, onToggle }: {
  facets: CatalogFacets | null | undefined;
  selection: FacetSelection;
  environments: Map<string, string>;
  onToggle: (field: FacetField, value: string) => void;
}) {
  return (
    <Box component="aside" aria-label="Filters">
      {FACET_GROUPS.map(({ facet, field, title }) => {
        const values = (facets?.[facet] ?? []).filter((value) => value !== null);
        const selected = selection[field] ?? [];
        // a selected value stays visible (unticked-able) even when the other filters leave it no hit
        const missing = selected.filter((value) => !values.some((candidate) => candidate.value === value));
        if (values.length === 0 && missing.length === 0) {
          return null;
        }
        return (
          <Box key={field} component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
            <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>{title}</Typography>
            <FormGroup>
              {[...values, ...missing.map((value) => ({ value, count: 0 }))].map(({ value, count }) => (
                <FormControlLabel key={value} label={`${facetValueLabel(field, value, environments)} (${count})`}
                                  control={<Checkbox size="small" checked={selected.includes(value)}
                                                     onChange={() => onToggle(field, value)} />} />
              ))}
            </FormGroup>
          </Box>
        );
      })}
    </Box>
  );
}
