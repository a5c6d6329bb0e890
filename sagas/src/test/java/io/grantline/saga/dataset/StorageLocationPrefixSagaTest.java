package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.FixtureTime;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
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
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(StorageLocationPrefixSaga.class);
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
