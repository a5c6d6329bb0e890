import type { ShareableType } from '../../gql/graphql';

/** The share item type of a catalog kind; a dataset is requested item by item, so it has none. */
export function shareableTypeOf(kind: string): ShareableType | undefined {
  if (kind === 'table') {
    return 'Table';
  }
  return kind === 'folder' ? 'StorageLocation' : undefined;
}

/** The dataset a hit belongs to: a table or folder names it, a dataset is it. */
export function datasetUriOf(hit: { uri: string; resourceKind: string; datasetUri?: string | null }): string {
  return hit.resourceKind === 'dataset' ? hit.uri : hit.datasetUri ?? hit.uri;
}

export interface GrantingShare {
  shareUri?: string | null;
  dataset?: { datasetUri?: string | null } | null;
  items?: { nodes?: ({ itemUri?: string | null; status?: string | null } | null)[] | null } | null;
}

/**
 * The share that gave the caller a hit: for a table or folder the share where that item succeeded, for a dataset
 * one where any of its items did.
 */
export function grantingShare(hit: { uri: string; resourceKind: string; datasetUri?: string | null },
                              shares: (GrantingShare | null)[]): string | undefined {
  const datasetUri = datasetUriOf(hit);
  const granted = shares.find((share) => share?.dataset?.datasetUri === datasetUri
    && share.items?.nodes?.some((item) => item?.status === 'Share_Succeeded'
      && (hit.resourceKind === 'dataset' || item.itemUri === hit.uri)));
  return granted?.shareUri ?? undefined;
}

export interface RequestForm {
  groupUri: string;
  environmentUri: string;
  principalId: string;
  permissions: string[];
  expiration: string;
  nonExpirable: boolean;
}

export type RequestFormErrors = Partial<Record<'groupUri' | 'environmentUri' | 'principalId' | 'permissions'
  | 'shareExpirationPeriod', string>>;

/** What must be chosen before a request is sent; an expiration, when given, is a whole number of periods. */
export function validateRequest(form: RequestForm): RequestFormErrors {
  const errors: RequestFormErrors = {};
  if (!form.groupUri) {
    errors.groupUri = 'Choose the team that requests';
  }
  if (!form.environmentUri) {
    errors.environmentUri = 'Choose the environment that receives the access';
  }
  if (!form.principalId) {
    errors.principalId = 'Choose who uses the access';
  }
  if (form.permissions.length === 0) {
    errors.permissions = 'Choose at least one permission';
  }
  if (!form.nonExpirable && form.expiration.trim() && !/^[1-9]\d*$/.test(form.expiration.trim())) {
    errors.shareExpirationPeriod = 'Enter a whole number of periods';
  }
  return errors;
}
