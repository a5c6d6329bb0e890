import type { GetDatasetQuery, GetDatasetTableQuery } from '../../gql/graphql';

export type DatasetDetail = NonNullable<GetDatasetQuery['getDataset']>;
export type TableDetail = NonNullable<GetDatasetTableQuery['getDatasetTable']>;

/** The roles data.all gives every dataset permission (DATASET_ALL): they edit, crawl, profile and delete. */
export function canManageDataset(role: string | null | undefined): boolean {
  return role === 'Creator' || role === 'Admin';
}

/** data.all's stack error is "{}" when the stack has none. */
export function stackErrorOf(error: string | null | undefined): string | null {
  return error && error.trim() !== '{}' && error.trim() !== '' ? error : null;
}

/** A glossary node's path is "/<glossaryUri>/<categoryUri>/.../<nodeUri>": its glossary comes first. */
export function glossaryUriOf(path: string | null | undefined): string | null {
  return path?.split('/').find(Boolean) ?? null;
}
