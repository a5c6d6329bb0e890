import type { RouteObject } from 'react-router-dom';
import { SharePage } from './SharePage';
import { SharesPage } from './SharesPage';

export const shareRoutes: RouteObject[] = [
  { path: 'shares', element: <SharesPage /> },
  { path: 'shares/:shareUri', element: <SharePage /> },
];
