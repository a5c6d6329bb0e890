import type { RouteObject } from 'react-router-dom';
import { OrganizationPage } from './OrganizationPage';
import { OrganizationsPage } from './OrganizationsPage';

export const organizationRoutes: RouteObject[] = [
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'organizations/:organizationUri', element: <OrganizationPage /> },
];
