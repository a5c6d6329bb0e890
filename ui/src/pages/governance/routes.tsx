import type { RouteObject } from 'react-router-dom';
import { GovernancePage } from './GovernancePage';

export const governanceRoutes: RouteObject[] = [
  { path: 'governance', element: <GovernancePage view="history" /> },
  { path: 'governance/:resourceUri', element: <GovernancePage view="history" /> },
  { path: 'governance/:resourceUri/access-at', element: <GovernancePage view="access-at" /> },
];
