import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import type { WebhookSubscriptionDetailQuery } from '../../gql/graphql';
import { AdministratorsOnly } from './AdministratorsOnly';
import { DeleteWebhookSubscription, TestWebhookSubscription, WEBHOOKS_KEY, WebhookSubscriptionDetail, webhookKey }
  from './operations';
import { WebhookDeadLettersSection, WebhookDeliveriesSection } from './WebhookDeliveriesSection';
import { WebhookFormDialog } from './WebhookFormDialog';
import { EventTypeChips } from './WebhooksPage';
import { testOutcome } from './webhooks';

type Subscription = NonNullable<WebhookSubscriptionDetailQuery['getWebhookSubscription']>;

export function WebhookPage() {
  const { subscriptionUri = '' } = useParams();
  const { isAdmin } = useAuth();
  const subscription = useApiQuery(webhookKey(subscriptionUri), WebhookSubscriptionDetail, { subscriptionUri });
  if (!isAdmin) {
    return <Page title="Webhook subscription"><AdministratorsOnly apiRefusal={subscription.error} /></Page>;
  }
  return (
    <QueryState query={subscription} label="the webhook subscription">
      {({ getWebhookSubscription }) => getWebhookSubscription ? (
        <SubscriptionDetail subscription={getWebhookSubscription} />
      ) : (
        <Page title="Webhook subscription not found">
          <Typography>There is no webhook subscription {subscriptionUri}.</Typography>
        </Page>
      )}
    </QueryState>
  );
}

function SubscriptionDetail({ subscription }: { subscription: Subscription }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { subscriptionUri } = subscription;
  const test = useApiMutation(TestWebhookSubscription, { invalidates: [webhookKey(subscriptionUri)] });
  const remove = useApiMutation(DeleteWebhookSubscription, {
    invalidates: [WEBHOOKS_KEY],
    onSuccess: () => navigate('/operations/webhooks'),
  });
  const outcome = test.data?.testWebhookSubscription ? testOutcome(test.data.testWebhookSubscription) : null;
  return (
    <Page title="Webhook subscription" subtitle={subscription.url}
          actions={(
            <>
              <Button variant="contained" disabled={test.isPending}
                      onClick={() => test.mutate({ subscriptionUri })}>
                {test.isPending ? 'Sending a test…' : 'Send a test event'}
              </Button>
              <Button variant="outlined" onClick={() => setEditing(true)}>Edit</Button>
              <Button variant="outlined" color="error" onClick={() => { remove.reset(); setDeleting(true); }}>
                Delete
              </Button>
            </>
          )}>
      <ErrorAlert error={test.error} />
      {outcome && (
        <Alert severity={outcome.delivered ? 'success' : 'error'} role="status" sx={{ mb: 2 }}>
          {outcome.text}
        </Alert>
      )}
      <SubscriptionSettings subscription={subscription} />
      <WebhookDeliveriesSection subscriptionUri={subscriptionUri} />
      <WebhookDeadLettersSection subscriptionUri={subscriptionUri} />
      {editing && (
        <WebhookFormDialog editing={{ subscriptionUri, values: {
                             url: subscription.url,
                             eventTypes: [...subscription.eventTypes],
                             resourceUri: subscription.resourceUri ?? '',
                             description: subscription.description ?? '',
                           } }}
                           onClose={() => setEditing(false)} />
      )}
      <ConfirmDialog open={deleting} title="Delete this webhook subscription?"
                     text={`Events are no longer sent to ${subscription.url}; deliveries not made yet are dropped.`}
                     confirmLabel="Delete" busy={remove.isPending} error={remove.error}
                     onConfirm={() => remove.mutate({ subscriptionUri })} onClose={() => setDeleting(false)} />
    </Page>
  );
}

function SubscriptionSettings({ subscription }: { subscription: Subscription }) {
  return (
    <Paper sx={{ p: 2, mb: 3 }}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1,
        m: 0, '& dt': { color: 'text.secondary' }, '& dd': { m: 0, wordBreak: 'break-all' } }}>
        <dt>Event types</dt>
        <dd><EventTypeChips eventTypes={subscription.eventTypes} /></dd>
        <dt>Resource filter</dt>
        <dd>{subscription.resourceUri ?? 'every resource'}</dd>
        <dt>Description</dt>
        <dd>{subscription.description || '—'}</dd>
        <dt>Secret fingerprint</dt>
        <dd><Box component="span" sx={{ fontFamily: 'monospace' }}>{subscription.secretFingerprint}</Box></dd>
        <dt>Owner</dt>
        <dd>{subscription.owner}</dd>
        <dt>Created</dt>
        <dd><DateTime value={subscription.created} /></dd>
        <dt>Updated</dt>
        <dd><DateTime value={subscription.updated} /></dd>
      </Box>
    </Paper>
  );
}
