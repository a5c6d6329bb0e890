import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, Button, Chip, Link, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs,
  Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { ListNotificationsQuery } from '../../gql/graphql';
import { notificationFilterOf, targetOf, typeLabel, viewOf, VIEWS, type NotificationView } from './notifications';
import { CountUnreadNotifications, ListNotifications, MarkAllNotificationsAsRead, MarkNotificationAsRead,
  NOTIFICATIONS_KEY } from './operations';

type Notification = NonNullable<NonNullable<NonNullable<ListNotificationsQuery['listNotifications']>['nodes']>[number]>;

const DEFAULT_PAGE_SIZE = 25;

const EMPTY: Record<NotificationView, string> = {
  all: 'You have no notification yet.',
  unread: 'You have read every notification.',
  read: 'You have not read any notification yet.',
};

function NotificationRow({ notification, onMarkRead, busy }:
                         { notification: Notification; onMarkRead: () => void; busy: boolean }) {
  const target = targetOf(notification.type, notification.target_uri);
  const unread = !notification.is_read;
  return (
    <TableRow hover selected={unread}>
      <TableCell><DateTime value={notification.created} /></TableCell>
      <TableCell>{typeLabel(notification.type)}</TableCell>
      <TableCell sx={{ fontWeight: unread ? 600 : undefined }}>{notification.message}</TableCell>
      <TableCell>{notification.username}</TableCell>
      <TableCell>
        {target ? <Link component={RouterLink} to={target.path}>{target.label}</Link> : '—'}
      </TableCell>
      <TableCell>
        <Chip size="small" color={unread ? 'info' : 'default'} label={unread ? 'Unread' : 'Read'} />
      </TableCell>
      <TableCell>
        {unread && (
          <Button size="small" disabled={busy} onClick={onMarkRead}
                  aria-label={`Mark as read: ${notification.message ?? typeLabel(notification.type)}`}>
            Mark as read
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

/** The caller's notifications (addressed to them or to one of their teams), newest first. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const view = viewOf(params.get('show'));
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const notifications = useApiQuery([...NOTIFICATIONS_KEY, 'list'], ListNotifications,
    { filter: notificationFilterOf(view, page, pageSize) });
  const unread = useApiQuery([...NOTIFICATIONS_KEY, 'unread'], CountUnreadNotifications, {});
  const markRead = useApiMutation(MarkNotificationAsRead, { invalidates: [NOTIFICATIONS_KEY] });
  const markAllRead = useApiMutation(MarkAllNotificationsAsRead, { invalidates: [NOTIFICATIONS_KEY] });
  const unreadCount = unread.data?.countUnreadNotifications ?? 0;

  const show = (next: NotificationView, nextPage = 1, nextPageSize = pageSize) => {
    setParams({ show: next, page: String(nextPage), pageSize: String(nextPageSize) });
  };

  return (
    <Page title="Notifications" subtitle={`${unreadCount} unread`}
          actions={(
            <Button variant="contained" disabled={!unreadCount || markAllRead.isPending}
                    onClick={() => markAllRead.mutate({})}>
              Mark all as read
            </Button>
          )}>
      <ErrorAlert error={markAllRead.error ?? markRead.error} />
      {markAllRead.isSuccess && (
        <Alert severity="success" sx={{ mb: 2 }}>
          Marked {markAllRead.data.markAllNotificationsAsRead ?? 0} notification(s) as read.
        </Alert>
      )}
      <Tabs value={view} onChange={(_, next: NotificationView) => show(next)} aria-label="Show notifications"
            sx={{ mb: 2 }}>
        {VIEWS.map((option) => <Tab key={option.value} value={option.value} label={option.label} />)}
      </Tabs>
      <QueryState query={notifications} label="the notifications">
        {({ listNotifications }) => {
          const rows = listNotifications?.nodes?.filter((node): node is Notification => !!node) ?? [];
          if (!rows.length) {
            return <Typography color="text.secondary">{EMPTY[view]}</Typography>;
          }
          return (
            <>
              <TableContainer>
                <Table size="small" aria-label="Notifications">
                  <TableHead>
                    <TableRow>
                      <TableCell>Received</TableCell>
                      <TableCell>Type</TableCell>
                      <TableCell>Message</TableCell>
                      <TableCell>To</TableCell>
                      <TableCell>About</TableCell>
                      <TableCell>Status</TableCell>
                      <TableCell>Actions</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rows.map((notification) => (
                      <NotificationRow key={notification.notificationUri} notification={notification}
                                       busy={markRead.isPending}
                                       onMarkRead={() => markRead.mutate({ notificationUri: notification.notificationUri })} />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <Pager count={listNotifications?.count} page={page} pageSize={pageSize}
                     onPage={(next) => show(view, next)} onPageSize={(size) => show(view, 1, size)} />
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
