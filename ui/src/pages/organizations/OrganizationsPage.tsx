import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Link, Paper, TableCell, TableRow, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { DateTime } from '../../components/DateTime';
import { CreateOrganizationDialog } from './CreateOrganizationDialog';
import { ListOrganizations, ORGANIZATIONS_KEY } from './operations';

export function OrganizationsPage() {
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const organizations = useApiQuery(ORGANIZATIONS_KEY, ListOrganizations,
    { filter: { term, page, pageSize: 10 } });
  return (
    <Page title="Organizations" subtitle="The AWS accounts of a company or a department, grouped"
          actions={<Button variant="contained" onClick={() => setCreating(true)}>Create organization</Button>}>
      <TextField label="Search organizations" value={term} size="small" sx={{ mb: 2 }}
                 onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
      <QueryState query={organizations} label="organizations">
        {({ listOrganizations }) => (
          <Paper>
            <ListTable label="Organizations"
                       columns={['Name', 'Owning team', 'Your role', { header: 'Environments', align: 'right' },
                                 'Created']}
                       empty={!listOrganizations?.nodes?.length && 'No organization yet: create one.'}>
              {listOrganizations?.nodes?.map((organization) => organization && (
                <TableRow key={organization.organizationUri} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/organizations/${organization.organizationUri}`}>
                      {organization.label}
                    </Link>
                  </TableCell>
                  <TableCell>{organization.SamlGroupName}</TableCell>
                  <TableCell>{organization.userRoleInOrganization}</TableCell>
                  <TableCell align="right">{organization.stats?.environments ?? 0}</TableCell>
                  <TableCell><DateTime value={organization.created} /></TableCell>
                </TableRow>
              ))}
            </ListTable>
            <Pager count={listOrganizations?.count} page={page} pageSize={10} onPage={setPage} />
          </Paper>
        )}
      </QueryState>
      {creating && <CreateOrganizationDialog open onClose={() => setCreating(false)} />}
    </Page>
  );
}
