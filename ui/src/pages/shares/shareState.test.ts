import { describe, expect, it } from 'vitest';
import { checkableItems, failedItems, isProcessing, principalLabel, revokableItems, shareActions, type ShareState }
  from './shareState';

const items = (...statuses: string[]) => ({ nodes: statuses.map((status, index) =>
  ({ shareItemUri: `i${index}`, status: status as never })) });

describe('share state', () => {
  it('an approved share is processing until its items settle', () => {
    expect(isProcessing({ status: 'Approved', items: items('Share_Approved') })).toBe(true);
    expect(isProcessing({ status: 'Processed', items: items('Share_Succeeded') })).toBe(false);
  });

  it('an item being revoked keeps the share processing', () => {
    expect(isProcessing({ status: 'Processed', items: items('Share_Succeeded', 'Revoke_In_Progress') })).toBe(true);
  });

  it('a pending health check keeps the share processing', () => {
    expect(isProcessing({ status: 'Processed',
      items: { nodes: [{ status: 'Share_Succeeded', healthStatus: 'PendingVerify' }] } })).toBe(true);
  });

  it('failed items are those whose grant or revoke failed', () => {
    expect(failedItems({ items: items('Share_Failed', 'Share_Succeeded', 'Revoke_Failed') })).toHaveLength(2);
  });

  it('approvers approve and reject a submitted share', () => {
    const actions = shareActions({ status: 'Submitted', userRoleForShareObject: 'Approvers', items: items('PendingApproval') });

    expect(actions.approve && actions.reject).toBe(true);
    expect(actions.submit).toBe(false);
  });

  it('requesters do not approve their own request', () => {
    expect(shareActions({ status: 'Submitted', userRoleForShareObject: 'Requesters' }).approve).toBe(false);
  });

  it('a draft is submitted by its requesters once it holds an item to approve', () => {
    expect(shareActions({ status: 'Draft', userRoleForShareObject: 'Requesters', items: items('PendingApproval') }).submit)
      .toBe(true);
    expect(shareActions({ status: 'Draft', userRoleForShareObject: 'Requesters', items: items() }).submit).toBe(false);
  });

  it('an extension is requested only of a granted share of a dataset whose shares expire', () => {
    const granted: ShareState = { status: 'Processed', userRoleForShareObject: 'Requesters', items: items('Share_Succeeded') };

    expect(shareActions({ ...granted, dataset: { enableExpiration: true } }).requestExtension).toBe(true);
    expect(shareActions({ ...granted, dataset: { enableExpiration: false } }).requestExtension).toBe(false);
  });

  it('approvers approve or reject an extension request, requesters cancel it', () => {
    const extending: ShareState = { status: 'Submitted_For_Extension', userRoleForShareObject: 'ApproversAndRequesters' };

    expect(shareActions(extending)).toMatchObject({ approveExtension: true, rejectExtension: true, cancelExtension: true });
  });

  it('a share holding a grant cannot be deleted', () => {
    expect(shareActions({ status: 'Processed', userRoleForShareObject: 'Requesters', items: items('Share_Succeeded') })
      .delete).toBe(false);
    expect(shareActions({ status: 'Processed', userRoleForShareObject: 'Requesters', items: items('Revoke_Succeeded') })
      .delete).toBe(true);
  });

  it('only granted or failed-to-revoke items are revoked', () => {
    const share: ShareState = { status: 'Processed', items: items('Share_Succeeded', 'Revoke_Failed', 'PendingApproval') };

    expect(revokableItems(share, share.items!.nodes as never).map((item) => item.shareItemUri)).toEqual(['i0', 'i1']);
  });

  it('nothing is revoked while the share is processing', () => {
    const share: ShareState = { status: 'Share_In_Progress', items: items('Share_Succeeded') };

    expect(revokableItems(share, share.items!.nodes as never)).toEqual([]);
  });

  it('health checks look at granted items only', () => {
    expect(checkableItems(items('Share_Succeeded', 'Revoke_Succeeded').nodes)).toHaveLength(1);
  });

  it('a Group principal is named by its team, a consumption role by its name', () => {
    expect(principalLabel({ principalType: 'Group', SamlGroupName: 'Analysts',
      principalName: 'Analysts [arn:aws:iam::1:role/x]' })).toBe('Analysts');
    expect(principalLabel({ principalType: 'ConsumptionRole', principalName: 'etl-role' })).toBe('etl-role');
  });
});
