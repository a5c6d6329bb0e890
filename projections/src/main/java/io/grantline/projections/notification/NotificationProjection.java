package io.grantline.projections.notification;

import static io.grantline.projections.jooq.Tables.NOTIFICATION;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.notification.NotificationEvents.NotificationCreated;
import io.grantline.api.notification.NotificationEvents.NotificationRead;
import io.grantline.api.notification.NotificationQueries.CountUnreadNotifications;
import io.grantline.api.notification.NotificationQueries.FindNotification;
import io.grantline.api.notification.NotificationQueries.ListNotifications;
import io.grantline.api.notification.NotificationQueries.ListUnreadNotificationUris;
import io.grantline.api.notification.NotificationQueries.NotificationPage;
import io.grantline.api.notification.NotificationQueries.NotificationView;
import io.grantline.api.notification.NotificationQueries.UnreadNotificationUris;
import io.grantline.projections.jooq.tables.records.NotificationRecord;
import io.grantline.projections.support.ReadModel;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The notification table and the queries it answers. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class NotificationProjection {

    private final DSLContext db;

    public NotificationProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(NotificationCreated event) {
        db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.NOTIFICATION_URI, event.notificationUri())
                .set(NOTIFICATION.RECIPIENT, event.recipient())
                .set(NOTIFICATION.TYPE, event.type())
                .set(NOTIFICATION.MESSAGE, event.message())
                .set(NOTIFICATION.TARGET_URI, event.targetUri())
                .set(NOTIFICATION.IS_READ, false)
                .set(NOTIFICATION.CREATED, utc(event.created()))
                .set(NOTIFICATION.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(NotificationRead event) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.IS_READ, true)
                .set(NOTIFICATION.UPDATED, utc(event.read()))
                .where(NOTIFICATION.NOTIFICATION_URI.eq(event.notificationUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(NOTIFICATION).execute();
    }

    @QueryHandler
    NotificationPage handle(ListNotifications query) {
        Condition condition = addressedTo(query.username(), query.groups());
        if (query.read()) {
            condition = condition.and(NOTIFICATION.IS_READ.isTrue());
        }
        if (query.unread()) {
            condition = condition.and(NOTIFICATION.IS_READ.isFalse());
        }
        if (query.archived()) {
            // nothing archives a notification (data.all's deleted column is never set either)
            condition = DSL.falseCondition();
        }
        if (query.type() != null && !query.type().isBlank()) {
            condition = condition.and(NOTIFICATION.TYPE.eq(query.type().trim()));
        }
        if (query.term() != null && !query.term().isBlank()) {
            condition = condition.and(NOTIFICATION.MESSAGE.likeIgnoreCase("%" + query.term().trim() + "%"));
        }
        int count = db.fetchCount(NOTIFICATION, condition);
        List<NotificationView> nodes = db.selectFrom(NOTIFICATION).where(condition)
                .orderBy(NOTIFICATION.CREATED.desc(), NOTIFICATION.NOTIFICATION_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(NotificationProjection::view);
        return new NotificationPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    Integer handle(CountUnreadNotifications query) {
        return db.fetchCount(NOTIFICATION,
                addressedTo(query.username(), query.groups()).and(NOTIFICATION.IS_READ.isFalse()));
    }

    @QueryHandler
    NotificationView handle(FindNotification query) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.NOTIFICATION_URI.eq(query.notificationUri()))
                .fetchOptional(NotificationProjection::view)
                .orElse(null);
    }

    @QueryHandler
    UnreadNotificationUris handle(ListUnreadNotificationUris query) {
        return new UnreadNotificationUris(db.select(NOTIFICATION.NOTIFICATION_URI).from(NOTIFICATION)
                .where(addressedTo(query.username(), query.groups()).and(NOTIFICATION.IS_READ.isFalse()))
                .orderBy(NOTIFICATION.CREATED, NOTIFICATION.NOTIFICATION_URI)
                .fetch(NOTIFICATION.NOTIFICATION_URI));
    }

    private static Condition addressedTo(String username, List<String> groups) {
        List<String> recipients = new ArrayList<>();
        if (username != null) {
            recipients.add(username);
        }
        if (groups != null) {
            recipients.addAll(groups);
        }
        return recipients.isEmpty() ? DSL.falseCondition() : NOTIFICATION.RECIPIENT.in(recipients);
    }

    private static NotificationView view(NotificationRecord row) {
        return new NotificationView(row.getNotificationUri(), row.getRecipient(), row.getType(), row.getMessage(),
                row.getTargetUri(), row.getIsRead(), text(row.getCreated()), text(row.getUpdated()));
    }
}
