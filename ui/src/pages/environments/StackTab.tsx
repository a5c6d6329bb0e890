import { Alert, Box, Button, LinearProgress, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow,
  Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { ENVIRONMENTS_KEY, GetStackLogs, UpdateStack } from './operations';
import { isStackInProgress, stackErrorMessage, stackOutcome, stackOutputs } from './stack';

const POLL_MILLISECONDS = 1_500;

export interface EnvironmentStack {
  status?: string | null;
  name?: string | null;
  stackid?: string | null;
  link?: string | null;
  outputs?: string | null;
  error?: string | null;
  updated?: string | null;
}

function StackOutcome({ stack }: { stack: EnvironmentStack }) {
  const outcome = stackOutcome(stack.status);
  if (outcome === 'in-progress') {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        Deploying the stack ({stack.status})…
        <LinearProgress aria-label="Stack deployment progress" sx={{ mt: 1 }} />
      </Alert>
    );
  }
  if (outcome === 'failed') {
    return (
      <Alert severity="error" role="alert" sx={{ mb: 2 }}>
        The stack deployment failed ({stack.status}){stackErrorMessage(stack.error) ? `: ${stackErrorMessage(stack.error)}` : ''}
      </Alert>
    );
  }
  if (outcome === 'succeeded') {
    return <Alert severity="success" sx={{ mb: 2 }}>The stack is deployed ({stack.status}).</Alert>;
  }
  return null;
}

function StackOutputs({ outputs }: { outputs: string | null | undefined }) {
  const rows = stackOutputs(outputs);
  return (
    <Box component="section" aria-labelledby="stack-outputs-title" sx={{ mb: 3 }}>
      <Typography id="stack-outputs-title" variant="h6" component="h2" sx={{ mb: 1 }}>Outputs</Typography>
      <Paper>
        <Table aria-label="Stack outputs" size="small">
          <TableHead><TableRow><TableCell>Output</TableCell><TableCell>Value</TableCell></TableRow></TableHead>
          <TableBody>
            {rows.map((output) => (
              <TableRow key={output.key}>
                <TableCell>{output.key}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{output.value}</TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && <TableRow><TableCell colSpan={2}>No output yet.</TableCell></TableRow>}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}

function StackLogs({ environmentUri, status }: { environmentUri: string; status: string | null | undefined }) {
  // The status is part of the key so that the logs are read again once the deployment ends.
  const logs = useApiQuery([...ENVIRONMENTS_KEY, environmentUri, 'stack-logs', status ?? ''], GetStackLogs,
    { targetUri: environmentUri, targetType: 'environment' },
    { refetchInterval: isStackInProgress(status) ? POLL_MILLISECONDS : false });
  return (
    <Box component="section" aria-labelledby="stack-logs-title">
      <Typography id="stack-logs-title" variant="h6" component="h2" sx={{ mb: 1 }}>Logs</Typography>
      <QueryState query={logs} label="the stack logs">
        {({ getStackLogs }) => (
          <Paper>
            <Table aria-label="Stack logs" size="small">
              <TableHead><TableRow><TableCell>Time</TableCell><TableCell>Message</TableCell></TableRow></TableHead>
              <TableBody>
                {getStackLogs?.map((log, index) => log && (
                  // Log lines have no id; their order is stable, so the position names them.
                  <TableRow key={`${log.timestamp}-${index}`}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}><DateTime value={log.timestamp} /></TableCell>
                    <TableCell>{log.message}</TableCell>
                  </TableRow>
                ))}
                {!getStackLogs?.length && <TableRow><TableCell colSpan={2}>No log yet.</TableCell></TableRow>}
              </TableBody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </Box>
  );
}

/** The environment's CloudFormation stack: its status as it deploys, its outputs and its logs. */
export function StackTab({ environmentUri, stack }: { environmentUri: string; stack: EnvironmentStack | null | undefined }) {
  const update = useApiMutation(UpdateStack, { invalidates: [ENVIRONMENTS_KEY] });
  if (!stack) {
    return <Typography>The environment has no stack.</Typography>;
  }
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <StatusChip label="Stack" status={stack.status} />
        <Typography variant="body2" color="text.secondary">
          {stack.name} · updated <DateTime value={stack.updated} />
        </Typography>
        {stack.link && <Link href={stack.link} target="_blank" rel="noopener noreferrer">Open in the AWS console</Link>}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" disabled={update.isPending || isStackInProgress(stack.status)}
                onClick={() => update.mutate({ targetUri: environmentUri, targetType: 'environment' })}>
          Update stack
        </Button>
      </Stack>
      <ErrorAlert error={update.error} />
      <StackOutcome stack={stack} />
      <StackOutputs outputs={stack.outputs} />
      <StackLogs environmentUri={environmentUri} status={stack.status} />
    </Box>
  );
}
