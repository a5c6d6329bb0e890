import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Chip, Link, TableCell, TableContainer, TableRow, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { GlossaryFormDialog } from './GlossaryFormDialog';
import { GLOSSARIES_KEY, ListGlossaries } from './operations';
import { TermSearch } from './TermSearch';

/** Every glossary (everyone reads them all), to create one, and to find a term in any of them. */
export function GlossariesPage() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [creating, setCreating] = useState(false);
  const glossaries = useApiQuery([...GLOSSARIES_KEY, 'list'], ListGlossaries, { filter: { page, pageSize } });
  return (
    <Page title="Glossaries" subtitle="Business terms, their categories, and the data linked to them"
          actions={<Button variant="contained" onClick={() => setCreating(true)}>Create glossary</Button>}>
      <TermSearch />
      <Box component="section" aria-labelledby="glossaries-title">
        <Typography id="glossaries-title" variant="h6" component="h2" sx={{ mb: 1 }}>All glossaries</Typography>
        <QueryState query={glossaries} label="the glossaries">
          {({ listGlossaries }) => (
            <>
              <TableContainer>
                <ListTable label="Glossaries"
                           columns={['Name', 'Admin team', 'Owner', 'Categories', 'Terms', 'Associations', 'Created',
                                     'Your role']}
                           size="small"
                           empty={!listGlossaries?.nodes?.length && 'No glossary yet: create the first one.'}>
                  {listGlossaries?.nodes?.map((glossary) => glossary && (
                    <TableRow key={glossary.nodeUri} hover>
                      <TableCell>
                        <Link component={RouterLink} to={`/glossaries/${glossary.nodeUri}`}>{glossary.label}</Link>
                        {glossary.readme && (
                          <Typography variant="body2" color="text.secondary" noWrap sx={{ maxWidth: 360 }}>
                            {glossary.readme}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{glossary.admin ?? '—'}</TableCell>
                      <TableCell>{glossary.owner}</TableCell>
                      <TableCell>{glossary.stats?.categories ?? 0}</TableCell>
                      <TableCell>{glossary.stats?.terms ?? 0}</TableCell>
                      <TableCell>{glossary.stats?.associations ?? 0}</TableCell>
                      <TableCell><DateTime value={glossary.created} /></TableCell>
                      <TableCell>
                        <Chip size="small" label={glossary.userRoleForGlossary === 'Admin' ? 'Admin' : 'Reader'}
                              color={glossary.userRoleForGlossary === 'Admin' ? 'primary' : 'default'} />
                      </TableCell>
                    </TableRow>
                  ))}
                </ListTable>
              </TableContainer>
              <Pager count={listGlossaries?.count} page={page} pageSize={pageSize} onPage={setPage}
                     onPageSize={(size) => { setPageSize(size); setPage(1); }} />
            </>
          )}
        </QueryState>
      </Box>
      {creating && <GlossaryFormDialog open onClose={() => setCreating(false)} />}
    </Page>
  );
}
