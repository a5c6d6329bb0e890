import type { RouteObject } from 'react-router-dom';
import { GlossariesPage } from './GlossariesPage';
import { GlossaryPage } from './GlossaryPage';

export const glossaryRoutes: RouteObject[] = [
  { path: 'glossaries', element: <GlossariesPage /> },
  { path: 'glossaries/:glossaryUri', element: <GlossaryPage /> },
];
