import { graphql } from '../../gql';

/** Every notification query lives under this key: a push or a mark-read invalidates them all. */
export const NOTIFICATIONS_KEY = ['notifications'];

export const CountUnreadNotifications = graphql(`
  query CountUnreadNotifications {
    countUnreadNotifications
  }
`);

export const NotificationReceived = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      notificationUri
      type
      message
    }
  }
`);

export const ListNotifications = graphql(`
  query ListNotifications($filter: NotificationFilter) {
    listNotifications(filter: $filter) {
      count
      page
      pages
      nodes {
        notificationUri
        type
        message
        target_uri
        is_read
        created
        username
      }
    }
  }
`);

export const MarkNotificationAsRead = graphql(`
  mutation MarkNotificationAsRead($notificationUri: String) {
    markNotificationAsRead(notificationUri: $notificationUri)
  }
`);

export const MarkAllNotificationsAsRead = graphql(`
  mutation MarkAllNotificationsAsRead {
    markAllNotificationsAsRead
  }
`);
