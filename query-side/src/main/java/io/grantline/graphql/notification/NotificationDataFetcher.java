package io.grantline.graphql.notification;

import static io.grantline.graphql.support.Inputs.required;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.notification.NotificationCommands.MarkNotificationRead;
import io.grantline.api.notification.NotificationQueries.CountUnreadNotifications;
import io.grantline.api.notification.NotificationQueries.FindNotification;
import io.grantline.api.notification.NotificationQueries.ListNotifications;
import io.grantline.api.notification.NotificationQueries.ListUnreadNotificationUris;
import io.grantline.api.notification.NotificationQueries.NotificationPage;
import io.grantline.api.notification.NotificationQueries.NotificationView;
import io.grantline.api.notification.NotificationQueries.UnreadNotificationUris;
import io.grantline.api.notification.NotificationRecipients;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/**
 * data.all's notification operations. No tenant permission: everyone reads their own notifications (and their
 * teams'); marking one read is the recipient's business only.
 */
@DgsComponent
public class NotificationDataFetcher {

    /** data.all's page size for notifications. */
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 1000;

    private final CurrentActor currentActor;
    private final Commands commands;
    private final Queries queries;

    public NotificationDataFetcher(CurrentActor currentActor, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public SearchResult<NotificationNode> listNotifications(@InputArgument Map<String, Object> filter) {
        Actor actor = currentActor.get();
        Map<String, Object> given = filter == null ? Map.of() : filter;
        NotificationPage result = queries.ask(new ListNotifications(actor.username(), actor.groups(),
                flag(given, "read"), flag(given, "unread"), flag(given, "archived"), text(given, "type"),
                text(given, "term"), number(given, "page", 1, Integer.MAX_VALUE),
                number(given, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)), NotificationPage.class);
        return SearchResult.of(result.page(), NotificationNode::of);
    }

    @DgsQuery
    public Integer countUnreadNotifications() {
        Actor actor = currentActor.get();
        return queries.ask(new CountUnreadNotifications(actor.username(), actor.groups()), Integer.class);
    }

    @DgsMutation
    public Boolean markNotificationAsRead(@InputArgument String notificationUri) {
        Actor actor = currentActor.get();
        required("markNotificationAsRead", "notificationUri", notificationUri);
        NotificationView notification = queries.ask(new FindNotification(notificationUri), NotificationView.class);
        // an unknown uri is refused as data.all refuses it: the caller is not its recipient
        if (notification == null || !NotificationRecipients.isRecipient(actor, notification.recipient())) {
            throw NotificationRecipients.notRecipient(actor, notificationUri);
        }
        commands.send(new MarkNotificationRead(notificationUri, actor), notificationUri, actor);
        return true;
    }

    /** One command per unread notification of the caller: each is a fact of its own notification. */
    @DgsMutation
    public Integer markAllNotificationsAsRead() {
        Actor actor = currentActor.get();
        UnreadNotificationUris unread = queries.ask(new ListUnreadNotificationUris(actor.username(), actor.groups()),
                UnreadNotificationUris.class);
        for (String notificationUri : unread.notificationUris()) {
            commands.send(new MarkNotificationRead(notificationUri, actor), notificationUri, actor);
        }
        return unread.notificationUris().size();
    }

    private static boolean flag(Map<String, Object> filter, String field) {
        return Boolean.TRUE.equals(filter.get(field));
    }

    private static String text(Map<String, Object> filter, String field) {
        Object value = filter.get(field);
        return value == null ? null : value.toString();
    }

    private static int number(Map<String, Object> filter, String field, int fallback, int max) {
        return filter.get(field) instanceof Number n && n.intValue() > 0 ? Math.min(n.intValue(), max) : fallback;
    }
}
