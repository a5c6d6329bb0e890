package io.grantline.api.notification;

import io.grantline.api.Page;
import java.util.List;

/** Queries answered from the notification read model, and their results. */
public final class NotificationQueries {

    private NotificationQueries() {
    }

    /**
     * The notifications addressed to the user or to one of the groups, newest first. read and unread narrow to read or
     * unread ones, archived to archived ones; type and term (in the message) narrow further when given.
     */
    public record ListNotifications(String username, List<String> groups, boolean read, boolean unread,
                                    boolean archived, String type, String term, int page, int pageSize) {
    }

    /** Answers an Integer: the unread notifications addressed to the user or to one of the groups. */
    public record CountUnreadNotifications(String username, List<String> groups) {
    }

    public record FindNotification(String notificationUri) {
    }

    public record ListUnreadNotificationUris(String username, List<String> groups) {
    }

    public record NotificationView(String notificationUri, String recipient, String type, String message,
                                   String targetUri, boolean read, String created, String updated) {
    }

    public record NotificationPage(Page<NotificationView> page) {
    }

    public record UnreadNotificationUris(List<String> notificationUris) {
    }
}
