package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
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
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.FixtureTime;
import io.grantline.saga.support.RecordedRuns;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Folder prefixes written into the real local cloud's buckets, its clock driven by the fixture's. */
class StorageLocationPrefixSagaTest {

    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);
    static final String FOLDER = "loc1saga";

    SagaTestFixture<StorageLocationPrefixSaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(StorageLocationPrefixSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(Duration.ZERO, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(cloud.datasetBuckets);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void newFolderMakesItsPrefixInTheDatasetBucketAndIsRecordedAsCreated() throws Exception {
        dataset.createAndDeployIn(cloud);

        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(folderCreated("raw/orders")))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordStorageLocationPrefix(DATASET, FOLDER, true, null));

        assertThat(Files.isDirectory(cloud.bucketsFolder.resolve(BUCKET).resolve("raw/orders"))).isTrue();
    }

    @Test
    void bucketThatDoesNotExistRecordsTheFolderAsNotCreatedWithTheCause() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created()))
                .whenAggregate(DATASET).publishes(dataset.recordOne(folderCreated("raw")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordStorageLocationPrefix report = onlyReport();
        assertThat(report.created()).isFalse();
        assertThat(report.error()).contains(BUCKET);
    }

    @Test
    void throttledPrefixIsRetriedAfterABackoffAndThenMade() throws Exception {
        dataset.createAndDeployIn(cloud);
        cloud.faults.inject(Operation.PUT_OBJECT, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(folderCreated("raw")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordStorageLocationPrefix(DATASET, FOLDER, true, null));

        assertThat(Files.isDirectory(cloud.bucketsFolder.resolve(BUCKET).resolve("raw"))).isTrue();
    }

    @Test
    void throttlingThatOutlastsTheRetriesRecordsTheFolderAsNotCreated() throws Exception {
        dataset.createAndDeployIn(cloud);
        cloud.faults.injectPermanently(Operation.PUT_OBJECT, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(folderCreated("raw")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new RecordStorageLocationPrefix(DATASET, FOLDER, false,
                        "Gave up after 3 attempts: Rate exceeded (PUT_OBJECT in account " + ACCOUNT + ")"));
    }

    @Test
    void prefixIsReportedAsARunOfTheDatasetThatSucceeds() throws Exception {
        dataset.createAndDeployIn(cloud);
        String runId = StorageLocationPrefixSaga.runId(FOLDER);

        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(folderCreated("raw")));

        assertThat(runs.reports()).containsExactly(
                new StartSagaRun(runId, SagaRunKind.FOLDER_PREFIX, DATASET, "dataset", null,
                        Map.of("locationUri", FOLDER, "prefix", "raw")),
                new StartSagaRunStep(runId, StorageLocationPrefixSaga.CREATE_STEP, 1),
                new FinishSagaRunStep(runId, StorageLocationPrefixSaga.CREATE_STEP, 1, null),
                new SucceedSagaRun(runId));
    }

    @Test
    void throttledPrefixIsReportedWithEachAttempt() throws Exception {
        dataset.createAndDeployIn(cloud);
        cloud.faults.inject(Operation.PUT_OBJECT, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(folderCreated("raw")))
                .whenTimeElapses(LONG_ENOUGH);

        assertThat(runs.reports(FinishSagaRunStep.class))
                .extracting(FinishSagaRunStep::attempt, step -> step.error() != null)
                .containsExactly(tuple(1, true), tuple(2, true), tuple(3, false));
        assertThat(runs.reports(SucceedSagaRun.class)).hasSize(1);
    }

    @Test
    void prefixThatFailsReportsTheRunFailedWithItsCause() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(created()))
                .whenAggregate(DATASET).publishes(dataset.recordOne(folderCreated("raw")));

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).contains(BUCKET));
    }

    @Test
    void folderDeletedWhileWaitingFailsTheRunWithTheReason() throws Exception {
        dataset.createAndDeployIn(cloud);
        cloud.faults.injectPermanently(Operation.PUT_OBJECT, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(folderCreated("raw")))
                .whenAggregate(DATASET).publishes(new DatasetStorageLocationDeleted(DATASET, FOLDER, "raw"))
                .expectActiveSagas(0);

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).contains("was deleted"));
    }

    @Test
    void cancelledRunStopsRetryingThePrefix() throws Exception {
        dataset.createAndDeployIn(cloud);
        cloud.faults.injectPermanently(Operation.PUT_OBJECT, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(folderCreated("raw")))
                .whenPublishingA(new SagaRunCancelled(StorageLocationPrefixSaga.runId(FOLDER), "alice", null,
                        Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    private RecordStorageLocationPrefix onlyReport() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        assertThat(bus.getDispatchedCommands()).hasSize(1);
        return (RecordStorageLocationPrefix) bus.getDispatchedCommands().get(0).getPayload();
    }

    static DatasetStorageLocationCreated folderCreated(String prefix) {
        return new DatasetStorageLocationCreated(DATASET, FOLDER, "Orders", "orders", prefix, null, List.of(),
                List.of(), "bob", CREATED);
    }
}
