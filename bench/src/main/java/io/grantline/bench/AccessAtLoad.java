package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.bench.AccessAtEvents.Fact;
import io.grantline.projections.timetravel.TimeTravelIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Random;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * accessAt with a large event store. Stores N events straight into the event store (datasets with tables and a
 * folder, shares of them granted and half revoked, votes as noise), in time order over a year of history; waits for
 * the governance processor (the time-travel index) to catch up; then measures accessAt over GraphQL for random
 * datasets and tables at random instants of that year, one call at a time.
 *
 * <p>Every other processor (read model, catalog, sagas, notifications, webhooks) is stopped first: the stored facts
 * name accounts no local cloud knows, and only the governance processor matters to accessAt.
 *
 * <p>Arguments: {@code --events 1000000 --queries 1000 --warmup 100}.
 */
public final class AccessAtLoad {

    private static final String GOVERNANCE = TimeTravelIndex.PROCESSING_GROUP;
    private static final Duration SPAN = Duration.ofDays(365);
    private static final String ACCESS_AT = """
            query($uri: String!, $at: String!) {
              accessAt(resourceUri: $uri, at: $at) {
                lastEventPosition grants { principalId reason shareUri requestedBy approvedBy grantedAt }
              }
            }""";

    private final Map<String, String> options;
    private final InProcessGrantline app;
    private final Random random = new Random(7);

    private AccessAtLoad(Map<String, String> options, InProcessGrantline app) {
        this.options = options;
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            new AccessAtLoad(options, app).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("Stopped " + stopAllBut(GOVERNANCE));
        int datasets = Math.max(1, Options.integer(options, "events", 1_000_000) / AccessAtEvents.EVENTS_PER_DATASET);
        Instant start = Instant.now().minus(SPAN);
        long stored = load(new AccessAtEvents(start, SPAN, datasets), datasets);
        awaitGovernance(stored);
        GraphQlClient admin = GraphQlClient.signIn(app.url(), "bench-admin", List.of("DAAdministrators"));
        measure(admin, datasets, start, Options.integer(options, "warmup", 100),
                Options.integer(options, "queries", 1000), stored);
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

    /**
     * Generates dataset by dataset, in creation order, and stores every fact once no later dataset can bring an
     * earlier one: the store then holds the history in time order without holding it all in memory.
     */
    private long load(AccessAtEvents history, int datasets) {
        EventStore eventStore = app.bean(EventStore.class);
        PriorityQueue<Fact> pending = new PriorityQueue<>(Comparator.comparing(Fact::time));
        long stored = 0;
        long began = System.nanoTime();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int number = 0; number < datasets; number++) {
            pending.addAll(history.datasetFacts(number, "tt-org", "tt-env"));
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
        System.out.printf("Stored %d events (%d datasets, %d shares) in %.1f s (%.0f events/s)%n", stored, datasets,
                datasets * AccessAtEvents.SHARES_PER_DATASET, seconds, stored / seconds);
        return stored;
    }

    private void awaitGovernance(long stored) throws InterruptedException {
        EventStore eventStore = app.bean(EventStore.class);
        long head = eventStore.createHeadToken().position().orElse(0);
        StreamingEventProcessor processor = app.bean(EventProcessingConfiguration.class)
                .eventProcessor(GOVERNANCE, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no governance processor"));
        long began = System.nanoTime();
        while (position(processor) < head) {
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Governance processor caught up with %d events in %.1f s after the load (%d shares "
                + "indexed)%n", stored, seconds, app.bean(TimeTravelIndex.class).shareCount());
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
    }

    private void measure(GraphQlClient admin, int datasets, Instant start, int warmup, int queries, long stored)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            call(admin, datasets, start, i % 2 == 0);
        }
        LatencyRecorder onDataset = new LatencyRecorder("accessAt dataset");
        LatencyRecorder onTable = new LatencyRecorder("accessAt table");
        long grants = 0;
        for (int i = 0; i < queries; i++) {
            long began = System.nanoTime();
            grants += call(admin, datasets, start, true);
            onDataset.record(System.nanoTime() - began);
            began = System.nanoTime();
            call(admin, datasets, start, false);
            onTable.record(System.nanoTime() - began);
        }
        System.out.printf("accessAt with %d events stored, random resources at random instants of a year, one call "
                + "at a time (%.1f grants per dataset answer):%n", stored, (double) grants / queries);
        System.out.println("  " + onDataset.latencies());
        System.out.println("  " + onTable.latencies());
    }

    /** One accessAt of a random dataset (or one of its tables) at a random instant; answers how many grants. */
    private int call(GraphQlClient admin, int datasets, Instant start, boolean dataset) throws Exception {
        int number = random.nextInt(datasets);
        String uri = dataset ? AccessAtEvents.datasetUri(number)
                : AccessAtEvents.tableUri(number, random.nextInt(AccessAtEvents.TABLES));
        Instant created = start.plusMillis(SPAN.toMillis() / 2 * number / datasets).plusSeconds(3600);
        long window = Duration.between(created, start.plus(SPAN)).toMillis();
        Instant at = created.plusMillis((long) (random.nextDouble() * window));
        JsonNode answer = admin.call(ACCESS_AT, Map.of("uri", uri, "at", at.toString()));
        return answer.at("/accessAt/grants").size();
    }
}
