package io.grantline.app.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** sagaRunChanged: saga runs as they change, to the admin group and to those who may read the run's target. */
class SagaRunChangedApiTest extends LiveApiSupport {

    static final String ADMINS = "DAAdministrators";

    @Test
    void adminSeesADatasetStackRunFromRunningToSucceeded() {
        GraphQlWebSocket socket = connected(signIn(unique("admin"), ADMINS));
        String id = subscribe(socket, SAGA_RUNS, "kind", "DATASET_STACK", "target", null);

        String datasetUri = dataset();

        cloud("SUCCEEDED run of " + datasetUri + " pushed").until(() ->
                states(runsOf(socket, id, datasetUri)).contains("SUCCEEDED"));
        List<JsonNode> runs = runsOf(socket, id, datasetUri);
        assertThat(states(runs)).containsSubsequence("RUNNING", "SUCCEEDED");
        assertThat(texts(runs, "kind")).containsOnly("DATASET_STACK");
        assertThat(texts(runs, "targetType")).containsOnly("dataset");
        assertThat(texts(runs, "runId")).containsOnly(runs.get(0).get("runId").asText());
        assertThat(runs.get(runs.size() - 1).get("steps")).isNotEmpty();
    }

    @Test
    void ownerTeamSeesTheRunsOfItsDatasetAndAnOutsiderNothing() {
        GraphQlWebSocket owners = connected(owner);
        String ownerId = subscribe(owners, SAGA_RUNS, "kind", "DATASET_STACK", "target", null);
        GraphQlWebSocket outsiders = connected(outsider());
        String outsiderId = subscribe(outsiders, SAGA_RUNS, "kind", null, "target", null);

        String datasetUri = dataset();

        cloud("SUCCEEDED run of " + datasetUri + " pushed to the owner team").until(() ->
                states(runsOf(owners, ownerId, datasetUri)).contains("SUCCEEDED"));
        Awaitility.await("no run of " + datasetUri + " for the outsider").during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> runsOf(outsiders, outsiderId, datasetUri).isEmpty());
    }

    @Test
    void subscribingToTheRunsOfATargetTheCallerMayNotReadIsRefused() {
        String datasetUri = dataset();

        String error = refusedSubscription(connected(outsider()), SAGA_RUNS, "kind", null, "target", datasetUri);

        assertThat(error).contains("UnauthorizedOperation").contains("GET_SAGA_RUN").contains(datasetUri);
    }

    @Test
    void unknownKindIsRefusedNamingIt() {
        String error = refusedSubscription(connected(owner), SAGA_RUNS, "kind", "DATASET_STACKS", "target", null);

        assertThat(error).contains("InvalidInput").contains("kind");
    }

    private static List<JsonNode> runsOf(GraphQlWebSocket socket, String id, String targetUri) {
        return socket.data(id).stream().map(data -> data.get("sagaRunChanged"))
                .filter(run -> targetUri.equals(run.get("targetUri").asText())).toList();
    }

    private static List<String> states(List<JsonNode> runs) {
        return texts(runs, "state");
    }
}
