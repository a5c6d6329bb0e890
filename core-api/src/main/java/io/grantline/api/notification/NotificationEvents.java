package io.grantline.api.notification;

import java.time.Instant;

/** Facts about notifications. recipient is a username or a team (group) name, as in data.all. */
public final class NotificationEvents {

    private NotificationEvents() {
    }

    public record NotificationCreated(String notificationUri, String recipient, String type, String message,
                                      String targetUri, Instant created) {
    }

    public record NotificationRead(String notificationUri, String readBy, Instant read) {
    }
}
