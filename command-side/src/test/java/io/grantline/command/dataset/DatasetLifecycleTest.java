package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.BUCKET;
import static io.grantline.command.dataset.DatasetSamples.COL_ID;
import static io.grantline.command.dataset.DatasetSamples.ENV;
import static io.grantline.command.dataset.DatasetSamples.RESOURCES;
import static io.grantline.command.dataset.DatasetSamples.STACK;
import static io.grantline.command.dataset.DatasetSamples.TABLE_URI;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.catalogOrders;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.deleted;
import static io.grantline.command.dataset.DatasetSamples.deploymentRequested;
import static io.grantline.command.dataset.DatasetSamples.ordersAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.CreateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.CreateTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.DeleteDataset;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetTable;
import io.grantline.api.dataset.DatasetCommands.DeleteTableDataFilter;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetCommands.RecordCrawlerStatus;
import io.grantline.api.dataset.DatasetCommands.RecordDatasetStackStatus;
import io.grantline.api.dataset.DatasetCommands.RecordProfilingRunStatus;
import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetCommands.RedeployDatasetStack;
import io.grantline.api.dataset.DatasetCommands.StartDatasetProfilingRun;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTableColumns;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetCommands.UpdateDataset;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTable;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetTableColumn;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.error.ObjectNotFound;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetLifecycleTest {

    static final DatasetStorageLocationCreated FOLDER = new DatasetStorageLocationCreated(URI, "locuri01", "Raw",
            "raw", "raw", null, List.of(), List.of(), "alice", null);
    static final GlueCrawlerStarted CRAWLER_STARTED = new GlueCrawlerStarted(URI, "crawl001", DatasetSamples.CRAWLER,
            "s3://" + BUCKET + "/", "alice", null);
    static final DatasetProfilingRunStarted PROFILING_STARTED = new DatasetProfilingRunStarted(URI, "prof0001",
            TABLE_URI, "orders", DatasetSamples.PROFILER, "alice", null);

    InMemoryDatasetBucketLinks links;
    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        links = new InMemoryDatasetBucketLinks();
        fixture = DatasetFixture.with(links);
    }

    @Test
    void deleteDatasetRecordsWhetherItsStackGoesFromAwsToo() {
        fixture.given(created())
                .when(new DeleteDataset(URI, false, ALICE))
                .expectEvents(new DatasetDeleted(URI, ENV, false, RESOURCES, null));
    }

    @Test
    void deleteDatasetFreesItsBucketForAnotherDataset() {
        links.link(URI, BUCKET, "createDataset");

        fixture.given(created()).when(new DeleteDataset(URI, true, ALICE)).expectSuccessfulHandlerExecution();

        assertThat(links.links).doesNotContainKey(URI);
    }

    @Test
    void aDeletedDatasetCannotBeDeletedAgain() {
        fixture.given(created(), deleted())
                .when(new DeleteDataset(URI, true, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Dataset " + URI + " not found"))
                .expectNoEvents();
    }

    static Stream<Object> userCommands() {
        return Stream.of(
                new UpdateDataset(URI, "New", null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, ALICE),
                new RedeployDatasetStack(URI, ALICE),
                new StartGlueCrawler(URI, "crawl002", null, ALICE),
                new SyncDatasetTables(URI, List.of(catalogOrders()), ALICE),
                new SyncDatasetTableColumns(URI, TABLE_URI, catalogOrders(), ALICE),
                new UpdateDatasetTable(URI, TABLE_URI, "Orders", null, null, null, null, ALICE),
                new UpdateDatasetTableColumn(URI, TABLE_URI, COL_ID, "order id", ALICE),
                new DeleteDatasetTable(URI, TABLE_URI, ALICE),
                new CreateTableDataFilter(URI, TABLE_URI, "filter01", "big", "ROW", null, "amount > 1", null, ALICE),
                new DeleteTableDataFilter(URI, TABLE_URI, "filter01", ALICE),
                new CreateDatasetStorageLocation(URI, "locuri02", "Curated", "curated", null, null, null, ALICE),
                new UpdateDatasetStorageLocation(URI, "locuri01", "Raw data", null, null, null, ALICE),
                new DeleteDatasetStorageLocation(URI, "locuri01", ALICE),
                new StartDatasetProfilingRun(URI, "prof0002", TABLE_URI, ALICE));
    }

    @ParameterizedTest
    @MethodSource("userCommands")
    void everyRequestAboutADeletedDatasetIsRefusedAsNotFound(Object command) {
        fixture.given(created(), ordersAdded(), FOLDER, deleted())
                .when(command)
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Dataset " + URI + " not found"))
                .expectNoEvents();
    }

    static Stream<Object> sagaReports() {
        return Stream.of(
                new RecordDatasetStackStatus(URI, "d1", "DELETE_COMPLETE", "stack-id", Map.of(), null),
                new RecordCrawlerStatus(URI, "crawl001", "SUCCEEDED", null),
                new RecordProfilingRunStatus(URI, "prof0001", "jr_1", "SUCCEEDED", "{}", null),
                new RecordColumnWriteBack(URI, TABLE_URI, COL_ID, true, null),
                new RecordStorageLocationPrefix(URI, "locuri01", true, null));
    }

    @ParameterizedTest
    @MethodSource("sagaReports")
    void reportsAboutADeletedDatasetChangeNothing(Object report) {
        fixture.given(created(), deploymentRequested("dataset created", "d1"), ordersAdded(), FOLDER,
                        CRAWLER_STARTED, PROFILING_STARTED, deleted())
                .when(report)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void redeployRequestsANewDeploymentOfTheStack() {
        fixture.given(created())
                .when(new RedeployDatasetStack(URI, ALICE))
                .expectEvents(deploymentRequested("redeploy requested"));
    }

    @Test
    void theStatusOfTheRequestedDeploymentIsRecorded() {
        fixture.given(created(), deploymentRequested("dataset created", "d1"))
                .when(new RecordDatasetStackStatus(URI, "d1", "CREATE_COMPLETE", "stack-id",
                        Map.of("DatasetBucket", BUCKET), null))
                .expectEvents(new DatasetStackStatusChanged(URI, STACK, "d1", "CREATE_COMPLETE", "stack-id",
                        Map.of("DatasetBucket", BUCKET), null, null));
    }

    @Test
    void aFailedDeploymentIsRecordedWithItsCause() {
        fixture.given(created(), deploymentRequested("dataset created", "d1"))
                .when(new RecordDatasetStackStatus(URI, "d1", "CREATE_FAILED", "stack-id", null, "bucket exists"))
                .expectEvents(new DatasetStackStatusChanged(URI, STACK, "d1", "CREATE_FAILED", "stack-id", Map.of(),
                        "bucket exists", null));
    }

    @Test
    void statusOfADeploymentANewerRequestSupersededIsIgnored() {
        fixture.given(created(), deploymentRequested("dataset created", "d1"),
                        deploymentRequested("dataset updated", "d2"))
                .when(new RecordDatasetStackStatus(URI, "d1", "CREATE_COMPLETE", "stack-id", Map.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatedStackStatusReportChangesNothing() {
        fixture.given(created(), deploymentRequested("dataset created", "d1"),
                        new DatasetStackStatusChanged(URI, STACK, "d1", "CREATE_COMPLETE", "stack-id", Map.of(), null,
                                null))
                .when(new RecordDatasetStackStatus(URI, "d1", "CREATE_COMPLETE", "stack-id", Map.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
