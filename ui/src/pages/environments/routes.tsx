import type { RouteObject } from 'react-router-dom';
import { CreateEnvironmentPage } from './CreateEnvironmentPage';
import { EnvironmentPage } from './EnvironmentPage';
import { EnvironmentsPage } from './EnvironmentsPage';

export const environmentRoutes: RouteObject[] = [
  { path: 'environments', element: <EnvironmentsPage /> },
  { path: 'environments/new', element: <CreateEnvironmentPage /> },
  { path: 'environments/:environmentUri', element: <EnvironmentPage /> },
];
