package io.grantline.bench;

import io.grantline.api.Actor;
import io.grantline.api.replay.Projections;
import io.grantline.api.replay.ReplayCommands.ProjectionReset;
import io.grantline.api.replay.ReplayQueries.ProjectionStatus;
import io.grantline.api.replay.ReplayQueries.ProjectionVerification;
import io.grantline.app.replay.ProjectionRebuilds;
import io.grantline.bench.AccessAtEvents.Fact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The read model's rebuild rate beside a plain JDBC baseline on the same data, in the same run. Records N events of
 * a governance history (datasets with tables and folders, shares requested, approved, processed and revoked, votes)
 * into the event store with only the read-model processor running, waits for it to project them, then measures:
 * (a) resetProjection("read-model"): the scratch rebuild through the read model's own handlers, swapped in; and
 * verifyProjection("read-model") (the same rebuild, then every table compared); (b) a plain JDBC pass over the same
 * events: every event row read in order with a fetch size and one row per event inserted into a plain table with
 * batched inserts, a transaction per batch as the rebuild has.
 *
 * <p>Arguments: {@code --events 100000 --batch 500}.
 */
public final class ProjectionRebuildLoad {

    private static final Duration SPAN = Duration.ofDays(365);
    private static final String ORGANIZATION = "rb-org";
    private static final String ENVIRONMENT = "rb-env";

    private final Map<String, String> options;
    private final InProcessGrantline app;

    private ProjectionRebuildLoad(Map<String, String> options, InProcessGrantline app) {
        this.options = options;
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            new ProjectionRebuildLoad(options, app).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("Stopped " + stopAllBut(Projections.READ_MODEL) + " (no saga or side effect runs)");
        int datasets = Math.max(1, Options.integer(options, "events", 100_000) / AccessAtEvents.EVENTS_PER_DATASET);
        long stored = load(new AccessAtEvents(Instant.now().minus(SPAN), SPAN, datasets), datasets);
        awaitReadModel(stored);
        ProjectionRebuilds rebuilds = app.bean(ProjectionRebuilds.class);
        Actor admin = new Actor("bench-admin", List.of("DAAdministrators"));

        ProjectionReset reset = rebuilds.reset(Projections.READ_MODEL, admin);
        System.out.printf("(a) resetProjection(read-model): %d events replayed, %d rows swapped in, %.1f s: "
                        + "%.0f events/s%n", reset.eventsReplayed(), reset.rowsRebuilt(), reset.durationMs() / 1e3,
                reset.eventsReplayed() * 1e3 / Math.max(1, reset.durationMs()));
        ProjectionVerification verification = rebuilds.verify(Projections.READ_MODEL, 10);
        System.out.printf("    verifyProjection(read-model): %d events replayed, %d tables, %d rows compared, "
                        + "%d differences, %.1f s: %.0f events/s%n", verification.eventsReplayed(),
                verification.tablesCompared(), verification.rowsCompared(), verification.differenceCount(),
                verification.durationMs() / 1e3,
                verification.eventsReplayed() * 1e3 / Math.max(1, verification.durationMs()));
        plainJdbcBaseline(Options.integer(options, "batch", 500));
    }

    private List<String> stopAllBut(String kept) {
        List<String> stopped = new ArrayList<>();
        app.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (!name.equals(kept)) {
                processor.shutDown();
                stopped.add(name);
            }
        });
        return stopped;
    }

    /** Stores the history in time order (see AccessAtLoad), after the organization and environment it lives in. */
    private long load(AccessAtEvents history, int datasets) {
        EventStore eventStore = app.bean(EventStore.class);
        eventStore.publish(CatalogEvents.world(ORGANIZATION, ENVIRONMENT));
        PriorityQueue<Fact> pending = new PriorityQueue<>(Comparator.comparing(Fact::time));
        long stored = 2;
        long began = System.nanoTime();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int number = 0; number < datasets; number++) {
            pending.addAll(history.datasetFacts(number, ORGANIZATION, ENVIRONMENT));
            Instant horizon = history.createdAt(number);
            while (!pending.isEmpty() && pending.peek().time().isBefore(horizon)) {
                batch.add(pending.poll().message());
                if (batch.size() == 1000) {
                    eventStore.publish(batch);
                    stored += batch.size();
                    batch = new ArrayList<>();
                }
            }
        }
        while (!pending.isEmpty()) {
            batch.add(pending.poll().message());
        }
        eventStore.publish(batch);
        stored += batch.size();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Stored %d events (%d datasets) in %.1f s%n", stored, datasets, seconds);
        return stored;
    }

    private void awaitReadModel(long stored) throws InterruptedException {
        ProjectionRebuilds rebuilds = app.bean(ProjectionRebuilds.class);
        long began = System.nanoTime();
        while (readModel(rebuilds).behind() > 0) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Live read model projected the %d events after the load in %.1f s%n", stored, seconds);
    }

    private static ProjectionStatus readModel(ProjectionRebuilds rebuilds) {
        return rebuilds.statuses().stream().filter(status -> status.name().equals(Projections.READ_MODEL))
                .findFirst().orElseThrow();
    }

    /** Reads every event row in store order and inserts one row per event, a batch (and transaction) at a time. */
    private void plainJdbcBaseline(int batchSize) throws SQLException {
        DataSource dataSource = app.bean(DataSource.class);
        try (Connection reading = dataSource.getConnection(); Connection writing = dataSource.getConnection()) {
            try (Statement ddl = writing.createStatement()) {
                ddl.execute("drop table if exists bench_event_copy");
                ddl.execute("create table bench_event_copy (global_index bigint primary key, "
                        + "aggregate_id varchar(255) not null, payload_type varchar(255) not null, payload bytea)");
            }
            reading.setAutoCommit(false);
            writing.setAutoCommit(false);
            long began = System.nanoTime();
            long copied = 0;
            try (PreparedStatement select = reading.prepareStatement("select globalindex, aggregateidentifier, "
                    + "payloadtype, payload from domainevententry order by globalindex");
                 PreparedStatement insert = writing.prepareStatement("insert into bench_event_copy "
                         + "(global_index, aggregate_id, payload_type, payload) values (?, ?, ?, ?)")) {
                select.setFetchSize(batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    int pending = 0;
                    while (rows.next()) {
                        insert.setLong(1, rows.getLong(1));
                        insert.setString(2, rows.getString(2));
                        insert.setString(3, rows.getString(3));
                        insert.setBytes(4, rows.getBytes(4));
                        insert.addBatch();
                        copied++;
                        if (++pending == batchSize) {
                            insert.executeBatch();
                            writing.commit();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                    writing.commit();
                }
            }
            reading.commit();
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("(b) plain JDBC read-and-insert baseline: %d events in %.1f s: %.0f events/s%n",
                    copied, seconds, copied / seconds);
            try (Statement ddl = writing.createStatement()) {
                ddl.execute("drop table bench_event_copy");
            }
            writing.commit();
        }
    }
}
