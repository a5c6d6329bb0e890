import type { ShareItemStatus, ShareObjectPermission, ShareObjectStatus } from '../../gql/graphql';

export interface ShareItemState {
  shareItemUri?: string | null;
  itemName?: string | null;
  status?: ShareItemStatus | null;
  healthStatus?: string | null;
  healthMessage?: string | null;
}

export interface ShareState {
  status?: ShareObjectStatus | null;
  userRoleForShareObject?: ShareObjectPermission | null;
  dataset?: { enableExpiration?: boolean | null } | null;
  items?: { nodes?: (ShareItemState | null)[] | null } | null;
}

/** Share statuses while the share processor grants or revokes. */
const SHARE_WORKING: ShareObjectStatus[] = ['Approved', 'Share_In_Progress', 'Revoked', 'Revoke_In_Progress'];
/** Item statuses the share processor has yet to settle. */
const ITEM_WORKING: ShareItemStatus[] = ['Share_Approved', 'Share_In_Progress', 'Revoke_Approved',
  'Revoke_In_Progress'];
/** Health checks asked for and not yet answered. */
const HEALTH_WORKING = ['PendingVerify', 'PendingReApply'];
const ITEM_FAILED: ShareItemStatus[] = ['Share_Failed', 'Revoke_Failed'];
/** Where the state machine lets revokeItemsShareObject start (section 2 of the data.all reference). */
const REVOKABLE_SHARE: ShareObjectStatus[] = ['Draft', 'Submitted', 'Rejected', 'Processed', 'Extension_Rejected'];
const REVOKABLE_ITEM: ShareItemStatus[] = ['Share_Succeeded', 'Revoke_Failed'];
/** submitShareObject sends these items back for approval. */
const SUBMITTABLE_ITEM: ShareItemStatus[] = ['PendingApproval', 'Share_Rejected', 'Share_Failed'];
/** deleteShareObject refuses while any item holds or is moving a grant. */
const GRANTED_ITEM: ShareItemStatus[] = ['Share_Succeeded', 'Share_In_Progress', 'Revoke_Approved',
  'Revoke_In_Progress', 'Revoke_Failed', 'Share_Approved'];

export function itemsOf(share: ShareState): ShareItemState[] {
  return (share.items?.nodes ?? []).filter((item): item is ShareItemState => item !== null);
}

/** Whether the share processor (or a health check) is still at work: the page polls until it is not. */
export function isProcessing(share: ShareState): boolean {
  return (!!share.status && SHARE_WORKING.includes(share.status))
    || itemsOf(share).some((item) => (!!item.status && ITEM_WORKING.includes(item.status))
      || (!!item.healthStatus && HEALTH_WORKING.includes(item.healthStatus)));
}

/** The items whose grant or revoke failed, each with the processor's message. */
export function failedItems(share: ShareState): ShareItemState[] {
  return itemsOf(share).filter((item) => !!item.status && ITEM_FAILED.includes(item.status));
}

export function isApprover(share: ShareState): boolean {
  return share.userRoleForShareObject === 'Approvers' || share.userRoleForShareObject === 'ApproversAndRequesters';
}

export function isRequester(share: ShareState): boolean {
  return share.userRoleForShareObject === 'Requesters' || share.userRoleForShareObject === 'ApproversAndRequesters';
}

export interface ShareActions {
  approve: boolean;
  reject: boolean;
  submit: boolean;
  requestExtension: boolean;
  approveExtension: boolean;
  rejectExtension: boolean;
  cancelExtension: boolean;
  changeExpiration: boolean;
  delete: boolean;
}

/** The share-wide actions the caller's role and the share's status allow, as data.all's state machine has them. */
export function shareActions(share: ShareState): ShareActions {
  const status = share.status;
  const approver = isApprover(share);
  const requester = isRequester(share);
  const items = itemsOf(share);
  const expires = !!share.dataset?.enableExpiration;
  const working = isProcessing(share);
  return {
    approve: approver && status === 'Submitted',
    reject: approver && status === 'Submitted',
    submit: requester && (status === 'Draft' || status === 'Rejected' || status === 'Extension_Rejected')
      && items.some((item) => !!item.status && SUBMITTABLE_ITEM.includes(item.status)),
    requestExtension: requester && expires && (status === 'Processed' || status === 'Extension_Rejected')
      && items.some((item) => item.status === 'Share_Succeeded'),
    approveExtension: approver && status === 'Submitted_For_Extension',
    rejectExtension: approver && status === 'Submitted_For_Extension',
    cancelExtension: requester && status === 'Submitted_For_Extension',
    changeExpiration: requester && expires && (status === 'Draft' || status === 'Submitted' || status === 'Rejected'),
    delete: (approver || requester) && !working
      && !items.some((item) => !!item.status && GRANTED_ITEM.includes(item.status)),
  };
}

/** Items that revokeItemsShareObject takes now. */
export function revokableItems(share: ShareState, chosen: ShareItemState[]): ShareItemState[] {
  if (!share.status || !REVOKABLE_SHARE.includes(share.status)) {
    return [];
  }
  return chosen.filter((item) => !!item.status && REVOKABLE_ITEM.includes(item.status));
}

/** Items whose grant a health check can look at: those granted. */
export function checkableItems(chosen: ShareItemState[]): ShareItemState[] {
  return chosen.filter((item) => item.status === 'Share_Succeeded');
}

/** A principal as readers know it: a Group share's name carries its role ARN (data.all's format), so the team names it. */
export function principalLabel(principal: { principalType?: string | null; principalName?: string | null;
  SamlGroupName?: string | null }): string {
  const name = principal.principalType === 'Group' ? principal.SamlGroupName ?? principal.principalName
    : principal.principalName;
  return name ?? '';
}
