import type { RouteObject } from 'react-router-dom';
import { Navigate } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireSession } from './auth/RequireSession';
import { SignInPage } from './auth/SignInPage';
import { SignedInPage } from './auth/SignedInPage';
import { catalogRoutes } from './pages/catalog/routes';
import { datasetRoutes } from './pages/datasets/routes';
import { environmentRoutes } from './pages/environments/routes';
import { glossaryRoutes } from './pages/glossaries/routes';
import { governanceRoutes } from './pages/governance/routes';
import { notificationRoutes } from './pages/notifications/routes';
import { operationRoutes } from './pages/operations/routes';
import { organizationRoutes } from './pages/organizations/routes';
import { shareRoutes } from './pages/shares/routes';

/** Every page; the server forwards each top-level path here to index.html (app: WebUiRoutes.PAGES). */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/signed-in', element: <SignedInPage /> },
  {
    path: '/',
    element: <RequireSession><AppShell /></RequireSession>,
    children: [
      { index: true, element: <Navigate to="/catalog" replace /> },
      ...organizationRoutes,
      ...environmentRoutes,
      ...datasetRoutes,
      ...catalogRoutes,
      ...shareRoutes,
      ...glossaryRoutes,
      ...notificationRoutes,
      ...governanceRoutes,
      ...operationRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
