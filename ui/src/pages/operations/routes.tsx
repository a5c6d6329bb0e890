import type { RouteObject } from 'react-router-dom';

// The pages of this area are built in their own change.
export const operationRoutes: RouteObject[] = [];
