import { useState } from 'react';
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DATASETS_KEY, SearchGlossaryTerms } from './operations';

export interface TermChoice {
  nodeUri: string;
  label: string;
  glossary?: string | null;
}

/** Glossary terms to link, searched by name across the glossaries (searchGlossary, terms only). */
export function TermPicker({ value, onChange, error }: {
  value: TermChoice[];
  onChange: (terms: TermChoice[]) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const terms = useApiQuery([...DATASETS_KEY, 'glossary-terms'], SearchGlossaryTerms,
    { filter: { nodeType: 'T', term: search, page: 1, pageSize: 20 } });
  const options: TermChoice[] = (terms.data?.searchGlossary?.nodes ?? []).flatMap((node) =>
    node && 'nodeUri' in node && node.nodeUri
      ? [{ nodeUri: node.nodeUri, label: node.label, glossary: node.glossary?.label }] : []);
  return (
    <Autocomplete multiple options={options} value={value} loading={terms.isFetching}
                  filterOptions={(candidates) => candidates}
                  isOptionEqualToValue={(option, chosen) => option.nodeUri === chosen.nodeUri}
                  getOptionLabel={(option) => option.glossary ? `${option.label} (${option.glossary})` : option.label}
                  onChange={(_, chosen) => onChange(chosen)}
                  onInputChange={(_, text) => setSearch(text)}
                  renderValue={(chosen, getItemProps) => chosen.map((option, index) => {
                    const { key, ...itemProps } = getItemProps({ index });
                    return <Chip key={key} label={option.label} size="small" {...itemProps} />;
                  })}
                  renderInput={(params) => (
                    <TextField {...params} label="Glossary terms" error={!!error || terms.isError}
                               helperText={error ?? (terms.isError ? terms.error.message : 'Search the glossaries by name')} />
                  )} />
  );
}
