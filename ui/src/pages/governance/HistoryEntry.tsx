import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Chip, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography }
  from '@mui/material';
import { DateTime, formatInstant } from '../../components/DateTime';
import type { GovernanceHistoryQuery } from '../../gql/graphql';
import { governanceHistoryPath } from './links';

export type GovernanceEntry = NonNullable<GovernanceHistoryQuery['governanceHistory']>['nodes'][number];

const VALUE_STYLE = { fontFamily: 'monospace', fontSize: '0.8rem', wordBreak: 'break-all', whiteSpace: 'pre-wrap' } as const;

function Value({ value }: { value: string | null | undefined }) {
  return value == null
    ? <Typography component="span" variant="body2" color="text.secondary">(none)</Typography>
    : <Box component="span" sx={VALUE_STYLE}>{value}</Box>;
}

function ChangesTable({ entry }: { entry: GovernanceEntry }) {
  if (!entry.changes.length) {
    return <Typography variant="body2" color="text.secondary">No field changed.</Typography>;
  }
  return (
    <Table size="small" aria-label={`Changes of ${entry.action} at ${formatInstant(entry.time)}`}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '20%' }}>Field</TableCell>
          <TableCell sx={{ width: '40%' }}>Before</TableCell>
          <TableCell sx={{ width: '40%' }}>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entry.changes.map((change) => (
          <TableRow key={change.field}>
            <TableCell component="th" scope="row">{change.field}</TableCell>
            <TableCell><Value value={change.before} /></TableCell>
            <TableCell><Value value={change.after} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One event of the timeline: when, who, what, the before/after of each field, and the request it belongs to. */
export function HistoryEntry({ entry, shownResourceUri, onCorrelation }: {
  entry: GovernanceEntry;
  shownResourceUri: string;
  onCorrelation: (correlationId: string) => void;
}) {
  const otherResource = entry.resourceUri && entry.resourceUri !== shownResourceUri ? entry.resourceUri : null;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2, mb: 1.5, listStyle: 'none' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary"><DateTime value={entry.time} /></Typography>
        <Chip size="small" color="primary" variant="outlined" label={entry.action} />
        <Typography variant="body2">by <strong>{entry.actor ?? 'the system'}</strong></Typography>
        {otherResource && (
          <Typography variant="body2">
            on {entry.resourceType ?? 'resource'}{' '}
            <Link component={RouterLink} to={governanceHistoryPath(otherResource)}>{otherResource}</Link>
          </Typography>
        )}
        {entry.correlationId && (
          <Button size="small" onClick={() => onCorrelation(entry.correlationId ?? '')}
                  aria-label={`Show every step of correlation ${entry.correlationId}`}>
            Correlation {entry.correlationId.slice(0, 8)}
          </Button>
        )}
      </Stack>
      <Typography component="h3" variant="subtitle1" sx={{ mb: 1 }}>{entry.summary}</Typography>
      <ChangesTable entry={entry} />
    </Paper>
  );
}
