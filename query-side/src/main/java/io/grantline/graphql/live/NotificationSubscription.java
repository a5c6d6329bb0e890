package io.grantline.graphql.live;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsSubscription;
import io.grantline.api.Actor;
import io.grantline.api.notification.NotificationQueries.NotificationView;
import io.grantline.api.notification.NotificationRecipients;
import io.grantline.graphql.notification.NotificationNode;
import org.reactivestreams.Publisher;

/** New notifications of the caller: addressed to the caller, or to one of the caller's teams (data.all's rule). */
@DgsComponent
public class NotificationSubscription {

    private final LiveEvents live;
    private final LiveCallers callers;

    public NotificationSubscription(LiveEvents live, LiveCallers callers) {
        this.live = live;
        this.callers = callers;
    }

    @DgsSubscription
    public Publisher<NotificationNode> notificationReceived(DgsDataFetchingEnvironment environment) {
        Actor actor = callers.of(environment);
        return live.notifications()
                .filter(notification -> NotificationRecipients.isRecipient(actor, notification.recipient()))
                .map(NotificationSubscription::node);
    }

    private static NotificationNode node(NotificationView view) {
        return new NotificationNode(view.notificationUri(), view.type(), view.message(), view.recipient(),
                view.targetUri(), view.read(), view.created(), view.updated());
    }
}
