package io.grantline.app.replay;

import io.grantline.projections.support.ReadModel;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read model into a scratch schema while the live processor keeps running, then pauses the live
 * processor briefly, catches the scratch up to exactly what the live tables hold, and hands both to a finishing
 * step (compare, or swap in) before the live processor resumes.
 */
@Component
class ReadModelRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilder.class);

    /** While a catch-up round still finds more than this, another round runs before the live processor pauses. */
    private static final long PAUSE_BELOW = 1_000;
    private static final int MAX_ROUNDS_BEFORE_PAUSE = 10;

    private final ReadModelTables tables;
    private final LiveProcessors processors;
    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate outsideTransactions;
    private final int batchSize;

    ReadModelRebuilder(ReadModelTables tables, LiveProcessors processors, @Lazy EventStorageEngine events,
                       JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       @Value("${grantline.replay.batch-size:500}") int batchSize) {
        this.tables = tables;
        this.processors = processors;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.outsideTransactions = new TransactionTemplate(transactionManager);
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.batchSize = batchSize;
    }

    /** What the finishing step sees: the scratch schema, rebuilt up to the paused live processor's position. */
    record Rebuilt(ScratchSchema scratch, List<ReadTable> tables, long eventsReplayed, JdbcTemplate jdbc,
                   TransactionTemplate transaction) {
    }

    /**
     * Rebuilds and runs the finishing step while the live processor is paused. Runs outside any caller's
     * transaction: the scratch schema must be visible to the replay's own transactions.
     */
    synchronized <R> R rebuild(Function<Rebuilt, R> finish) {
        return outsideTransactions.execute(status -> rebuildOutsideTransactions(finish));
    }

    private <R> R rebuildOutsideTransactions(Function<Rebuilt, R> finish) {
        List<ReadTable> readTables = tables.all();
        TrackingEventProcessor live = processors.get(ReadModel.PROCESSING_GROUP);
        try (ScratchSchema scratch = ScratchSchema.create(jdbc, readTables)) {
            ScratchRebuild rebuild = new ScratchRebuild(events, live.eventHandlerInvoker(), ReadModel.PROCESSING_GROUP,
                    scratch, jdbc, transaction, batchSize);
            int rounds = 0;
            long replayed;
            do {
                replayed = rebuild.catchUp(processors.coverage(ReadModel.PROCESSING_GROUP));
                rounds++;
            } while (replayed > PAUSE_BELOW && rounds < MAX_ROUNDS_BEFORE_PAUSE);
            boolean wasRunning = live.isRunning();
            long paused = System.nanoTime();
            live.shutDown();
            try {
                rebuild.catchUp(processors.coverage(ReadModel.PROCESSING_GROUP));
                R result = finish.apply(new Rebuilt(scratch, readTables, rebuild.replayed(), jdbc, transaction));
                LOG.info("Read model rebuilt from {} events; live processor paused for {} ms", rebuild.replayed(),
                        millisSince(paused));
                return result;
            } finally {
                if (wasRunning) {
                    live.start();
                }
            }
        }
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
