package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.grantline.saga.share.ShareExpirySaga;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The saga runs of a share: read by whoever may read the share (its requesters, the dataset's owners and stewards,
 * the admin group), as getShareObject; and the run of a share's expiry.
 */
class ShareSagaRunApiTest extends ShareApiSupport {

    static final String ADMIN_GROUP = "DAAdministrators";
    static final String RUN_FIELDS = "runId kind targetUri targetType state lastError steps { step attempt error }";
    static final String LIST_RUNS = """
            query($filter: SagaRunFilter) { listSagaRuns(filter: $filter) { count nodes { %s } } }"""
            .formatted(RUN_FIELDS);
    static final String GET_RUN = """
            query($runId: String!) { getSagaRun(runId: $runId) { %s } }""".formatted(RUN_FIELDS);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void theRequesterReadsTheGrantRunOfItsShare() {
        String shareUri = processedExpiringShare();

        JsonNode run = awaitRun(requester, shareUri, "SHARE", "SUCCEEDED");

        assertThat(run.get("targetType").asText()).isEqualTo("share");
        assertThat(requester.graphql(GET_RUN, "runId", run.get("runId").asText()).text("getSagaRun.kind"))
                .isEqualTo("SHARE");
    }

    @Test
    void theDatasetOwnersReadTheRunsOfASharedDataset() {
        String shareUri = processedExpiringShare();

        JsonNode run = awaitRun(owner, shareUri, "SHARE", "SUCCEEDED");

        assertThat(owner.graphql(GET_RUN, "runId", run.get("runId").asText()).text("getSagaRun.state"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void anOutsiderCannotReadTheRunsOfAShare() {
        String shareUri = processedExpiringShare();
        String runId = awaitRun(requester, shareUri, "SHARE", "SUCCEEDED").get("runId").asText();
        User outsider = signIn(unique("outsider"), unique("outsiders"));

        assertUnauthorized(outsider.graphql(LIST_RUNS, "filter", map("targetUri", shareUri)).error(), outsider,
                "LIST_SAGA_RUNS", shareUri);
        assertUnauthorized(outsider.graphql(GET_RUN, "runId", runId).error(), outsider, "GET_SAGA_RUN", runId);
    }

    @Test
    void aShareWhoseExpiryDatePassesIsRevokedByAnExpiryRun() {
        String shareUri = processedExpiringShare();
        User admin = signIn(unique("admin"), ADMIN_GROUP);

        expireNow(shareUri);

        awaitItems(shareUri, "Processed", "Revoke_Succeeded");
        JsonNode run = awaitRun(admin, map("kind", "EXPIRY", "targetUri", shareUri), "EXPIRY", "SUCCEEDED");
        assertThat(texts(run.get("steps"), "step")).allSatisfy(step -> assertThat(step).startsWith("revoke "))
                .isNotEmpty();
        assertThat(awaitRun(requester, shareUri, "EXPIRY", "SUCCEEDED").get("runId")).isEqualTo(run.get("runId"));
    }

    /** Moves the share's expiry deadline to now, as if its expiry date had come. */
    private void expireNow(String shareUri) {
        String sagaId = jdbc.queryForObject("""
                        select sagaid from associationvalueentry
                        where sagatype = ? and associationkey = 'shareUri' and associationvalue = ?""",
                String.class, ShareExpirySaga.class.getName(), shareUri);
        String instance = expiryDeadlineOf(sagaId)
                .orElseThrow(() -> new AssertionError("no expiry deadline stored for share " + shareUri));
        scheduler.reschedule(TaskInstanceId.of("AxonDeadline", instance), Instant.now());
    }

    private Optional<String> expiryDeadlineOf(String sagaId) {
        JacksonSerializer taskData = new JacksonSerializer();
        return jdbc.queryForList(
                        "select task_instance, task_data from scheduled_tasks where task_name = 'AxonDeadline'")
                .stream()
                .filter(row -> {
                    DbSchedulerHumanReadableDeadlineDetails details = taskData.deserialize(
                            DbSchedulerHumanReadableDeadlineDetails.class, (byte[]) row.get("task_data"));
                    return "expireShare".equals(details.getDeadlineName())
                            && details.getDeserializedScopeDescriptor(serializer) instanceof SagaScopeDescriptor saga
                            && sagaId.equals(saga.getIdentifier());
                })
                .map(row -> (String) row.get("task_instance"))
                .findFirst();
    }

    private JsonNode awaitRun(User user, String shareUri, String kind, String state) {
        return awaitRun(user, map("targetUri", shareUri), kind, state);
    }

    /** Polls listSagaRuns with the filter until a run of the kind is in the state, and answers it. */
    private JsonNode awaitRun(User user, Map<String, Object> filter, String kind, String state) {
        Predicate<JsonNode> matching = run -> run.get("kind").asText().equals(kind)
                && run.get("state").asText().equals(state);
        AtomicReference<JsonNode> found = new AtomicReference<>();
        awaitCloud(kind + " run " + state + " for " + filter).untilAsserted(() -> {
            JsonNode nodes = user.graphql(LIST_RUNS, "filter", filter).data("listSagaRuns.nodes");
            List<JsonNode> runs = JSON.convertValue(nodes,
                    JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
            found.set(runs.stream().filter(matching).findFirst().orElse(null));
            assertThat(found.get()).as("runs %s", runs).isNotNull();
        });
        return found.get();
    }
}
