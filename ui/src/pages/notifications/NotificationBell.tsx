import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';
import { CountUnreadNotifications, NOTIFICATIONS_KEY, NotificationReceived } from './operations';

export { NOTIFICATIONS_KEY };

/** The count is pushed; reading it again now and then also catches up after the WebSocket was away. */
const CATCH_UP_INTERVAL_MS = 60_000;

/** The unread count, read again whenever the API pushes a new notification of the caller. */
export function NotificationBell() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const unread = useApiQuery([...NOTIFICATIONS_KEY, 'unread'], CountUnreadNotifications, {},
    { refetchInterval: CATCH_UP_INTERVAL_MS });
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
