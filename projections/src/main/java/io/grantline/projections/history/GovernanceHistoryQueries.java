package io.grantline.projections.history;

import static io.grantline.projections.jooq.Tables.GOVERNANCE_EVENT;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_TOUCHED;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.grantline.api.Page;
import io.grantline.api.history.HistoryExport;
import io.grantline.api.history.HistoryQueries.FindHistoryResource;
import io.grantline.api.history.HistoryQueries.GovernanceChange;
import io.grantline.api.history.HistoryQueries.GovernanceEventView;
import io.grantline.api.history.HistoryQueries.GovernanceHistoryPage;
import io.grantline.api.history.HistoryQueries.HistoryResource;
import io.grantline.api.history.HistoryQueries.ListGovernanceHistory;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the governance history: pages of a resource's history, newest first, and exports streamed from a database
 * cursor inside a read-only transaction, oldest first, one row in memory at a time.
 */
@Component
public class GovernanceHistoryQueries implements HistoryExport {

    /** Rows the cursor fetches per round trip: memory stays bounded by this, whatever the export's size. */
    static final int EXPORT_FETCH_SIZE = 500;
    private static final TypeReference<List<GovernanceChange>> CHANGES = new TypeReference<>() {
    };

    private final DSLContext db;
    private final TransactionTemplate readOnly;

    public GovernanceHistoryQueries(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @QueryHandler
    GovernanceHistoryPage handle(ListGovernanceHistory query) {
        Condition condition = GOVERNANCE_TOUCHED.RESOURCE_URI.eq(query.resourceUri())
                .and(within(query.from(), query.to()));
        if (query.actions() != null && !query.actions().isEmpty()) {
            condition = condition.and(GOVERNANCE_EVENT.EVENT_TYPE.in(query.actions()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            condition = condition.and(GOVERNANCE_EVENT.ACTOR.eq(query.actor().trim()));
        }
        if (query.correlationId() != null && !query.correlationId().isBlank()) {
            condition = condition.and(GOVERNANCE_EVENT.CORRELATION_ID.eq(query.correlationId().trim()));
        }
        int count = db.fetchCount(touchedEvents(DSL.selectOne()).where(condition));
        List<GovernanceEventView> nodes = touchedEvents(db.select(GOVERNANCE_EVENT.fields())).where(condition)
                .orderBy(GOVERNANCE_EVENT.GLOBAL_POSITION.desc())
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(GovernanceHistoryQueries::view);
        return new GovernanceHistoryPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    HistoryResource handle(FindHistoryResource query) {
        return db.select(GOVERNANCE_TOUCHED.RESOURCE_TYPE).from(GOVERNANCE_TOUCHED)
                .where(GOVERNANCE_TOUCHED.RESOURCE_URI.eq(query.resourceUri())).limit(1)
                .fetchOptional(row -> new HistoryResource(query.resourceUri(), row.value1())).orElse(null);
    }

    @Override
    public long stream(String resourceUri, Instant from, Instant to, Consumer<GovernanceEventView> sink) {
        Long streamed = readOnly.execute(status -> {
            Condition condition = within(from, to);
            var select = resourceUri == null
                    ? db.select(GOVERNANCE_EVENT.fields()).from(GOVERNANCE_EVENT).where(condition)
                    : touchedEvents(db.select(GOVERNANCE_EVENT.fields()))
                            .where(condition.and(GOVERNANCE_TOUCHED.RESOURCE_URI.eq(resourceUri)));
            long count = 0;
            try (Stream<Record> rows = select.orderBy(GOVERNANCE_EVENT.GLOBAL_POSITION)
                    .fetchSize(EXPORT_FETCH_SIZE).fetchStream()) {
                var iterator = rows.iterator();
                while (iterator.hasNext()) {
                    sink.accept(view(iterator.next()));
                    count++;
                }
            }
            return count;
        });
        return streamed == null ? 0 : streamed;
    }

    private static <R extends Record> SelectJoinStep<R> touchedEvents(org.jooq.SelectSelectStep<R> select) {
        return select.from(GOVERNANCE_TOUCHED).join(GOVERNANCE_EVENT)
                .on(GOVERNANCE_EVENT.EVENT_ID.eq(GOVERNANCE_TOUCHED.EVENT_ID));
    }

    private static Condition within(Instant from, Instant to) {
        Condition condition = DSL.noCondition();
        if (from != null) {
            condition = condition.and(GOVERNANCE_EVENT.OCCURRED_AT.ge(utc(from)));
        }
        if (to != null) {
            condition = condition.and(GOVERNANCE_EVENT.OCCURRED_AT.le(utc(to)));
        }
        return condition;
    }

    private static GovernanceEventView view(Record row) {
        return new GovernanceEventView(row.get(GOVERNANCE_EVENT.EVENT_ID), row.get(GOVERNANCE_EVENT.GLOBAL_POSITION),
                text(row.get(GOVERNANCE_EVENT.OCCURRED_AT)), row.get(GOVERNANCE_EVENT.ACTOR),
                row.get(GOVERNANCE_EVENT.EVENT_TYPE), row.get(GOVERNANCE_EVENT.AGGREGATE_ID),
                row.get(GOVERNANCE_EVENT.AGGREGATE_TYPE), row.get(GOVERNANCE_EVENT.RESOURCE_URI),
                row.get(GOVERNANCE_EVENT.RESOURCE_TYPE), row.get(GOVERNANCE_EVENT.SUMMARY),
                row.get(GOVERNANCE_EVENT.CORRELATION_ID), row.get(GOVERNANCE_EVENT.CAUSATION_ID),
                changes(row.get(GOVERNANCE_EVENT.CHANGES)));
    }

    private static List<GovernanceChange> changes(org.jooq.JSONB json) {
        try {
            return json == null ? List.of() : EventFields.JSON.readValue(json.data(), CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt changes in the governance history: " + json.data(), e);
        }
    }
}
