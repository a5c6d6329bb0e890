package io.grantline.app.live;

import io.grantline.api.notification.NotificationEvents.NotificationCreated;
import io.grantline.api.notification.NotificationQueries.FindNotification;
import io.grantline.api.notification.NotificationQueries.NotificationView;
import io.grantline.api.sagarun.SagaRunEvents;
import io.grantline.api.sagarun.SagaRunQueries.FindSagaRun;
import io.grantline.api.sagarun.SagaRunQueries.SagaRunView;
import io.grantline.app.axon.ProjectionProgress;
import io.grantline.graphql.live.LiveEvents;
import io.grantline.graphql.live.ShareStatusChange;
import io.grantline.graphql.support.Queries;
import io.grantline.projections.support.ReadModel;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Fans committed events out to the subscribers, one multicast sink per subscription type. The live processor hands
 * each event over and goes on: a single worker behind a bounded queue waits for the read model to project the event
 * (so what a push says, and the permission checks made for it, agree with the queries) and emits, in event order.
 * Each subscriber reads through its own bounded buffer on its own worker: a slow one overflows and is ended, the
 * others and the event processing are not held up. Nothing is prepared for a type nobody subscribes to.
 */
public class LiveEventHub implements LiveEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventHub.class);

    private final Sinks.Many<ShareStatusChange> shareChanges = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<NotificationView> notifications = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<SagaRunView> sagaRuns = Sinks.many().multicast().directBestEffort();
    private final ProjectionProgress progress;
    private final Queries queries;
    private final LiveSettings settings;
    private final ThreadPoolExecutor worker;

    public LiveEventHub(ProjectionProgress progress, Queries queries, LiveSettings settings) {
        this.progress = progress;
        this.queries = queries;
        this.settings = settings;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queue()), runnable -> {
                    Thread thread = new Thread(runnable, "live-events");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public Flux<ShareStatusChange> shareStatusChanges() {
        return subscribe(shareChanges);
    }

    @Override
    public Flux<NotificationView> notifications() {
        return subscribe(notifications);
    }

    @Override
    public Flux<SagaRunView> sagaRuns() {
        return subscribe(sagaRuns);
    }

    /** Open subscriptions of every type: a gauge of the live load (and what tests wait for before acting). */
    public int subscriberCount() {
        return shareChanges.currentSubscriberCount() + notifications.currentSubscriberCount()
                + sagaRuns.currentSubscriberCount();
    }

    /** Called for each committed event; returns at once. */
    public void accept(EventMessage<?> event) {
        Runnable push = pushOf(event);
        if (push == null) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    awaitReadModel(event);
                    push.run();
                } catch (RuntimeException e) {
                    LOG.warn("Live push of event {} failed", event.getIdentifier(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Live subscribers fell {} events behind; event {} is not pushed", settings.queue(),
                    event.getIdentifier());
        }
    }

    private Runnable pushOf(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof NotificationCreated created) {
            return listenedTo(notifications) ? () -> emit(notifications, queries.ask(
                    new FindNotification(created.notificationUri()), NotificationView.class)) : null;
        }
        if (payload.getClass().getEnclosingClass() == SagaRunEvents.class
                && event instanceof DomainEventMessage<?> runEvent) {
            return listenedTo(sagaRuns) ? () -> emit(sagaRuns, queries.ask(
                    new FindSagaRun(runEvent.getAggregateIdentifier()), SagaRunView.class)) : null;
        }
        if (!listenedTo(shareChanges)) {
            return null;
        }
        Optional<ShareStatusChange> change = ShareStatusChanges.of(event);
        return change.<Runnable>map(value -> () -> emit(shareChanges, value)).orElse(null);
    }

    private void awaitReadModel(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && !progress.awaitProjected(ReadModel.PROCESSING_GROUP,
                domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), settings.readModelWait())) {
            LOG.warn("Read model did not reach {}#{} within {}; pushing anyway", domainEvent.getAggregateIdentifier(),
                    domainEvent.getSequenceNumber(), settings.readModelWait());
        }
    }

    private static boolean listenedTo(Sinks.Many<?> sink) {
        return sink.currentSubscriberCount() > 0;
    }

    /** Only the worker emits, so emissions never race. */
    private static <T> void emit(Sinks.Many<T> sink, T item) {
        if (item != null) {
            sink.tryEmitNext(item);
        }
    }

    private <T> Flux<T> subscribe(Sinks.Many<T> sink) {
        return sink.asFlux()
                .onBackpressureBuffer(settings.subscriberBuffer(),
                        dropped -> LOG.info("A live subscriber fell {} pushes behind and is ended",
                                settings.subscriberBuffer()),
                        BufferOverflowStrategy.ERROR)
                .publishOn(Schedulers.boundedElastic(), 1);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        shareChanges.tryEmitComplete();
        notifications.tryEmitComplete();
        sagaRuns.tryEmitComplete();
    }
}
