import type { NotificationFilter } from '../../gql/graphql';

// no Archived view: nothing archives a notification (data.all's flag exists, and always finds none)
export type NotificationView = 'all' | 'unread' | 'read';

export const VIEWS: { value: NotificationView; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unread', label: 'Unread' },
  { value: 'read', label: 'Read' },
];

export function viewOf(value: string | null): NotificationView {
  return VIEWS.some((view) => view.value === value) ? value as NotificationView : 'all';
}

/** The API's filter for a view of the list (data.all's flags: unread, read). */
export function notificationFilterOf(view: NotificationView, page: number, pageSize: number): NotificationFilter {
  const filter: NotificationFilter = { page, pageSize };
  if (view !== 'all') {
    filter[view] = true;
  }
  return filter;
}

const TYPE_LABELS: Record<string, string> = {
  SHARE_OBJECT_SUBMITTED: 'Share request submitted',
  SHARE_OBJECT_EXTENSION_SUBMITTED: 'Share extension requested',
  SHARE_OBJECT_APPROVED: 'Share request approved',
  SHARE_OBJECT_EXTENDED: 'Share extended',
  SHARE_OBJECT_REJECTED: 'Share rejected or revoked',
  SHARE_OBJECT_EXTENSION_REJECTED: 'Share extension rejected',
  SHARE_OBJECT_SUCCEEDED: 'Share processed',
  SHARE_OBJECT_FAILED: 'Share processing failed',
};

/** A notification type in words; a type the UI does not know yet, from its code (DATASET_UPDATED → Dataset updated). */
export function typeLabel(type: string | null | undefined): string {
  if (!type) {
    return 'Notification';
  }
  const known = TYPE_LABELS[type];
  if (known) {
    return known;
  }
  const words = type.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The page a notification is about. data.all gives share notifications "shareUri|datasetUri" as their target and
 * dataset notifications the dataset's uri; other targets have no page of their own.
 */
export function targetOf(type: string | null | undefined, targetUri: string): { path: string; label: string } | null {
  const [first] = targetUri.split('|');
  if (!first) {
    return null;
  }
  if (type?.startsWith('SHARE_OBJECT')) {
    return { path: `/shares/${encodeURIComponent(first)}`, label: 'Open the share' };
  }
  if (type?.includes('DATASET')) {
    return { path: `/datasets/${encodeURIComponent(first)}`, label: 'Open the dataset' };
  }
  return null;
}
