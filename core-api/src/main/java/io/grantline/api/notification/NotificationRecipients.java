package io.grantline.api.notification;

import io.grantline.api.Actor;
import io.grantline.api.error.UnauthorizedOperation;

/** data.all's recipient check: a notification is the business of its recipient user, or of the recipient team. */
public final class NotificationRecipients {

    private NotificationRecipients() {
    }

    public static boolean isRecipient(Actor actor, String recipient) {
        return recipient != null && (recipient.equals(actor.username()) || actor.isMemberOf(recipient));
    }

    public static UnauthorizedOperation notRecipient(Actor actor, String notificationUri) {
        return new UnauthorizedOperation("UPDATE NOTIFICATION", "User " + actor.username()
                + " is not the recipient user/group of the notification " + notificationUri);
    }
}
