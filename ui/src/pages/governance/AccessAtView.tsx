import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, AlertTitle, Box, Button, CircularProgress, Link, Stack, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { problemOf } from '../../api/errors';
import { ApiRequestError } from '../../api/graphql';
import { DateTime, formatInstant } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AccessAtQuery } from '../../gql/graphql';
import { didNotExistThen, reasonLabel } from './accessGrants';
import { fromLocalInput, toLocalInput } from '../../components/instants';
import { AccessAt, GOVERNANCE_KEY } from './operations';

type Grant = NonNullable<AccessAtQuery['accessAt']>['grants'][number];

function ByAt({ by, at }: { by: string | null | undefined; at: string | null | undefined }) {
  if (!by && !at) {
    return <>—</>;
  }
  return <>{by ?? '—'}<Typography variant="body2" color="text.secondary"><DateTime value={at} /></Typography></>;
}

function GrantsTable({ grants, at }: { grants: Grant[]; at: string }) {
  return (
    <TableContainer>
      <Table size="small" aria-label={`Access at ${formatInstant(at)}`}>
        <TableHead>
          <TableRow>
            <TableCell>Principal</TableCell>
            <TableCell>Team</TableCell>
            <TableCell>Permission</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Share</TableCell>
            <TableCell>Requested</TableCell>
            <TableCell>Approved</TableCell>
            <TableCell>Granted at</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {grants.map((grant) => (
            <TableRow key={`${grant.principalId}|${grant.permission}|${grant.reason}|${grant.shareUri ?? ''}|${grant.itemUri ?? ''}`}>
              <TableCell>
                {grant.principalId}
                <Typography variant="body2" color="text.secondary">{grant.principalType}</Typography>
              </TableCell>
              <TableCell>{grant.team ?? '—'}</TableCell>
              <TableCell>{grant.permission}</TableCell>
              <TableCell>{reasonLabel(grant.reason)}</TableCell>
              <TableCell>
                {grant.shareUri
                  ? <Link component={RouterLink} to={`/shares/${encodeURIComponent(grant.shareUri)}`}>{grant.shareUri}</Link>
                  : '—'}
                {grant.itemType && (
                  <Typography variant="body2" color="text.secondary">{grant.itemType} {grant.itemUri}</Typography>
                )}
              </TableCell>
              <TableCell><ByAt by={grant.requestedBy} at={grant.requestedAt} /></TableCell>
              <TableCell><ByAt by={grant.approvedBy} at={grant.approvedAt} /></TableCell>
              <TableCell><DateTime value={grant.grantedAt} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function AccessAnswer({ resourceUri, at }: { resourceUri: string; at: string }) {
  const access = useApiQuery([...GOVERNANCE_KEY, 'access-at', resourceUri], AccessAt, { resourceUri, at });
  if (access.isPending) {
    return <Box sx={{ p: 2 }}><CircularProgress aria-label="Loading who could access it" size={28} /></Box>;
  }
  if (access.isError) {
    if (didNotExistThen(access.error) && access.error instanceof ApiRequestError) {
      return (
        <Alert severity="info">
          <AlertTitle>Nobody</AlertTitle>
          Nobody could access {resourceUri} at {formatInstant(at)}: {problemOf(access.error.errors[0])}.
        </Alert>
      );
    }
    return <ErrorAlert error={access.error} />;
  }
  const answer = access.data.accessAt;
  if (!answer?.grants.length) {
    return (
      <Alert severity="info">
        <AlertTitle>Nobody</AlertTitle>
        Nobody could access {resourceUri} at {formatInstant(at)}.
      </Alert>
    );
  }
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        The {answer.resourceType} {answer.resourceUri} as of {formatInstant(answer.at)}, from the events up to
        position {answer.lastEventPosition ?? '—'} (<DateTime value={answer.lastEventTime} />).
      </Typography>
      <GrantsTable grants={answer.grants} at={answer.at} />
    </>
  );
}

/** Who could access a dataset, table or folder at an instant (now unless the URL names one), and why. */
export function AccessAtView({ resourceUri }: { resourceUri: string }) {
  const [params, setParams] = useSearchParams();
  // without ?at= the page asks about the moment it was opened, to the millisecond
  const [openedAt] = useState(() => new Date().toISOString());
  const at = params.get('at') ?? openedAt;
  const [typed, setTyped] = useState(toLocalInput(at));
  const typedInstant = fromLocalInput(typed);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typedInstant) {
      setParams({ at: typedInstant });
    }
  };

  const now = () => {
    const instant = new Date().toISOString();
    setTyped(toLocalInput(instant));
    setParams({ at: instant });
  };

  return (
    <Box component="section" aria-labelledby="access-at-title">
      <Typography id="access-at-title" variant="h5" component="h2" sx={{ mb: 2 }}>Who could access it</Typography>
      <Stack component="form" onSubmit={submit} noValidate direction="row" spacing={2}
             sx={{ mb: 2, alignItems: 'flex-start' }}>
        <TextField label="At" type="datetime-local" size="small" value={typed}
                   onChange={(event) => setTyped(event.target.value)}
                   slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
                   error={!typedInstant} helperText={typedInstant ? 'Your local time' : 'Enter a date and time'} />
        <Button type="submit" variant="contained">Show access</Button>
        <Button onClick={now}>Now</Button>
      </Stack>
      <AccessAnswer key={`${resourceUri}|${at}`} resourceUri={resourceUri} at={at} />
    </Box>
  );
}
