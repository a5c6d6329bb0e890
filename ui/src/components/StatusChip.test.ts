import { describe, expect, it } from 'vitest';
import { statusColor } from './StatusChip';

describe('status colours', () => {
  it.each(['CREATE_COMPLETE', 'SUCCEEDED', 'Share_Succeeded', 'Revoke_Succeeded', 'DELIVERED', 'Healthy', 'Processed'])(
    '%s is a success', (status) => expect(statusColor(status)).toBe('success'));

  it.each(['CREATE_FAILED', 'ROLLBACK_COMPLETE', 'Share_Failed', 'Rejected', 'DEAD_LETTER', 'Unhealthy'])(
    '%s is a failure', (status) => expect(statusColor(status)).toBe('error'));

  it.each(['PENDING', 'CREATE_IN_PROGRESS', 'RUNNING', 'Submitted', 'Share_Approved', 'Revoke_Approved', 'PendingApproval', 'PendingReApply'])(
    '%s is work under way', (status) => expect(statusColor(status)).toBe('info'));

  it('an unknown status is neutral', () => {
    expect(statusColor('Draft')).toBe('default');
  });
});
