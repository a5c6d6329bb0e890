package io.grantline.graphql.live;

import io.grantline.api.notification.NotificationQueries.NotificationView;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunView;
import reactor.core.publisher.Flux;

/**
 * What the subscriptions push: committed events of this application as they happen, each only once the read model
 * has projected it (so a check against the read model at push time sees the event's effect). Every subscriber gets
 * its own bounded buffer and receives on a worker thread of its own, where blocking checks are fine: one that falls
 * too far behind is ended with an error rather than slowing the others or the event processing.
 */
public interface LiveEvents {

    Flux<ShareStatusChange> shareStatusChanges();

    /** Every new notification, whoever its recipient is. */
    Flux<NotificationView> notifications();

    /** A saga run as the read model has it after each of its events. */
    Flux<SagaRunView> sagaRuns();
}
