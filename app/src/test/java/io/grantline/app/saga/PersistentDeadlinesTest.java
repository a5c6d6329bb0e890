package io.grantline.app.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import io.grantline.api.MetaDataKeys;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.StackStatus;
import io.grantline.app.api.ApiTest;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.EnvironmentStackSaga;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sagas' deadlines are rows of db-scheduler's {@code scheduled_tasks}, not timers in memory: an environment
 * stack deployment waiting on the cloud is resumed from the database by whichever instance runs next.
 */
class PersistentDeadlinesTest extends ApiTest {

    private static final Duration DEPLOYMENT_WAIT = Duration.ofSeconds(90);
    private static final String POLL = "pollEnvironmentStack";
    // Each throttled check of the stack makes the saga wait once more (with back-off) before the stack settles.
    private static final int THROTTLED_CHECKS = 4;

    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalCloudFaults faults;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    User owner;
    String environmentUri;
    String stackUri;

    @BeforeEach
    void createEnvironmentWhoseStackChecksAreThrottled() {
        String team = unique("team");
        owner = signIn(unique("owner"), team);
        String organizationUri = owner.graphql("""
                        mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""",
                "input", Map.of("label", "Org " + team, "SamlGroupName", team)).text("createOrganization.organizationUri");
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        faults.inject(Operation.DESCRIBE_STACK, account, Kind.THROTTLING, THROTTLED_CHECKS);
        GraphQl created = owner.graphql("""
                        mutation($input: NewEnvironmentInput!) {
                          createEnvironment(input: $input) { environmentUri stack { stackUri } }
                        }""",
                "input", Map.of("label", "Sales Data", "organizationUri", organizationUri, "SamlGroupName", team,
                        "AwsAccountId", account, "region", "eu-west-1"));
        environmentUri = created.text("createEnvironment.environmentUri");
        stackUri = created.text("createEnvironment.stack.stackUri");
    }

    @Test
    void theSagasDeadlinesAreScheduledInTheDatabase() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void aDeploymentWaitingOnTheCloudHasItsNextCheckStoredForItsSaga() {
        String sagaId = awaitDeploymentSaga();

        DeadlineMessage<?> check = Awaitility.await("a stored check of saga " + sagaId)
                .atMost(DEPLOYMENT_WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> storedDeadline(sagaId), Optional::isPresent).orElseThrow();

        assertThat(check.getDeadlineName()).isEqualTo(POLL);
        assertThat(check.getPayload()).isNull();
        assertThat(check.getMetaData()).containsEntry(MetaDataKeys.ACTOR, owner.username);
    }

    @Test
    void aDeploymentResumedFromStoredChecksCompletesAndLeavesNoDeadlineBehind() {
        String sagaId = awaitDeploymentSaga();

        awaitStackCreated();

        Awaitility.await("the deadlines of saga " + sagaId + " to be gone")
                .atMost(DEPLOYMENT_WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> storedDeadline(sagaId), Optional::isEmpty);
    }

    @Test
    void theStatusAStoredCheckRecordsCarriesTheActorAndCorrelationIdOfTheRequest() {
        awaitStackCreated();

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(environmentUri).asStream().toList();
        DomainEventMessage<?> created = events.stream()
                .filter(event -> event.getPayload() instanceof EnvironmentCreated).findFirst().orElseThrow();
        DomainEventMessage<?> completed = events.stream()
                .filter(event -> event.getPayload() instanceof EnvironmentStackStatusChanged changed
                        && StackStatus.CREATE_COMPLETE.equals(changed.status()))
                .findFirst().orElseThrow();
        assertThat(completed.getMetaData())
                .containsEntry(MetaDataKeys.ACTOR, owner.username)
                .containsEntry(MetaDataKeys.CORRELATION_ID, created.getMetaData().get(MetaDataKeys.CORRELATION_ID));
    }

    private String awaitDeploymentSaga() {
        return Awaitility.await("the deployment saga of " + environmentUri)
                .atMost(DEPLOYMENT_WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.queryForList("""
                                select sagaid from associationvalueentry
                                where sagatype = ? and associationkey = 'environmentUri' and associationvalue = ?""",
                        String.class, EnvironmentStackSaga.class.getName(), environmentUri), ids -> !ids.isEmpty())
                .get(0);
    }

    /** The deadline stored for the saga, read back through Axon's serializer as the deadline manager reads it. */
    private Optional<DeadlineMessage<?>> storedDeadline(String sagaId) {
        List<byte[]> rows = jdbc.queryForList("select task_data from scheduled_tasks where task_name = 'AxonDeadline'",
                byte[].class);
        JacksonSerializer taskData = new JacksonSerializer();
        return rows.stream()
                .map(row -> taskData.deserialize(DbSchedulerHumanReadableDeadlineDetails.class, row))
                .filter(details -> details.getDeserializedScopeDescriptor(serializer) instanceof SagaScopeDescriptor saga
                        && sagaId.equals(saga.getIdentifier()))
                .<DeadlineMessage<?>>map(details -> details.asDeadLineMessage(serializer))
                .findFirst();
    }

    private void awaitStackCreated() {
        Awaitility.await("stack of " + environmentUri + " to be created")
                .atMost(DEPLOYMENT_WAIT).pollInterval(Duration.ofMillis(200))
                .until(this::stackStatus, StackStatus.CREATE_COMPLETE::equals);
    }

    private String stackStatus() {
        return owner.graphql("""
                        query($env: String, $stack: String!, $target: String!, $type: String!) {
                          getStack(environmentUri: $env, stackUri: $stack, targetUri: $target, targetType: $type) { status }
                        }""",
                "env", environmentUri, "stack", stackUri, "target", environmentUri, "type", "environment")
                .text("getStack.status");
    }
}
