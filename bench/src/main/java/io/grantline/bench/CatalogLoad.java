package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.projections.catalog.CatalogIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The catalog with many items loaded. Records N items (datasets of ten tables each) into the event store, then
 * reports: how fast the catalog processor indexed them as they arrived; searchCatalog latency (GraphQL over HTTP)
 * for a term with every facet counted; the rate of a full rebuild (startReindexCatalog) from the event store; and
 * the lag from an event being stored to its document being searchable.
 *
 * <p>Arguments: {@code --items 100000 --queries 500 --warmup 50 --lag-samples 50}.
 */
public final class CatalogLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TABLES_PER_DATASET = 9;
    private static final String SEARCH = """
            query($filter: CatalogSearchFilter) {
              searchCatalog(filter: $filter) {
                count nodes { uri label access }
                facets { kinds { value count } tags { value count } topics { value count }
                         classifications { value count } regions { value count } ownerTeams { value count } }
              }
            }""";
    private static final String REINDEX = "mutation { startReindexCatalog(handleDeletes: false) }";
    private static final String STATUS = "{ catalogIndexStatus { replaying position head documents } }";

    private final Map<String, String> options;
    private final InProcessGrantline app;
    private final CatalogIndex index;

    private CatalogLoad(Map<String, String> options, InProcessGrantline app) {
        this.options = options;
        this.app = app;
        this.index = app.bean(CatalogIndex.class);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            new CatalogLoad(options, app).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int items = Options.integer(options, "items", 100_000);
        int datasets = Math.max(1, items / (TABLES_PER_DATASET + 1));
        int total = datasets * (TABLES_PER_DATASET + 1);
        long indexedBefore = index.count();
        load(datasets);
        GraphQlClient admin = GraphQlClient.signIn(app.url(), "bench-admin", List.of("DAAdministrators"));
        GraphQlClient reader = GraphQlClient.signIn(app.url(), "bench-reader", List.of("bench-team-3"));
        measureSearch(reader, Options.integer(options, "warmup", 50), Options.integer(options, "queries", 500), total);
        measureRebuild(admin, total);
        measureLag(Options.integer(options, "lag-samples", 50));
        System.out.printf("(catalog held %d documents before loading)%n", indexedBefore);
    }

    /** Records the events in batches and waits for the catalog to hold every item. */
    private void load(int datasets) throws InterruptedException {
        EventStore eventStore = app.bean(EventStore.class);
        String organizationUri = "bench-org-" + System.nanoTime();
        String environmentUri = "bench-env-" + System.nanoTime();
        eventStore.publish(CatalogEvents.world(organizationUri, environmentUri));
        int expected = datasets * (TABLES_PER_DATASET + 1);
        long start = System.nanoTime();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int number = 0; number < datasets; number++) {
            batch.addAll(CatalogEvents.dataset("bds" + number, number, TABLES_PER_DATASET, organizationUri,
                    environmentUri));
            if (batch.size() >= 1000) {
                eventStore.publish(batch);
                batch = new ArrayList<>();
            }
        }
        eventStore.publish(batch);
        double stored = (System.nanoTime() - start) / 1e9;
        System.out.printf("Stored %d catalog items (%d datasets of %d tables) in %.1f s%n", expected, datasets,
                TABLES_PER_DATASET, stored);
        while (index.count() < expected) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Indexed as they arrived: %d items in %.1f s (%.0f items/s, read model busy too)%n",
                expected, seconds, expected / seconds);
    }

    private void measureSearch(GraphQlClient reader, int warmup, int queries, int total) throws Exception {
        Map<String, Object> filter = Map.of("term", CatalogEvents.RARE_WORD, "pageSize", 10);
        Map<String, Object> faceted = Map.of("term", "shop", "topics", List.of("Finances"), "regions",
                List.of("eu-west-1"), "pageSize", 10);
        for (int i = 0; i < warmup; i++) {
            reader.call(SEARCH, Map.of("filter", i % 2 == 0 ? filter : faceted));
        }
        LatencyRecorder rare = new LatencyRecorder("term, 1% match");
        LatencyRecorder broad = new LatencyRecorder("term + 2 facet filters");
        int rareCount = 0;
        int broadCount = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            JsonNode answer = reader.call(SEARCH, Map.of("filter", filter));
            rare.record(System.nanoTime() - start);
            rareCount = answer.at("/searchCatalog/count").asInt();
            start = System.nanoTime();
            answer = reader.call(SEARCH, Map.of("filter", faceted));
            broad.record(System.nanoTime() - start);
            broadCount = answer.at("/searchCatalog/count").asInt();
        }
        System.out.printf("searchCatalog over %d items, every facet counted, one call at a time:%n", total);
        System.out.println("  " + rare.latencies() + "   (" + rareCount + " hits)");
        System.out.println("  " + broad.latencies() + "   (" + broadCount + " hits)");
    }

    private void measureRebuild(GraphQlClient admin, int total) throws Exception {
        long head = admin.call(STATUS, Map.of()).at("/catalogIndexStatus/head").asLong();
        long start = System.nanoTime();
        admin.call(REINDEX, Map.of());
        while (true) {
            Thread.sleep(200);
            JsonNode status = admin.call(STATUS, Map.of()).get("catalogIndexStatus");
            if (!status.get("replaying").asBoolean() && status.get("position").asLong() >= head
                    && System.nanoTime() - start > 1_000_000_000L) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Full rebuild from the event store: %d events, %d items in %.1f s: %.0f items/s "
                + "(%.0f events/s)%n", head, total, seconds, total / seconds, head / seconds);
    }

    /** Stores one table event at a time and polls a search for it until it is found. */
    private void measureLag(int samples) throws InterruptedException {
        EventStore eventStore = app.bean(EventStore.class);
        LatencyRecorder lag = new LatencyRecorder("event → searchable");
        for (int i = 0; i < samples; i++) {
            String datasetUri = "lag" + i + "-" + System.nanoTime();
            List<DomainEventMessage<?>> created = CatalogEvents.dataset(datasetUri, 1_000_000 + i, 0, "bench-org",
                    "bench-env");
            long start = System.nanoTime();
            eventStore.publish(created);
            while (!searchable(datasetUri)) {
                Thread.sleep(2);
            }
            lag.record(System.nanoTime() - start);
        }
        System.out.println(lag.latencies());
    }

    private boolean searchable(String uri) {
        ObjectNode body = JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
        body.putObject("query").putObject("term").put("uri.keyword", uri);
        return index.searchJson(body).at("/hits/total/value").asLong() > 0;
    }
}
