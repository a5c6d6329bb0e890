import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/ListTable';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { WebhookDeliveryItemFragment as Delivery } from '../../gql/graphql';
import { RedriveWebhookDeadLetters, WebhookDeadLetters, WebhookDeliveries, webhookKey } from './operations';
import { deliveryStatusColor } from './webhooks';

const PAGE_SIZE = 10;

/** A subscription's deliveries; pending ones are followed until they are delivered or dead-lettered. */
export function WebhookDeliveriesSection({ subscriptionUri }: { subscriptionUri: string }) {
  const [page, setPage] = useState(1);
  const deliveries = useApiQuery([...webhookKey(subscriptionUri), 'deliveries'], WebhookDeliveries,
    { subscriptionUri, filter: { page, pageSize: PAGE_SIZE } }, {
      refetchInterval: (query) => query.state.data?.listWebhookDeliveries?.nodes
        ?.some((delivery) => delivery?.status === 'PENDING') ? 2000 : false,
    });
  return (
    <Box component="section" aria-labelledby="deliveries-title" sx={{ mb: 3 }}>
      <SectionHeader id="deliveries-title" title="Deliveries" onRefresh={() => void deliveries.refetch()} />
      <QueryState query={deliveries} label="the deliveries">
        {({ listWebhookDeliveries: result }) => (
          <Paper>
            <DeliveriesTable label="Deliveries" deliveries={nodesOf(result?.nodes)}
                             empty="No event has matched this subscription yet (test events are not listed)." />
            <Pager count={result?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </Paper>
        )}
      </QueryState>
    </Box>
  );
}

/** The deliveries given up on after their last attempt; re-driven, they are queued again in their order. */
export function WebhookDeadLettersSection({ subscriptionUri }: { subscriptionUri: string }) {
  const [page, setPage] = useState(1);
  const deadLetters = useApiQuery([...webhookKey(subscriptionUri), 'dead-letters'], WebhookDeadLetters,
    { subscriptionUri, filter: { page, pageSize: PAGE_SIZE } });
  const redrive = useApiMutation(RedriveWebhookDeadLetters, { invalidates: [webhookKey(subscriptionUri)] });
  return (
    <Box component="section" aria-labelledby="dead-letters-title" sx={{ mb: 3 }}>
      <SectionHeader id="dead-letters-title" title="Dead letters" onRefresh={() => void deadLetters.refetch()}>
        <Button variant="outlined" disabled={redrive.isPending || !deadLetters.data?.listWebhookDeadLetters?.count}
                onClick={() => redrive.mutate({ subscriptionUri })}>Re-drive all</Button>
      </SectionHeader>
      <ErrorAlert error={redrive.error} />
      {redrive.data && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          {redrive.data.redriveWebhookDeadLetters ?? 0} dead letters queued again, in their original order.
        </Alert>
      )}
      <QueryState query={deadLetters} label="the dead letters">
        {({ listWebhookDeadLetters: result }) => (
          <Paper>
            <DeliveriesTable label="Dead letters" deliveries={nodesOf(result?.nodes)}
                             empty="No dead letter: every delivery went through or is still being tried."
                             onRedrive={(deliveryId) => redrive.mutate({ subscriptionUri, deliveryIds: [deliveryId] })} />
            <Pager count={result?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </Paper>
        )}
      </QueryState>
    </Box>
  );
}

function SectionHeader({ id, title, onRefresh, children }:
                       { id: string; title: string; onRefresh: () => void; children?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
      <Typography variant="h5" component="h2" id={id}>{title}</Typography>
      <Stack direction="row" spacing={1}>
        <Button onClick={onRefresh} aria-label={`Refresh the ${title.toLowerCase()}`}>Refresh</Button>
        {children}
      </Stack>
    </Stack>
  );
}

function nodesOf(nodes: readonly (Delivery | null)[] | null | undefined): Delivery[] {
  return nodes?.filter((node): node is Delivery => !!node) ?? [];
}

function DeliveriesTable({ label, deliveries, empty, onRedrive }: {
  label: string;
  deliveries: Delivery[];
  empty: string;
  onRedrive?: (deliveryId: string) => void;
}) {
  return (
    <ListTable label={label}
               columns={['Status', 'Event type', 'Resource', { header: 'Attempts', align: 'right' },
                 { header: 'Last answer', align: 'right' }, 'Last error', 'Next attempt', 'Delivered',
                 onRedrive && 'Actions']}
               size="small" empty={deliveries.length === 0 && empty}>
      {deliveries.map((delivery) => (
        <TableRow key={delivery.deliveryId}>
          <TableCell>
            <Chip size="small" color={deliveryStatusColor(delivery.status)} label={delivery.status ?? 'UNKNOWN'} />
          </TableCell>
          <TableCell>{delivery.eventType}</TableCell>
          <TableCell>{delivery.resourceUri}</TableCell>
          <TableCell align="right">{delivery.attempts}</TableCell>
          <TableCell align="right">{delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : '—'}</TableCell>
          <TableCell sx={{ color: 'error.main' }}>{delivery.lastError}</TableCell>
          <TableCell><DateTime value={delivery.nextAttemptAt} /></TableCell>
          <TableCell><DateTime value={delivery.deliveredAt} /></TableCell>
          {onRedrive && (
            <TableCell>
              <Button size="small" aria-label={`Re-drive the ${delivery.eventType} delivery`}
                      onClick={() => onRedrive(delivery.deliveryId)}>Re-drive</Button>
            </TableCell>
          )}
        </TableRow>
      ))}
    </ListTable>
  );
}
