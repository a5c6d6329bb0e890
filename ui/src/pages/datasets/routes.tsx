import type { RouteObject } from 'react-router-dom';
import { CreateDatasetPage } from './CreateDatasetPage';
import { DatasetPage } from './DatasetPage';
import { DatasetsPage } from './DatasetsPage';
import { ImportDatasetPage } from './ImportDatasetPage';
import { TablePage } from './TablePage';

export const datasetRoutes: RouteObject[] = [
  { path: 'datasets', element: <DatasetsPage /> },
  { path: 'datasets/new', element: <CreateDatasetPage /> },
  { path: 'datasets/import', element: <ImportDatasetPage /> },
  { path: 'datasets/:datasetUri', element: <DatasetPage /> },
  { path: 'datasets/:datasetUri/tables/:tableUri', element: <TablePage /> },
  // a table named by itself (a glossary term's link knows the table, not its dataset)
  { path: 'datasets/tables/:tableUri', element: <TablePage /> },
];
