import type { RouteObject } from 'react-router-dom';
import { SagaRunPage } from './SagaRunPage';
import { SagaRunsPage } from './SagaRunsPage';
import { TenantPermissionsPage } from './TenantPermissionsPage';
import { WebhookPage } from './WebhookPage';
import { WebhooksPage } from './WebhooksPage';

export const operationRoutes: RouteObject[] = [
  { path: 'operations/saga-runs', element: <SagaRunsPage /> },
  { path: 'operations/saga-runs/:runId', element: <SagaRunPage /> },
  { path: 'operations/webhooks', element: <WebhooksPage /> },
  { path: 'operations/webhooks/:subscriptionUri', element: <WebhookPage /> },
  { path: 'administration/tenant', element: <TenantPermissionsPage /> },
];
