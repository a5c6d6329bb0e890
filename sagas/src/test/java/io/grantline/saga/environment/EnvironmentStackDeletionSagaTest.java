package io.grantline.saga.environment;

import static io.grantline.saga.environment.SampleEnvironment.ACCOUNT;
import static io.grantline.saga.environment.SampleEnvironment.CREATED;
import static io.grantline.saga.environment.SampleEnvironment.ENVIRONMENT;
import static io.grantline.saga.environment.SampleEnvironment.ORGANIZATION;
import static io.grantline.saga.environment.SampleEnvironment.REGION;
import static io.grantline.saga.environment.SampleEnvironment.created;
import static io.grantline.saga.environment.SampleEnvironment.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.StackStatus;
import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentStackDeletionSagaTest {

    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final String TEMPLATE = "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";

    SagaTestFixture<EnvironmentStackDeletionSaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    SampleEnvironment environment;
    LocalCloud cloud;
    String stackId;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EnvironmentStackDeletionSaga.class);
        fixture.registerResource(runs.journal());
        environment = new SampleEnvironment();
        cloud = new LocalCloud(Duration.ZERO, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new EnvironmentHistory(environment.store()));
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(POLICY);
        stackId = cloud.deployer.deploy("dataall-environment-" + ENVIRONMENT, ACCOUNT, REGION, TEMPLATE, Map.of())
                .stackId();
    }

    @AfterEach
    void tearDown() {
        environment.close();
    }

    @Test
    void deletingTheEnvironmentFromAwsDeletesItsStack() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(true)))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void deletingTheEnvironmentOnlyFromGrantlineKeepsTheStack() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(false)))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void throttledDeletionIsRetried() throws Exception {
        cloud.faults.inject(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING, 1);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(Duration.ofMinutes(1))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void environmentWhoseStackWasNeverCreatedHasNothingToDelete() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(true)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void deletionIsReportedAsARunOfTheEnvironmentThatSucceeds() throws Exception {
        String runId = EnvironmentStackDeletionSaga.runId(ENVIRONMENT);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(true)));

        assertThat(runs.reports()).containsExactly(
                new StartSagaRun(runId, SagaRunKind.ENVIRONMENT_STACK_DELETION, ENVIRONMENT, "environment", null,
                        Map.of("stackId", stackId)),
                new StartSagaRunStep(runId, EnvironmentStackDeletionSaga.DELETE_STEP, 1),
                new FinishSagaRunStep(runId, EnvironmentStackDeletionSaga.DELETE_STEP, 1, null),
                new SucceedSagaRun(runId));
    }

    @Test
    void throttledDeletionIsReportedWithEachAttemptAndItsError() throws Exception {
        cloud.faults.inject(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING, 1);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(Duration.ofMinutes(1));

        assertThat(runs.reports(FinishSagaRunStep.class))
                .extracting(FinishSagaRunStep::attempt, step -> step.error() != null)
                .containsExactly(tuple(1, true), tuple(2, false));
        assertThat(runs.reports(SucceedSagaRun.class)).hasSize(1);
    }

    @Test
    void deletionThatFailsReportsTheRunFailedWithItsCause() throws Exception {
        cloud.faults.injectPermanently(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(Duration.ofMinutes(10))
                .expectActiveSagas(0);

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).contains("Gave up after 3 attempts"));
        assertThat(runs.reports(SucceedSagaRun.class)).isEmpty();
    }

    @Test
    void cancelledRunStopsRetryingTheDeletion() throws Exception {
        cloud.faults.injectPermanently(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenPublishingA(new SagaRunCancelled(EnvironmentStackDeletionSaga.runId(ENVIRONMENT), "alice",
                        "stack removed by hand", Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void deletionOnlyFromGrantlineIsNoRun() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(false)));

        assertThat(runs.reports()).isEmpty();
    }

    private static EnvironmentDeleted deleted(boolean fromAws) {
        return new EnvironmentDeleted(ENVIRONMENT, ORGANIZATION, fromAws, CREATED);
    }
}
