package io.grantline.app.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.app.api.ApiTest;
import io.grantline.projections.catalog.CatalogIndex;
import io.grantline.projections.catalog.CatalogProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalog rebuilt from the event store, and caught up after its processor was stopped mid-stream. */
class CatalogRebuildApiTest extends ApiTest {

    static final String REINDEX = "mutation($deletes: Boolean!) { startReindexCatalog(handleDeletes: $deletes) }";
    static final String STATUS = "{ catalogIndexStatus { replaying position head percent documents } }";

    @Autowired
    EventStore eventStore;
    @Autowired
    CatalogIndex index;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DSLContext db;

    @Test
    void aRebuildHandlingDeletesLeavesExactlyOneDocumentPerLiveItem() {
        String datasetUri = aDatasetWithATable();
        index.write(Map.of("stray-document", (ObjectNode) JSON.createObjectNode().put("label", "stray")), List.of());

        assertThat(admin().graphql(REINDEX, "deletes", true).data("startReindexCatalog").asBoolean()).isTrue();

        awaitRebuilt();
        Awaitility.await("stray document removed").atMost(Duration.ofMinutes(2))
                .until(() -> index.document("stray-document") == null);
        Awaitility.await("one document per item of the read model").atMost(Duration.ofMinutes(1))
                .until(() -> {
                    index.refresh();
                    return index.count() == liveItems();
                });
        assertThat(index.document(datasetUri)).isNotNull();
    }

    @Test
    void aRebuiltDocumentIsTheOneLiveProcessingWrote() {
        String datasetUri = aDatasetWithATable();
        Awaitility.await("the table counted").atMost(Duration.ofSeconds(30))
                .until(() -> index.document(datasetUri).path("tables").asInt() == 1);
        JsonNode live = withoutIndexingMarks(index.document(datasetUri));

        Instant asked = Instant.now();
        admin().graphql(REINDEX, "deletes", false);

        Awaitility.await("the dataset indexed again").atMost(Duration.ofMinutes(2))
                .until(() -> Instant.parse(index.document(datasetUri).get("_indexed").asText()).isAfter(asked));
        awaitRebuilt();
        assertThat(withoutIndexingMarks(index.document(datasetUri))).isEqualTo(live);
    }

    @Test
    void theStatusFollowsTheProcessorThroughTheEventStore() {
        JsonNode status = admin().graphql(STATUS).data("catalogIndexStatus");

        assertThat(status.get("head").asLong()).isPositive();
        assertThat(status.get("position").asLong()).isLessThanOrEqualTo(status.get("head").asLong());
        assertThat(status.get("percent").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void rebuildingIsForTheTenantsAdministratorsOnly() {
        User member = signIn(unique("member"), unique("team"));

        String error = member.graphql(REINDEX, "deletes", false).error();

        assertThat(error).contains("UnauthorizedOperation").contains("startReindexCatalog");
    }

    @Test
    void theStatusIsForTheTenantsAdministratorsOnly() {
        String error = signIn(unique("member"), unique("team")).graphql(STATUS).error();

        assertThat(error).contains("UnauthorizedOperation").contains("catalogIndexStatus");
    }

    @Test
    void handleDeletesIsRequired() {
        String error = admin().graphql("mutation { startReindexCatalog }").error();

        assertThat(error).contains("handleDeletes");
    }

    @Test
    void aProcessorStoppedMidStreamCatchesUpWithoutDuplicates() {
        CatalogFixtures facts = new CatalogFixtures(eventStore);
        String environmentUri = unique("env");
        String organizationUri = unique("org");
        facts.organization(organizationUri, "Analytics");
        facts.environment(environmentUri, organizationUri, "Data Lake");
        String datasetUri = unique("ds");
        facts.dataset(datasetUri, organizationUri, environmentUri, "Many tables", "team", List.of(), List.of(),
                "Secret");
        TrackingEventProcessor processor = catalogProcessor();
        processor.shutDown();
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String tableUri = datasetUri + "-t" + i;
            tables.add(tableUri);
            facts.table(datasetUri, tableUri, "table_" + i);
        }

        processor.start();
        Awaitility.await("first tables indexed").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> index.document(tables.get(0)) != null);
        processor.shutDown();
        long indexedWhenStopped = tablesIndexed(datasetUri);
        processor.start();

        Awaitility.await("every table indexed").atMost(Duration.ofMinutes(2))
                .until(() -> tablesIndexed(datasetUri) == tables.size());
        assertThat(indexedWhenStopped).isLessThan(tables.size());
        assertThat(documentIds(datasetUri)).doesNotHaveDuplicates().hasSize(tables.size());
    }

    private String aDatasetWithATable() {
        CatalogFixtures facts = new CatalogFixtures(eventStore);
        String organizationUri = unique("org");
        String environmentUri = unique("env");
        String datasetUri = unique("ds");
        facts.organization(organizationUri, "Analytics");
        facts.environment(environmentUri, organizationUri, "Data Lake");
        facts.dataset(datasetUri, organizationUri, environmentUri, "Orders", "team", List.of(), List.of(), "Secret");
        facts.table(datasetUri, unique("tbl"), "customers");
        Awaitility.await("catalog document " + datasetUri).atMost(Duration.ofSeconds(30))
                .until(() -> index.document(datasetUri) != null);
        return datasetUri;
    }

    private static JsonNode withoutIndexingMarks(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(List.of("_indexed", "generation"));
        return copy;
    }

    private void awaitRebuilt() {
        User admin = admin();
        Awaitility.await("catalog rebuilt").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode status = admin.graphql(STATUS).data("catalogIndexStatus");
                    return !status.get("replaying").asBoolean()
                            && status.get("position").asLong() >= status.get("head").asLong();
                });
    }

    /** The datasets, tables and folders the read model holds: another projection of the same events. */
    private long liveItems() {
        return db.fetchOne("select (select count(*) from dataset) + (select count(*) from dataset_table) "
                + "+ (select count(*) from dataset_storage_location)").get(0, Long.class);
    }

    private long tablesIndexed(String datasetUri) {
        index.refresh();
        return index.searchJson(JSON.createObjectNode().put("size", 0).put("track_total_hits", true)
                .set("query", datasetFilter(datasetUri))).at("/hits/total/value").asLong();
    }

    private List<String> documentIds(String datasetUri) {
        ObjectNode body = JSON.createObjectNode().put("size", 10_000).put("_source", false);
        body.set("query", datasetFilter(datasetUri));
        List<String> ids = new ArrayList<>();
        index.searchJson(body).at("/hits/hits").forEach(hit -> ids.add(hit.get("_id").asText()));
        return ids;
    }

    private static ObjectNode datasetFilter(String datasetUri) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("term").put("datasetUri.keyword", datasetUri);
        return query;
    }

    private TrackingEventProcessor catalogProcessor() {
        return processing.eventProcessor(CatalogProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
    }

    private User admin() {
        return signIn(unique("admin"), "DAAdministrators");
    }
}
