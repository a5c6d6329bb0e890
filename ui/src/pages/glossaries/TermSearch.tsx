import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Link, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { glossaryUriOf } from './glossaryTree';
import { FindGlossaryTerms, GLOSSARIES_KEY } from './operations';

const RESULTS = 25;

function TermResults({ term }: { term: string }) {
  const results = useApiQuery([...GLOSSARIES_KEY, 'search'], FindGlossaryTerms,
    { filter: { term, nodeType: 'T', page: 1, pageSize: RESULTS } });
  return (
    <QueryState query={results} label="the matching terms">
      {({ searchGlossary }) => {
        const terms = searchGlossary?.nodes?.flatMap((node) => (node?.__typename === 'Term' ? [node] : [])) ?? [];
        if (!terms.length) {
          return <Typography color="text.secondary">No term matches “{term}”.</Typography>;
        }
        return (
          <>
            <Typography variant="body2" color="text.secondary">
              {searchGlossary?.count} term(s) match “{term}”{(searchGlossary?.count ?? 0) > RESULTS ? `; the first ${RESULTS}` : ''}.
            </Typography>
            <List dense aria-label="Matching terms">
              {terms.map((found) => (
                <ListItem key={found.nodeUri} disableGutters>
                  <ListItemText
                    primary={(
                      <Link component={RouterLink}
                            to={`/glossaries/${found.glossary?.nodeUri ?? glossaryUriOf(found.path)}?node=${found.nodeUri}`}>
                        {found.label}
                      </Link>
                    )}
                    secondary={`${found.glossary?.label ?? ''}${found.readme ? ` · ${found.readme}` : ''}`} />
                </ListItem>
              ))}
            </List>
          </>
        );
      }}
    </QueryState>
  );
}

/** Finds terms by name or description in every glossary (data.all's searchGlossary). */
export function TermSearch() {
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTerm(typed.trim());
  };
  return (
    <Box component="section" aria-labelledby="term-search-title" sx={{ mb: 3 }}>
      <Typography id="term-search-title" variant="h6" component="h2" sx={{ mb: 1 }}>Find a term</Typography>
      <Stack component="form" onSubmit={submit} direction="row" spacing={1} sx={{ mb: 1 }}>
        <TextField label="Search terms" size="small" value={typed} onChange={(event) => setTyped(event.target.value)} />
        <Button type="submit" variant="outlined" disabled={!typed.trim()}>Search</Button>
      </Stack>
      {term && <TermResults term={term} />}
    </Box>
  );
}
