import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Chip, Link, Paper, Stack, TableCell, TableRow } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthProvider';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { WebhookSubscriptionsQuery } from '../../gql/graphql';
import { AdministratorsOnly } from './AdministratorsOnly';
import { WEBHOOKS_KEY, WebhookSubscriptions } from './operations';
import { WebhookFormDialog } from './WebhookFormDialog';
import { WebhookSecretDialog } from './WebhookSecretDialog';

type Subscription = NonNullable<NonNullable<NonNullable<WebhookSubscriptionsQuery['listWebhookSubscriptions']>['nodes']>[number]>;

const PAGE_SIZE = 25;

export function WebhooksPage() {
  const { isAdmin } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ subscriptionUri: string; secret: string } | null>(null);
  // asked of non-administrators too, so they see the API's own refusal under the notice
  const subscriptions = useApiQuery(WEBHOOKS_KEY, WebhookSubscriptions, { filter: { page, pageSize: PAGE_SIZE } });
  const nodes = subscriptions.data?.listWebhookSubscriptions?.nodes?.filter((node): node is Subscription => !!node)
    ?? [];
  return (
    <Page title="Webhooks" subtitle="Grantline's events POSTed to your systems as signed CloudEvents, in order per resource"
          actions={isAdmin && <Button variant="contained" onClick={() => setCreating(true)}>Create subscription</Button>}>
      {isAdmin ? (
        <QueryState query={subscriptions} label="webhook subscriptions">
          {({ listWebhookSubscriptions }) => (
            <Paper>
              <SubscriptionsTable subscriptions={nodes} />
              <Pager count={listWebhookSubscriptions?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
            </Paper>
          )}
        </QueryState>
      ) : (
        <AdministratorsOnly apiRefusal={subscriptions.error} />
      )}
      {creating && (
        <WebhookFormDialog onCreated={(result) => { setCreating(false); setCreated(result); }}
                           onClose={() => setCreating(false)} />
      )}
      {created && (
        <WebhookSecretDialog secret={created.secret}
                             onClose={() => navigate(`/operations/webhooks/${created.subscriptionUri}`)} />
      )}
    </Page>
  );
}

function SubscriptionsTable({ subscriptions }: { subscriptions: Subscription[] }) {
  return (
    <ListTable label="Webhook subscriptions"
               columns={['Receiver URL', 'Event types', 'Resource filter', 'Description', 'Owner', 'Created']}
               size="small" empty={subscriptions.length === 0 && 'No webhook subscription yet: create one.'}>
      {subscriptions.map((subscription) => (
        <TableRow key={subscription.subscriptionUri} hover>
          <TableCell sx={{ wordBreak: 'break-all' }}>
            <Link component={RouterLink} to={`/operations/webhooks/${subscription.subscriptionUri}`}>
              {subscription.url}
            </Link>
          </TableCell>
          <TableCell><EventTypeChips eventTypes={subscription.eventTypes} /></TableCell>
          <TableCell>{subscription.resourceUri ?? 'every resource'}</TableCell>
          <TableCell>{subscription.description}</TableCell>
          <TableCell>{subscription.owner}</TableCell>
          <TableCell><DateTime value={subscription.created} /></TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}

export function EventTypeChips({ eventTypes }: { eventTypes: readonly string[] }) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {eventTypes.map((type) => (
        <Chip key={type} size="small" variant="outlined" label={type === '*' ? '* (all events)' : type} />
      ))}
    </Stack>
  );
}
