package io.grantline.projections.catalog;

import io.grantline.api.catalog.CatalogCommands.ReindexCatalog;
import io.grantline.api.catalog.CatalogQueries.CatalogIndexStatus;
import io.grantline.api.catalog.CatalogQueries.FindCatalogIndexStatus;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the catalog from the event store while the application keeps serving: the catalog processor is reset to
 * the first event and replays everything into the same index (documents are overwritten by uri). With handleDeletes,
 * the rebuild writes a newer generation and, once it has caught up, removes the documents it did not write.
 */
@Component
public class CatalogReindexer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogReindexer.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final CatalogState state;
    private final CatalogIndex index;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "catalog-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ScheduledFuture<?> cleanup;

    public CatalogReindexer(@Lazy EventProcessingConfiguration processing, @Lazy EventStore eventStore,
                            CatalogState state, CatalogIndex index) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.state = state;
        this.index = index;
    }

    /** Answers at once; the rebuild runs in the background and catalogIndexStatus follows it. */
    @CommandHandler
    boolean handle(ReindexCatalog command) {
        long generation = command.handleDeletes() ? state.nextGeneration() : -1;
        background.execute(() -> rebuild(generation));
        return true;
    }

    @QueryHandler
    CatalogIndexStatus status(FindCatalogIndexStatus query) {
        TrackingEventProcessor processor = processor();
        boolean replaying = processor.isReplaying();
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min().orElse(0);
        long head = position(eventStore.createHeadToken());
        double percent = head <= 0 ? 100.0 : Math.min(100.0, 100.0 * position / head);
        return new CatalogIndexStatus(replaying, position, head, Math.round(percent * 10) / 10.0, index.count());
    }

    private void rebuild(long generation) {
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        LOG.info("Catalog rebuild started from the first event{}", generation > 0 ? ", generation " + generation : "");
        if (generation > 0) {
            long head = position(eventStore.createHeadToken());
            cleanup = background.scheduleWithFixedDelay(() -> removeOlderGenerationsOnceCaughtUp(generation, head),
                    500, 500, TimeUnit.MILLISECONDS);
        }
    }

    private void removeOlderGenerationsOnceCaughtUp(long generation, long head) {
        TrackingEventProcessor processor = processor();
        boolean caughtUp = !processor.isReplaying() && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
        if (caughtUp) {
            long removed = index.deleteOlderGenerations(generation);
            LOG.info("Catalog rebuild caught up; removed {} documents of no live item", removed);
            cleanup.cancel(false);
        }
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(CatalogProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the catalog processor is not configured"));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
