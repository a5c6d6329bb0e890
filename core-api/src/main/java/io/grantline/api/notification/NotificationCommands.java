package io.grantline.api.notification;

import io.grantline.api.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the Notification aggregate. */
public final class NotificationCommands {

    private NotificationCommands() {
    }

    /**
     * Creates the notification unless it exists: notificationUri is derived from what caused it
     * ({@link NotificationUris#of}), so a redelivered cause creates nothing new.
     */
    public record CreateNotification(@TargetAggregateIdentifier String notificationUri, String recipient,
                                     String type, String message, String targetUri, Actor actor) {
    }

    /** Only the recipient (the user, or a member of the recipient team) marks a notification read. */
    public record MarkNotificationRead(@TargetAggregateIdentifier String notificationUri, Actor actor) {
    }
}
