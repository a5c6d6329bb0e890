package io.grantline.graphql.notification;

import io.grantline.api.notification.NotificationQueries.NotificationView;

/** data.all's Notification type; username is the recipient, a user or a team. */
public record NotificationNode(String notificationUri, String type, String message, String username,
                               String target_uri, Boolean is_read, String created, String updated) {

    static NotificationNode of(NotificationView view) {
        return new NotificationNode(view.notificationUri(), view.type(), view.message(), view.recipient(),
                view.targetUri(), view.read(), view.created(), view.updated());
    }
}
