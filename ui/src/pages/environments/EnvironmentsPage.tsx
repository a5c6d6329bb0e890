import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
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
            <Table aria-label="Environments">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Organization</TableCell>
                  <TableCell>AWS account</TableCell>
                  <TableCell>Region</TableCell>
                  <TableCell>Owning team</TableCell>
                  <TableCell>Your role</TableCell>
                  <TableCell>Stack</TableCell>
                  <TableCell>Created</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
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
                {!listEnvironments?.nodes?.length && (
                  <TableRow><TableCell colSpan={8}>No environment yet: link an AWS account to an organization.</TableCell></TableRow>
                )}
              </TableBody>
            </Table>
            <Pager count={listEnvironments?.count} page={page} pageSize={pageSize} onPage={setPage}
                   onPageSize={(size) => { setPageSize(size); setPage(1); }} />
          </Paper>
        )}
      </QueryState>
    </Page>
  );
}
