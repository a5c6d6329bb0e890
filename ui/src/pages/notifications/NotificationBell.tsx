import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';

const CountUnread = graphql(`
  query CountUnreadNotifications {
    countUnreadNotifications
  }
`);

const NotificationReceived = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      notificationUri
      type
      message
    }
  }
`);

export const NOTIFICATIONS_KEY = ['notifications'];

/** The unread count, read again whenever the API pushes a new notification of the caller. */
export function NotificationBell() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const unread = useApiQuery([...NOTIFICATIONS_KEY, 'unread'], CountUnread, {});
  useSubscription(NotificationReceived, {}, () => {
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  });
  const count = unread.data?.countUnreadNotifications ?? 0;
  return (
    <Tooltip title="Notifications">
      <IconButton color="inherit" aria-label={`Notifications: ${count} unread`} onClick={() => navigate('/notifications')}>
        <Badge badgeContent={count} color="error" max={99}>
          <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
            <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z" />
          </svg>
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
