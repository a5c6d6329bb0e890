package io.grantline.app.api.sagarun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStarted;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saga runs of environment stacks against the local cloud with injected faults. */
class SagaRunApiTest extends SagaRunApiSupport {

    @Autowired
    EventStore eventStore;

    @Test
    void throttledDeploymentIsAFailedRunWithItsAttemptsAndARetryAfterTheFaultIsClearedSucceeds() {
        String account = randomAccount();
        faults.injectPermanently(Operation.DEPLOY_STACK, account, Kind.THROTTLING);
        String environmentUri;
        JsonNode failed;
        try {
            environmentUri = createEnvironment(account);
            failed = awaitRun(environmentUri, "a failed stack run", in("FAILED"));
        } finally {
            faults.clear(account);
        }

        assertThat(failed.get("kind").asText()).isEqualTo("ENVIRONMENT_STACK");
        assertThat(failed.get("targetType").asText()).isEqualTo("environment");
        assertThat(failed.get("lastError").asText()).contains("Gave up after").contains("Rate exceeded");
        assertThat(failed.get("attempts").asInt()).isGreaterThan(1);
        assertThat(failed.get("currentStep").asText()).isEqualTo("deploy");
        assertThat(failed.get("finished").isNull()).isFalse();
        assertThat(failed.get("correlationId").asText()).isNotBlank();
        assertThat(failed.get("steps").findValuesAsText("error")).allSatisfy(error ->
                assertThat(error).contains("Rate exceeded"));
        assertThat(failed.get("steps").findValues("attempt")).extracting(JsonNode::asInt).contains(1, 2);

        String runId = failed.get("runId").asText();
        JsonNode retried = admin.graphql(RETRY_RUN, "runId", runId, "reason", "fault cleared")
                .data("retrySagaRun");
        assertThat(retried.get("retriedBy").asText()).isEqualTo(admin.username);

        JsonNode again = awaitRun(environmentUri, "the retry of " + runId,
                retrying(runId).and(in("SUCCEEDED")));
        assertThat(again.get("runId").asText()).isNotEqualTo(runId);
        assertThat(again.get("lastError").isNull()).isTrue();
        assertThat(getRun(admin, runId).get("state").asText()).isEqualTo("FAILED");
    }

    @Test
    void adminCancelsAFailedRun() {
        String account = randomAccount();
        faults.inject(Operation.DEPLOY_STACK, account, Kind.ACCESS_DENIED, 1);
        String environmentUri = createEnvironment(account);
        String runId = awaitRun(environmentUri, "a failed stack run", in("FAILED")).get("runId").asText();

        JsonNode cancelled = admin.graphql(CANCEL_RUN, "runId", runId, "reason", "will not fix")
                .data("cancelSagaRun");

        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelledBy").asText()).isEqualTo(admin.username);
        assertThat(cancelled.get("lastError").asText()).contains("Access denied");
    }

    @Test
    void runWithoutProgressForTheStallTimeIsStalledAndARetryCancelsItAndDeploysAgain() {
        String environmentUri = createEnvironment(randomAccount());
        awaitRun(environmentUri, "the first deployment", in("SUCCEEDED"));
        String stuck = recordRunStartedAnHourAgo(environmentUri);

        JsonNode stalled = awaitRun(environmentUri, "the stalled run", run -> run.get("runId").asText()
                .equals(stuck));
        assertThat(stalled.get("state").asText()).isEqualTo("RUNNING");
        assertThat(stalled.get("stalled").asBoolean()).isTrue();
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri, "stalled", true))
                .data("listSagaRuns.nodes").findValuesAsText("runId")).containsExactly(stuck);
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri, "stalled", false))
                .data("listSagaRuns.nodes").findValuesAsText("runId")).doesNotContain(stuck);

        JsonNode retried = admin.graphql(RETRY_RUN, "runId", stuck).data("retrySagaRun");

        assertThat(retried.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(retried.get("stalled").asBoolean()).isFalse();
        awaitRun(environmentUri, "the retry of the stalled run", retrying(stuck).and(in("SUCCEEDED")));
    }

    @Test
    void retryOfASucceededRunIsRefusedNamingItsState() {
        String environmentUri = createEnvironment(randomAccount());
        String runId = awaitRun(environmentUri, "the deployment", in("SUCCEEDED")).get("runId").asText();

        String error = admin.graphql(RETRY_RUN, "runId", runId).error();

        assertThat(error).contains("InvalidInput").contains("runId").contains("SUCCEEDED");
        assertThat(getRun(admin, runId).get("retriedBy").isNull()).isTrue();
    }

    @Test
    void cancelOfASucceededRunIsRefusedNamingItsState() {
        String environmentUri = createEnvironment(randomAccount());
        String runId = awaitRun(environmentUri, "the deployment", in("SUCCEEDED")).get("runId").asText();

        String error = admin.graphql(CANCEL_RUN, "runId", runId).error();

        assertThat(error).contains("InvalidInput").contains("SUCCEEDED");
        assertThat(getRun(admin, runId).get("state").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void unknownRunIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertThat(admin.graphql(GET_RUN, "runId", unknown).error()).contains("ObjectNotFound").contains(unknown);
        assertThat(admin.graphql(RETRY_RUN, "runId", unknown).error()).contains("ObjectNotFound");
        assertThat(admin.graphql(CANCEL_RUN, "runId", unknown).error()).contains("ObjectNotFound");
    }

    @Test
    void onlyTheAdminGroupRetriesOrCancels() {
        String account = randomAccount();
        faults.inject(Operation.DEPLOY_STACK, account, Kind.ACCESS_DENIED, 1);
        String environmentUri = createEnvironment(account);
        String runId = awaitRun(environmentUri, "a failed stack run", in("FAILED")).get("runId").asText();

        assertUnauthorized(owner.graphql(RETRY_RUN, "runId", runId).error(), owner, "retrySagaRun");
        assertUnauthorized(owner.graphql(CANCEL_RUN, "runId", runId).error(), owner, "cancelSagaRun");
        JsonNode run = getRun(admin, runId);
        assertThat(run.get("state").asText()).isEqualTo("FAILED");
        assertThat(run.get("retriedBy").isNull()).isTrue();
    }

    @Test
    void theEnvironmentsTeamReadsItsRunsAndAnOutsiderDoesNot() {
        String environmentUri = createEnvironment(randomAccount());
        String runId = awaitRun(environmentUri, "the deployment", in("SUCCEEDED")).get("runId").asText();
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertThat(getRun(owner, runId).get("targetUri").asText()).isEqualTo(environmentUri);
        assertThat(runsOf(owner, environmentUri)).extracting(run -> run.get("runId").asText()).contains(runId);
        assertUnauthorized(outsider.graphql(GET_RUN, "runId", runId).error(), outsider, "GET_SAGA_RUN");
        assertUnauthorized(outsider.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri)).error(),
                outsider, "LIST_SAGA_RUNS");
        assertUnauthorized(owner.graphql(LIST_RUNS, "filter", filter()).error(), owner, "LIST_SAGA_RUNS");
    }

    @Test
    void filterValuesThatCannotBeReadAreRefusedNamingTheField() {
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("kind", "PIPELINE")).error())
                .contains("InvalidInput").contains("kind").contains("PIPELINE");
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("state", "DONE")).error())
                .contains("InvalidInput").contains("state");
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("from", "yesterday")).error())
                .contains("InvalidInput").contains("from");
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("from", "2026-12-02T10:00:00Z",
                "to", "2026-12-01T10:00:00Z")).error()).contains("InvalidInput").contains("to");
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("pageSize", 0)).error())
                .contains("InvalidInput").contains("pageSize");
    }

    @Test
    void runsAreFilteredByKindStateAndTime() {
        String environmentUri = createEnvironment(randomAccount());
        String runId = awaitRun(environmentUri, "the deployment", in("SUCCEEDED")).get("runId").asText();
        Instant started = Instant.parse(getRun(admin, runId).get("started").asText());

        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri, "kind",
                "ENVIRONMENT_STACK", "state", "SUCCEEDED", "from", started.toString(),
                "to", started.plusMillis(1).toString())).data("listSagaRuns.nodes").findValuesAsText("runId"))
                .containsExactly(runId);
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri, "state", "FAILED"))
                .data("listSagaRuns.count").asInt()).isZero();
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri, "kind", "CRAWLER"))
                .data("listSagaRuns.count").asInt()).isZero();
        assertThat(admin.graphql(LIST_RUNS, "filter", filter("targetUri", environmentUri,
                "from", started.plus(Duration.ofHours(1)).toString())).data("listSagaRuns.count").asInt()).isZero();
    }

    /** A run whose saga stopped reporting, e.g. the process died while it waited: recorded as the aggregate would. */
    private String recordRunStartedAnHourAgo(String environmentUri) {
        String runId = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("SagaRun", runId, 0, new SagaRunStarted(runId,
                SagaRunKind.ENVIRONMENT_STACK, environmentUri, "environment", null, Map.of(),
                Instant.now().minus(Duration.ofHours(1)))));
        return runId;
    }
}
