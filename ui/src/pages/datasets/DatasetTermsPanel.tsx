import { Link as RouterLink } from 'react-router-dom';
import { Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { glossaryUriOf, type DatasetDetail } from './types';

/** The glossary terms linked to the dataset (the edit tab links and unlinks them). */
export function DatasetTermsPanel({ dataset }: { dataset: DatasetDetail }) {
  const terms = (dataset.terms?.nodes ?? []).filter((term) => !!term);
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Glossary terms</Typography>
      <List aria-label="Glossary terms">
        {terms.map((term) => term && (
          <ListItem key={term.nodeUri} divider>
            <ListItemText
              primary={glossaryUriOf(term.path)
                ? <Link component={RouterLink} to={`/glossaries/${glossaryUriOf(term.path)}`}>{term.label}</Link>
                : term.label}
              secondary={[term.glossary?.label, term.readme].filter(Boolean).join(' · ')} />
          </ListItem>
        ))}
        {terms.length === 0 && <ListItem>No glossary term describes this dataset yet.</ListItem>}
      </List>
    </Paper>
  );
}
