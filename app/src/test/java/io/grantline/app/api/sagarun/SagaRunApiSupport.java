package io.grantline.app.api.sagarun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import io.grantline.cloud.local.LocalCloudFaults;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** An organization per test and the saga-run operations; environments are created in accounts no other test uses. */
abstract class SagaRunApiSupport extends ApiTest {

    static final String ADMIN_GROUP = "DAAdministrators";
    static final Duration RUN_WAIT = Duration.ofSeconds(90);
    static final String RUN_FIELDS = """
            runId kind targetUri targetType state stalled currentStep attempts lastError correlationId retryOf
            retriedBy cancelledBy started updated finished steps { step attempt started finished durationMs error }""";
    static final String LIST_RUNS = """
            query($filter: SagaRunFilter) {
              listSagaRuns(filter: $filter) { count page pages hasNext hasPrevious nodes { %s } }
            }""".formatted(RUN_FIELDS);
    static final String GET_RUN = """
            query($runId: String!) { getSagaRun(runId: $runId) { %s } }""".formatted(RUN_FIELDS);
    static final String RETRY_RUN = """
            mutation($runId: String!, $reason: String) { retrySagaRun(runId: $runId, reason: $reason) { %s } }"""
            .formatted(RUN_FIELDS);
    static final String CANCEL_RUN = """
            mutation($runId: String!, $reason: String) { cancelSagaRun(runId: $runId, reason: $reason) { %s } }"""
            .formatted(RUN_FIELDS);
    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";

    @Autowired
    LocalCloudFaults faults;

    String team;
    User owner;
    User admin;
    String organizationUri;

    @BeforeEach
    void createOrganization() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        admin = signIn(unique("admin"), ADMIN_GROUP);
        organizationUri = owner.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Org " + team, "SamlGroupName", team))
                .text("createOrganization.organizationUri");
    }

    String createEnvironment(String account) {
        return owner.graphql(CREATE_ENVIRONMENT, "input", map("label", "Sales Data", "organizationUri",
                        organizationUri, "SamlGroupName", team, "AwsAccountId", account, "region", "eu-west-1"))
                .text("createEnvironment.environmentUri");
    }

    List<JsonNode> runsOf(User user, String targetUri) {
        JsonNode nodes = user.graphql(LIST_RUNS, "filter", map("targetUri", targetUri, "pageSize", 100))
                .data("listSagaRuns.nodes");
        return JSON.convertValue(nodes, JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    /** Polls the target's runs until one matches, and answers it. */
    JsonNode awaitRun(String targetUri, String what, Predicate<JsonNode> matching) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        Awaitility.await(what + " of " + targetUri)
                .atMost(RUN_WAIT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    List<JsonNode> runs = runsOf(admin, targetUri);
                    JsonNode run = runs.stream().filter(matching).findFirst().orElse(null);
                    assertThat(run).as(what + " among " + runs).isNotNull();
                    found.set(run);
                });
        return found.get();
    }

    static Predicate<JsonNode> in(String state) {
        return run -> run.get("state").asText().equals(state);
    }

    static Predicate<JsonNode> retrying(String runId) {
        return run -> runId.equals(run.get("retryOf").asText(null));
    }

    JsonNode getRun(User user, String runId) {
        return user.graphql(GET_RUN, "runId", runId).data("getSagaRun");
    }

    static Map<String, Object> filter(Object... pairs) {
        return map(pairs);
    }

    static void assertUnauthorized(String error, User user, String operation) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + operation);
    }
}
