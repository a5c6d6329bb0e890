package io.grantline.app.replay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the event store into a scratch schema through the live processor's own event handlers: each batch runs in
 * a transaction whose search_path is the scratch schema, so the handlers' unqualified SQL writes the scratch tables.
 * It replays only what a coverage says the live processor has projected; events read but not yet covered wait for a
 * later, wider coverage (the live processor's segments move on independently).
 */
final class ScratchRebuild {

    private final EventStorageEngine events;
    private final EventHandlerInvoker handlers;
    private final String processingGroup;
    private final ScratchSchema scratch;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;

    /** Events read from the store that no coverage has included yet, in store order. */
    private final List<TrackedEventMessage<?>> waiting = new ArrayList<>();
    /** Where reading the store goes on: the token of the last event read. */
    private TrackingToken readUpTo;
    private long replayed;

    ScratchRebuild(EventStorageEngine events, EventHandlerInvoker handlers, String processingGroup,
                   ScratchSchema scratch, JdbcTemplate jdbc, TransactionTemplate transactions, int batchSize) {
        this.events = events;
        this.handlers = handlers;
        this.processingGroup = processingGroup;
        this.scratch = scratch;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    long replayed() {
        return replayed;
    }

    /** Replays every event the coverage includes that was not replayed yet; answers how many. */
    long catchUp(Coverage coverage) {
        long before = replayed;
        List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
        List<TrackedEventMessage<?>> stillWaiting = new ArrayList<>();
        for (TrackedEventMessage<?> event : waiting) {
            if (coverage.covers(event)) {
                batch.add(event);
                batch = flushIfFull(batch);
            } else {
                stillWaiting.add(event);
            }
        }
        waiting.clear();
        waiting.addAll(stillWaiting);
        long highest = coverage.highestIndex();
        if (readUpTo == null || readUpTo.position().orElse(-1) < highest) {
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(readUpTo, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    if (event.trackingToken().position().orElseThrow() > highest) {
                        break;
                    }
                    readUpTo = event.trackingToken();
                    if (coverage.covers(event)) {
                        batch.add(event);
                        batch = flushIfFull(batch);
                    } else {
                        waiting.add(event);
                    }
                }
            }
        }
        replay(batch);
        return replayed - before;
    }

    private List<TrackedEventMessage<?>> flushIfFull(List<TrackedEventMessage<?>> batch) {
        if (batch.size() < batchSize) {
            return batch;
        }
        replay(batch);
        return new ArrayList<>(batchSize);
    }

    private void replay(List<TrackedEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local search_path to " + scratch.name());
            handle(batch);
            recordProgress(batch);
        });
        replayed += batch.size();
    }

    private void handle(List<TrackedEventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("replaying into " + scratch.name() + " failed", result.exceptionResult());
        }
    }

    /** What ProjectionProgressInterceptor records live: per aggregate the highest sequence number projected. */
    private void recordProgress(List<TrackedEventMessage<?>> batch) {
        Map<String, Long> highest = new LinkedHashMap<>();
        for (TrackedEventMessage<?> event : batch) {
            if (event instanceof DomainEventMessage<?> domain) {
                highest.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::max);
            }
        }
        List<Object[]> rows = new ArrayList<>(highest.size());
        highest.forEach((aggregate, sequence) -> rows.add(new Object[] {processingGroup, aggregate, sequence}));
        jdbc.batchUpdate("""
                insert into projection_progress (processing_group, aggregate_id, sequence_number) values (?, ?, ?)
                on conflict (processing_group, aggregate_id) do update
                set sequence_number = greatest(projection_progress.sequence_number, excluded.sequence_number)""",
                rows);
    }
}
