import type { RouteObject } from 'react-router-dom';
import { CatalogPage } from './CatalogPage';

export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', element: <CatalogPage /> },
];
