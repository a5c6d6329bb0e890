import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Link, Paper, TableCell, TableRow, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { ENVIRONMENTS_KEY, ListEnvironments } from './operations';
import { isStackInProgress } from './stack';

const POLL_MILLISECONDS = 3_000;

export function EnvironmentsPage() {
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const environments = useApiQuery(ENVIRONMENTS_KEY, ListEnvironments, { filter: { term, page, pageSize } }, {
    // While a listed stack deploys, the list is read again so that its chip reaches the outcome.
    refetchInterval: (query) => (query.state.data?.listEnvironments?.nodes
      ?.some((environment) => isStackInProgress(environment?.stack?.status)) ? POLL_MILLISECONDS : false),
  });
  return (
    <Page title="Environments" subtitle="AWS accounts and regions linked to an organization"
          actions={<Button variant="contained" component={RouterLink} to="/environments/new">Link environment</Button>}>
      <TextField label="Search environments" value={term} size="small" sx={{ mb: 2 }}
                 onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
      <QueryState query={environments} label="environments">
        {({ listEnvironments }) => (
          <Paper>
            <ListTable label="Environments"
                       columns={['Name', 'Organization', 'AWS account', 'Region', 'Owning team', 'Your role', 'Stack',
                                 'Created']}
                       empty={!listEnvironments?.nodes?.length && 'No environment yet: link an AWS account to an organization.'}>
              {listEnvironments?.nodes?.map((environment) => environment && (
                <TableRow key={environment.environmentUri} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/environments/${environment.environmentUri}`}>
                      {environment.label}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {environment.organization && (
                      <Link component={RouterLink} to={`/organizations/${environment.organization.organizationUri}`}>
                        {environment.organization.label}
                      </Link>
                    )}
                  </TableCell>
                  <TableCell>{environment.AwsAccountId}</TableCell>
                  <TableCell>{environment.region}</TableCell>
                  <TableCell>{environment.SamlGroupName}</TableCell>
                  <TableCell>{environment.userRoleInEnvironment}</TableCell>
                  <TableCell><StatusChip status={environment.stack?.status} /></TableCell>
                  <TableCell><DateTime value={environment.created} /></TableCell>
                </TableRow>
              ))}
            </ListTable>
            <Pager count={listEnvironments?.count} page={page} pageSize={pageSize} onPage={setPage}
                   onPageSize={(size) => { setPageSize(size); setPage(1); }} />
          </Paper>
        )}
      </QueryState>
    </Page>
  );
}
