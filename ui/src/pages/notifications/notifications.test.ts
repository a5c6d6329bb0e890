import { describe, expect, it } from 'vitest';
import { notificationFilterOf, targetOf, typeLabel, viewOf } from './notifications';

describe('notifications', () => {
  it('ask for every notification in the All view', () => {
    expect(notificationFilterOf('all', 2, 25)).toEqual({ page: 2, pageSize: 25 });
  });

  it('ask for the unread or read ones with data.all\'s flag', () => {
    expect(notificationFilterOf('unread', 1, 25)).toEqual({ page: 1, pageSize: 25, unread: true });
    expect(notificationFilterOf('read', 1, 25)).toEqual({ page: 1, pageSize: 25, read: true });
  });

  it('show All for a view the URL does not name', () => {
    expect(viewOf('starred')).toBe('all');
    expect(viewOf(null)).toBe('all');
  });

  it('link a share notification to its share, not its dataset', () => {
    expect(targetOf('SHARE_OBJECT_SUBMITTED', 'share1|dataset1')).toEqual(
      { path: '/shares/share1', label: 'Open the share' });
  });

  it('link a dataset notification to its dataset', () => {
    expect(targetOf('DATASET_TABLE_CHANGED', 'dataset1')?.path).toBe('/datasets/dataset1');
  });

  it('link nowhere when the target has no page', () => {
    expect(targetOf('WORKSHEET_SHARED', 'w1')).toBeNull();
  });

  it('name known types in words', () => {
    expect(typeLabel('SHARE_OBJECT_APPROVED')).toBe('Share request approved');
  });

  it('name unknown types from their code', () => {
    expect(typeLabel('DATASET_UPDATED')).toBe('Dataset updated');
  });
});
