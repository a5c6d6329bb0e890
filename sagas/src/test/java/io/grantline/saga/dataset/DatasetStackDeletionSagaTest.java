package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static io.grantline.saga.dataset.SampleDataset.created;
import static io.grantline.saga.dataset.SampleDataset.deleted;
import static io.grantline.saga.dataset.SampleDataset.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.environment.StackStatus;
import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.FixtureTime;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting the dataset stack against the real local cloud (on PostgreSQL), its clock driven by the fixture's. */
class DatasetStackDeletionSagaTest {

    static final Duration DELETE_TIME = Duration.ofSeconds(30);
    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final String TEMPLATE = "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);

    SagaTestFixture<DatasetStackDeletionSaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;
    String stackId;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DatasetStackDeletionSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(DELETE_TIME, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
        stackId = cloud.deployer.deploy("dataall-dataset-" + DATASET, ACCOUNT, REGION, TEMPLATE, Map.of())
                .stackId();
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void deletingTheDatasetFromAwsDeletesItsStackThenRedeploysTheEnvironmentStack() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RedeployEnvironmentStack(ENVIRONMENT, Actor.system()));

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void environmentStackWaitsUntilTheDatasetStackIsGone() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(true)))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(POLICY.pollInterval(), DatasetStackDeletionSaga.POLL);
    }

    @Test
    void deletingTheDatasetOnlyFromGrantlineKeepsTheStack() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(false)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("CREATE_IN_PROGRESS");
    }

    @Test
    void throttledDeletionIsRetried() throws Exception {
        cloud.faults.inject(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void datasetWhoseStackWasNeverCreatedHasNothingToDelete() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created()))
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(true)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void deletionIsReportedAsARunOfTheDatasetThatSucceedsOnceTheStackIsGone() throws Exception {
        String runId = DatasetStackDeletionSaga.runId(DATASET);

        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(LONG_ENOUGH);

        assertThat(runs.reports().get(0)).isEqualTo(new StartSagaRun(runId, SagaRunKind.DATASET_STACK_DELETION,
                DATASET, "dataset", null, Map.of("stackId", stackId)));
        assertThat(runs.reports(StartSagaRunStep.class)).extracting(StartSagaRunStep::step).first()
                .isEqualTo(DatasetStackDeletionSaga.DELETE_STEP);
        assertThat(runs.reports(StartSagaRunStep.class)).extracting(StartSagaRunStep::step)
                .contains(DatasetStackDeletionSaga.WAIT_STEP);
        assertThat(runs.reports().get(runs.reports().size() - 1)).isEqualTo(new SucceedSagaRun(runId));
    }

    @Test
    void deletionThatFailsReportsTheRunFailedWithItsCause() throws Exception {
        cloud.faults.injectPermanently(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).contains("Gave up after 3 attempts"));
    }

    @Test
    void cancelledRunStopsWaitingAndLeavesTheEnvironmentStackAlone() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenPublishingA(new SagaRunCancelled(DatasetStackDeletionSaga.runId(DATASET), "alice", "stuck",
                        Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }
}
