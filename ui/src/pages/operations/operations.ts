import { graphql } from '../../gql';

export const SAGA_RUNS_KEY = ['saga-runs'];
export const sagaRunKey = (runId: string) => [...SAGA_RUNS_KEY, runId];
export const PROJECTIONS_KEY = ['projections'];
export const CATALOG_INDEX_KEY = ['catalog-index-status'];
export const WEBHOOKS_KEY = ['webhooks'];
export const WEBHOOK_EVENT_TYPES_KEY = ['webhook-event-types'];
export const webhookKey = (subscriptionUri: string) => [...WEBHOOKS_KEY, subscriptionUri];
export const TENANT_GROUPS_KEY = ['tenant-groups'];
export const TENANT_PERMISSIONS_KEY = ['tenant-permissions'];

/** A run as the dashboard lists it; its detail page shows this and its lineage and steps. */
export const SagaRunSummary = graphql(`
  fragment SagaRunSummary on SagaRun {
    runId
    kind
    targetUri
    targetType
    state
    stalled
    currentStep
    attempts
    lastError
    started
    updated
    finished
  }
`);

export const SagaRunsDashboard = graphql(`
  query SagaRunsDashboard($filter: SagaRunFilter) {
    listSagaRuns(filter: $filter) {
      count
      page
      pages
      nodes { ...SagaRunSummary }
    }
  }
`);

export const SagaRunDetail = graphql(`
  query SagaRunDetail($runId: String!) {
    getSagaRun(runId: $runId) {
      ...SagaRunSummary
      correlationId
      retryOf
      retriedBy
      cancelledBy
      steps { step attempt started finished durationMs error }
    }
  }
`);

export const SagaRunChanges = graphql(`
  subscription SagaRunChanges($kind: String, $targetUri: String) {
    sagaRunChanged(kind: $kind, targetUri: $targetUri) {
      runId
      state
    }
  }
`);

export const RetrySagaRun = graphql(`
  mutation RetrySagaRun($runId: String!, $reason: String) {
    retrySagaRun(runId: $runId, reason: $reason) { runId state }
  }
`);

export const CancelSagaRun = graphql(`
  mutation CancelSagaRun($runId: String!, $reason: String) {
    cancelSagaRun(runId: $runId, reason: $reason) { runId state }
  }
`);

export const ProjectionStatuses = graphql(`
  query ProjectionStatuses {
    listProjections { name processor position head behind replaying running }
  }
`);

export const VerifyProjection = graphql(`
  query VerifyProjection($name: String!) {
    verifyProjection(name: $name) {
      name
      eventsReplayed
      tablesCompared
      rowsCompared
      differenceCount
      durationMs
      differences { table key column live rebuilt }
    }
  }
`);

export const ResetProjection = graphql(`
  mutation ResetProjection($name: String!) {
    resetProjection(name: $name) { name processor mode eventsReplayed rowsRebuilt durationMs }
  }
`);

export const CatalogIndexProgress = graphql(`
  query CatalogIndexProgress {
    catalogIndexStatus { replaying position head percent documents }
  }
`);

export const StartCatalogReindex = graphql(`
  mutation StartCatalogReindex($handleDeletes: Boolean!) {
    startReindexCatalog(handleDeletes: $handleDeletes)
  }
`);

export const WebhookSubscriptions = graphql(`
  query WebhookSubscriptions($filter: WebhookSubscriptionFilter) {
    listWebhookSubscriptions(filter: $filter) {
      count
      page
      pages
      nodes {
        subscriptionUri
        url
        eventTypes
        resourceUri
        description
        owner
        created
      }
    }
  }
`);

export const WebhookSubscriptionDetail = graphql(`
  query WebhookSubscriptionDetail($subscriptionUri: String) {
    getWebhookSubscription(subscriptionUri: $subscriptionUri) {
      subscriptionUri
      url
      eventTypes
      resourceUri
      description
      secretFingerprint
      owner
      created
      updated
    }
  }
`);

/** A delivery as both lists show it: those under way or done, and the dead letters. */
export const WebhookDeliveryItem = graphql(`
  fragment WebhookDeliveryItem on WebhookDelivery {
    deliveryId eventId eventType resourceUri status attempts lastStatusCode lastError nextAttemptAt deliveredAt
  }
`);

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($subscriptionUri: String, $filter: WebhookDeliveryFilter) {
    listWebhookDeliveries(subscriptionUri: $subscriptionUri, filter: $filter) {
      count
      page
      pages
      nodes { ...WebhookDeliveryItem }
    }
  }
`);

export const WebhookDeadLetters = graphql(`
  query WebhookDeadLetters($subscriptionUri: String, $filter: WebhookDeliveryFilter) {
    listWebhookDeadLetters(subscriptionUri: $subscriptionUri, filter: $filter) {
      count
      page
      pages
      nodes { ...WebhookDeliveryItem }
    }
  }
`);

export const CreateWebhookSubscription = graphql(`
  mutation CreateWebhookSubscription($input: NewWebhookSubscriptionInput) {
    createWebhookSubscription(input: $input) {
      secret
      subscription { subscriptionUri url }
    }
  }
`);

export const UpdateWebhookSubscription = graphql(`
  mutation UpdateWebhookSubscription($subscriptionUri: String, $input: UpdateWebhookSubscriptionInput) {
    updateWebhookSubscription(subscriptionUri: $subscriptionUri, input: $input) { subscriptionUri }
  }
`);

export const DeleteWebhookSubscription = graphql(`
  mutation DeleteWebhookSubscription($subscriptionUri: String) {
    deleteWebhookSubscription(subscriptionUri: $subscriptionUri)
  }
`);

export const TestWebhookSubscription = graphql(`
  mutation TestWebhookSubscription($subscriptionUri: String) {
    testWebhookSubscription(subscriptionUri: $subscriptionUri) { delivered statusCode error durationMs }
  }
`);

export const RedriveWebhookDeadLetters = graphql(`
  mutation RedriveWebhookDeadLetters($subscriptionUri: String, $deliveryIds: [String]) {
    redriveWebhookDeadLetters(subscriptionUri: $subscriptionUri, deliveryIds: $deliveryIds)
  }
`);

export const TenantGroups = graphql(`
  query TenantGroups($filter: GroupFilter) {
    listTenantGroups(filter: $filter) {
      count
      page
      pages
      nodes { groupUri label tenantPermissions { name } }
    }
  }
`);

export const TenantPermissionNames = graphql(`
  query TenantPermissionNames {
    listTenantPermissions { name description }
  }
`);

export const UpdateGroupTenantPermissions = graphql(`
  mutation UpdateGroupTenantPermissions($input: UpdateGroupTenantPermissionsInput!) {
    updateGroupTenantPermissions(input: $input)
  }
`);

export const WebhookEventTypes = graphql(`
  query WebhookEventTypes {
    webhookEventTypes
  }
`);
