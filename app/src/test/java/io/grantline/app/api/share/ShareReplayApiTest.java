package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaying the read model over a history with a share approved and processed: verifyProjection finds no
 * difference, finds exactly what was tampered with in the live tables, resetProjection repairs it while the API
 * keeps answering, and neither runs a handler with outside effects.
 */
class ShareReplayApiTest extends ShareApiSupport {

    static final String VERIFY_PROJECTION = """
            query($name: String!) {
              verifyProjection(name: $name) {
                name eventsReplayed tablesCompared rowsCompared differenceCount durationMs
                differences { table key column live rebuilt }
              }
            }""";
    static final String RESET_PROJECTION = """
            mutation($name: String!) {
              resetProjection(name: $name) { name processor mode eventsReplayed rowsRebuilt durationMs }
            }""";
    private static final String DATASET_DESCRIPTION = """
            query($uri: String!) { getDataset(datasetUri: $uri) { description } }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void verifyProjectionFindsNoDifferenceAfterAFullRebuildOfAHistoryWithAProcessedShare() {
        processedShare(shared.crawled().datasetUri(), consumptionRole(), tableFolderAndBucket());

        JsonNode verification = admin().graphql(VERIFY_PROJECTION, "name", "read-model").data("verifyProjection");

        assertThat(verification.get("differences")).isEmpty();
        assertThat(verification.get("differenceCount").asLong()).isZero();
        assertThat(verification.get("name").asText()).isEqualTo("read-model");
        assertThat(verification.get("eventsReplayed").asLong()).isPositive();
        assertThat(verification.get("tablesCompared").asInt()).isGreaterThan(10);
        assertThat(verification.get("rowsCompared").asLong()).isPositive();
    }

    @Test
    void verifyProjectionReportsEachTamperedRowAndResetProjectionRepairsTheReadModelWhileItKeepsServing() {
        String datasetUri = shared.crawled().datasetUri();
        String shareUri = processedShare(datasetUri, consumptionRole(),
                Map.of(shared.crawled().table("customers"), "Table"));
        String shareItemUri = items(shareUri).keySet().iterator().next();
        String description = owner.graphql(DATASET_DESCRIPTION, "uri", datasetUri).text("getDataset.description");
        String stray = unique("stray");
        User admin = admin();

        jdbc.update("update dataset set description = 'tampered' where dataset_uri = ?", datasetUri);
        jdbc.update("delete from share_item where share_item_uri = ?", shareItemUri);
        jdbc.update("insert into notification (notification_uri, recipient, type, message, target_uri, created, updated)"
                + " values (?, 'nobody', 'SHARE_OBJECT_SUBMITTED', 'stray', null, now(), now())", stray);
        JsonNode tampered = admin.graphql(VERIFY_PROJECTION, "name", "read-model").data("verifyProjection");

        assertThat(tampered.get("differenceCount").asLong()).isEqualTo(3);
        List<JsonNode> differences = new ArrayList<>();
        tampered.get("differences").forEach(differences::add);
        assertThat(differences).extracting(d -> d.get("table").asText(), d -> d.get("key").asText(),
                        d -> d.get("column").isNull() ? null : d.get("column").asText())
                .containsExactlyInAnyOrder(
                        tuple("dataset", "dataset_uri=" + datasetUri, "description"),
                        tuple("share_item", "share_item_uri=" + shareItemUri, null),
                        tuple("notification", "notification_uri=" + stray, null));
        JsonNode changed = differences.stream().filter(d -> d.get("table").asText().equals("dataset")).findFirst()
                .orElseThrow();
        assertThat(changed.get("live").asText()).isEqualTo("tampered");
        assertThat(changed.get("rebuilt").asText()).isEqualTo(description);
        JsonNode missing = differences.stream().filter(d -> d.get("table").asText().equals("share_item")).findFirst()
                .orElseThrow();
        assertThat(missing.get("live").isNull()).isTrue();
        assertThat(missing.get("rebuilt").asText()).contains(shareUri);
        JsonNode extra = differences.stream().filter(d -> d.get("table").asText().equals("notification"))
                .findFirst().orElseThrow();
        assertThat(extra.get("live").asText()).contains("stray");
        assertThat(extra.get("rebuilt").isNull()).isTrue();

        CompletableFuture<JsonNode> reset = CompletableFuture.supplyAsync(() ->
                admin.graphql(RESET_PROJECTION, "name", "read-model").data("resetProjection"));
        List<String> answeredDuringReset = new ArrayList<>();
        do {
            answeredDuringReset.add(owner.graphql(DATASET_DESCRIPTION, "uri", datasetUri)
                    .text("getDataset.description"));
        } while (!reset.isDone());
        JsonNode repaired = reset.join();

        assertThat(answeredDuringReset).allSatisfy(answer -> assertThat(answer).isIn("tampered", description));
        assertThat(repaired.get("mode").asText()).isEqualTo("REBUILT");
        assertThat(repaired.get("processor").asText()).isEqualTo("read-model");
        assertThat(repaired.get("eventsReplayed").asLong()).isPositive();
        assertThat(repaired.get("rowsRebuilt").asLong()).isPositive();
        assertThat(owner.graphql(DATASET_DESCRIPTION, "uri", datasetUri).text("getDataset.description"))
                .isEqualTo(description);
        assertThat(items(shareUri)).containsOnlyKeys(shareItemUri);
        assertThat(jdbc.queryForObject("select count(*) from notification where notification_uri = ?", Long.class,
                stray)).isZero();
        JsonNode clean = admin.graphql(VERIFY_PROJECTION, "name", "read-model").data("verifyProjection");
        assertThat(clean.get("differences")).isEmpty();
        assertThat(clean.get("differenceCount").asLong()).isZero();
    }

    @Test
    void aReplayRecordsNoEventSendsNoNotificationStartsNoSagaAndCallsNoCloud() {
        Principal role = consumptionRole();
        String shareUri = processedShare(shared.crawled().datasetUri(), role,
                Map.of(shared.crawled().table("orders"), "Table"));
        List<String> shareEvents = eventsOf(shareUri);
        long notifications = count("select count(*) from notification where target_uri = ?", shareUri);
        long sagas = count("select count(*) from associationvalueentry where associationvalue = ?", shareUri);
        long grants = count("select count(*) from local_lf_permission where principal = ?", role.roleArn());
        User admin = admin();

        admin.graphql(VERIFY_PROJECTION, "name", "read-model").data("verifyProjection");
        admin.graphql(RESET_PROJECTION, "name", "read-model").data("resetProjection");

        assertThat(eventsOf(shareUri)).isEqualTo(shareEvents);
        assertThat(count("select count(*) from notification where target_uri = ?", shareUri)).isEqualTo(notifications);
        assertThat(count("select count(*) from associationvalueentry where associationvalue = ?", shareUri))
                .isEqualTo(sagas);
        assertThat(count("select count(*) from local_lf_permission where principal = ?", role.roleArn()))
                .isEqualTo(grants);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
