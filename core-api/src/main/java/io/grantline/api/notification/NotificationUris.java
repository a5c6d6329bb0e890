package io.grantline.api.notification;

import io.grantline.api.DerivedUris;

/**
 * The uri of a notification, derived from what caused it (the identifier of the event) and its recipient: the same
 * cause delivered twice names the same notification, which is created once.
 */
public final class NotificationUris {

    private NotificationUris() {
    }

    public static String of(String causeIdentifier, String recipient) {
        return DerivedUris.of(causeIdentifier, recipient);
    }
}
