package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.DATASET_ROLE;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT;
import static io.grantline.saga.dataset.SampleDataset.OTHER_ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.OWNERS;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static io.grantline.saga.dataset.SampleDataset.created;
import static io.grantline.saga.dataset.SampleDataset.deleted;
import static io.grantline.saga.dataset.SampleDataset.requested;
import static io.grantline.saga.dataset.SampleDataset.roleArn;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCommands.RecordDatasetStackStatus;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.StackStatus;
import io.grantline.cdk.dataset.DatasetStack;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.EnvironmentHistory;
import io.grantline.saga.environment.FixtureTime;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dataset stack saga against the real local cloud (on PostgreSQL), its clock driven by the fixture's. */
class DatasetStackSagaTest {

    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    static final DeploymentPolicy POLICY = new DeploymentPolicy(POLL_INTERVAL, 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);

    SagaTestFixture<DatasetStackSaga> fixture;

    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DatasetStackSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(DEPLOY_TIME, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(new EnvironmentHistory(dataset.store()));
        fixture.registerResource(cloud.accountAccess);
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(SampleDataset.SYNTHESIZER);
        fixture.registerResource(LocalCloud.PIVOT_ROLE);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void deploymentRequestDeploysTheDatasetStackAndReportsCreateInProgress() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created()))
                .whenAggregate(DATASET).publishes(requested("d1"))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(POLL_INTERVAL, DatasetStackSaga.POLL);

        RecordDatasetStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_IN_PROGRESS);
        assertThat(report.deploymentId()).isEqualTo("d1");
        assertThat(report.stackId()).startsWith("arn:aws:cloudformation:" + REGION + ":" + ACCOUNT
                + ":stack/dataall-dataset-" + DATASET + "/");
    }

    @Test
    void stackThatCompletesIsRecordedAsCreateCompleteWithItsOutputsThenTheEnvironmentStackIsRedeployed()
            throws Exception {
        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(commands()).hasSize(2);
        RecordDatasetStackStatus report = (RecordDatasetStackStatus) commands().get(0);
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_COMPLETE);
        assertThat(report.error()).isNull();
        assertThat(report.outputs())
                .containsEntry(DatasetStack.BUCKET_OUTPUT, BUCKET)
                .containsEntry(DatasetStack.ROLE_ARN_OUTPUT, roleArn(DATASET_ROLE));
        assertThat(commands().get(1)).isEqualTo(new RedeployEnvironmentStack(ENVIRONMENT, Actor.system()));
    }

    @Test
    void stackIsTaggedAsTheDatasetsOwnedByItsTeam() throws Exception {
        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(cloud.jdbc.queryForObject("select tags ->> 'Target' from local_stack", String.class))
                .isEqualTo("Dataset_" + DATASET);
        assertThat(cloud.jdbc.queryForObject("select tags ->> 'Team' from local_stack", String.class))
                .isEqualTo(OWNERS);
    }

    @Test
    void stackThatRollsBackIsRecordedAsFailedNamingTheResourceThatFailedAndTheEnvironmentStackIsLeftAlone()
            throws Exception {
        String bucketOwnedElsewhere = "{\"Resources\":{\"Bucket\":{\"Type\":\"AWS::S3::Bucket\","
                + "\"Properties\":{\"BucketName\":\"" + BUCKET + "\"}}}}";
        cloud.deployer.deploy("someone-else", OTHER_ACCOUNT, REGION, bucketOwnedElsewhere, Map.of());

        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(commands()).hasSize(1);
        RecordDatasetStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains("ROLLBACK_COMPLETE").contains(BUCKET + " already exists");
    }

    @Test
    void throttledDeploymentIsRetriedAndThenSucceeds() throws Exception {
        cloud.faults.inject(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(reports()).extracting(RecordDatasetStackStatus::status)
                .containsExactly(StackStatus.CREATE_IN_PROGRESS, StackStatus.CREATE_COMPLETE);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRecordedAsFailed() throws Exception {
        cloud.faults.injectPermanently(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordDatasetStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains("Gave up after 3 attempts").contains("Rate exceeded");
    }

    @Test
    void newerDeploymentRequestSupersedesTheRunningOne() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created(), requested("d1"), requested("d2")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordDatasetStackStatus report = onlyReport();
        assertThat(report.deploymentId()).isEqualTo("d2");
        assertThat(report.status()).isEqualTo(StackStatus.UPDATE_COMPLETE);
    }

    @Test
    void ownerTeamThatLeftTheEnvironmentFailsTheDeploymentWithTheCause() throws Exception {
        dataset.recordEnvironment(new GroupRemovedFromEnvironment(ENVIRONMENT, OWNERS));

        fixture.givenAggregate(DATASET).published(dataset.record(created()))
                .whenAggregate(DATASET).publishes(requested("d1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordDatasetStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains(OWNERS).contains(ENVIRONMENT);
    }

    @Test
    void deletingTheDatasetEndsItsDeployment() throws Exception {
        givenDeploymentStarted()
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(false)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    private ContinuedGivenState givenDeploymentStarted() throws Exception {
        return fixture.givenAggregate(DATASET).published(dataset.record(created(), requested("d1")));
    }

    private RecordDatasetStackStatus onlyReport() {
        List<RecordDatasetStackStatus> reports = reports();
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private List<RecordDatasetStackStatus> reports() {
        return commands().stream()
                .filter(RecordDatasetStackStatus.class::isInstance)
                .map(RecordDatasetStackStatus.class::cast)
                .toList();
    }

    private List<Object> commands() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }
}
