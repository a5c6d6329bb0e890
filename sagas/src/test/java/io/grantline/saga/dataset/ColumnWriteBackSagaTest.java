package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CRAWLER;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATABASE;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static io.grantline.saga.dataset.SampleDataset.TABLE;
import static io.grantline.saga.dataset.SampleDataset.TABLE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Column descriptions written back to the real local cloud's Glue catalog, its clock driven by the fixture's. */
class ColumnWriteBackSagaTest {

    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);
    static final String COLUMN = "col1saga";

    SagaTestFixture<ColumnWriteBackSaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ColumnWriteBackSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(Duration.ZERO, FixtureTime.of(fixture));
        dataset.createAndDeployIn(cloud);
        cloud.putFile(BUCKET, "orders/part-0.csv", "order_id,amount\n1,9.5\n");
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, "s3://" + BUCKET);
        dataset.record(SampleDataset.tableAdded());
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(cloud.glueCatalog);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void columnDescriptionIsWrittenBackAsTheGlueColumnsComment() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(updated("amount", "Order amount in euros")))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordColumnWriteBack(DATASET, TABLE, COLUMN, true, null));

        assertThat(catalogComment()).isEqualTo("Order amount in euros");
    }

    @Test
    void columnTheCatalogDoesNotHaveRecordsTheWriteBackAsFailedWithTheCause() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(updated("discount", "Discount")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new RecordColumnWriteBack(DATASET, TABLE, COLUMN, false,
                        "Column discount not found in table " + TABLE_NAME));
    }

    @Test
    void throttledWriteBackIsRetriedAfterABackoffAndThenSucceeds() throws Exception {
        cloud.faults.inject(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordColumnWriteBack(DATASET, TABLE, COLUMN, true, null));

        assertThat(catalogComment()).isEqualTo("Amount");
    }

    @Test
    void throttlingThatOutlastsTheRetriesRecordsTheWriteBackAsFailed() throws Exception {
        cloud.faults.injectPermanently(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new RecordColumnWriteBack(DATASET, TABLE, COLUMN, false,
                        "Gave up after 3 attempts: Rate exceeded (UPDATE_TABLE in account " + ACCOUNT + ")"));
    }

    @Test
    void newerDescriptionSupersedesOneNotYetWritten() throws Exception {
        cloud.faults.inject(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING, 1);

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .andThenAggregate(DATASET).published(dataset.record(updated("amount", "Amount in euros")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();

        assertThat(catalogComment()).isEqualTo("Amount in euros");
    }

    @Test
    void writeBackIsReportedAsARunOfTheDatasetThatSucceeds() throws Exception {
        String runId = ColumnWriteBackSaga.runId(updated("amount", "Amount"));

        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(updated("amount", "Amount")));

        assertThat(runs.reports()).containsExactly(
                new StartSagaRun(runId, SagaRunKind.COLUMN_WRITE_BACK, DATASET, "dataset", null,
                        Map.of("tableUri", TABLE, "columnUri", COLUMN)),
                new StartSagaRunStep(runId, ColumnWriteBackSaga.WRITE_STEP, 1),
                new FinishSagaRunStep(runId, ColumnWriteBackSaga.WRITE_STEP, 1, null),
                new SucceedSagaRun(runId));
    }

    @Test
    void throttlingThatOutlastsTheRetriesReportsEachAttemptAndTheRunFailed() throws Exception {
        cloud.faults.injectPermanently(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .whenTimeElapses(LONG_ENOUGH);

        assertThat(runs.reports(FinishSagaRunStep.class))
                .extracting(FinishSagaRunStep::attempt, step -> step.error() != null)
                .containsExactly(tuple(1, true), tuple(2, true), tuple(3, true));
        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).startsWith("Gave up after 3 attempts"));
    }

    @Test
    void supersededWriteBackIsReportedFailedAndTheNewerOneSucceeds() throws Exception {
        cloud.faults.inject(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING, 1);
        String first = ColumnWriteBackSaga.runId(updated("amount", "Amount"));
        String second = ColumnWriteBackSaga.runId(updated("amount", "Amount in euros"));

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .andThenAggregate(DATASET).published(dataset.record(updated("amount", "Amount in euros")))
                .whenTimeElapses(LONG_ENOUGH);

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.runId()).isEqualTo(first))
                .satisfies(failed -> assertThat(failed.error()).contains("Superseded"));
        assertThat(runs.reports(SucceedSagaRun.class)).containsExactly(new SucceedSagaRun(second));
    }

    @Test
    void cancelledRunStopsRetryingTheWriteBack() throws Exception {
        cloud.faults.injectPermanently(Operation.UPDATE_TABLE, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(updated("amount", "Amount")))
                .whenPublishingA(new SagaRunCancelled(ColumnWriteBackSaga.runId(updated("amount", "Amount")),
                        "alice", null, Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    private String catalogComment() {
        return cloud.glueCatalog.table(ACCOUNT, REGION, DATABASE, TABLE_NAME).orElseThrow().columns().stream()
                .filter(column -> column.name().equals("amount"))
                .map(CatalogColumn::comment)
                .findFirst().orElseThrow();
    }

    static DatasetTableColumnUpdated updated(String columnName, String description) {
        return new DatasetTableColumnUpdated(DATASET, TABLE, COLUMN, columnName, description, CREATED);
    }
}
