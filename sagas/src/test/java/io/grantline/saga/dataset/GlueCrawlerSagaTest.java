package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CRAWLER;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATABASE;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static io.grantline.saga.dataset.SampleDataset.deleted;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.Actor;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCommands.RecordCrawlerStatus;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.RunStatus;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.FixtureTime;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Crawler runs against the real local cloud (on PostgreSQL and files), its clock driven by the fixture's. */
class GlueCrawlerSagaTest {

    static final Duration RUN_TIME = Duration.ofSeconds(40);
    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);
    static final String ORDERS_CSV = "order_id,amount\n1,9.5\n2,1.5\n3,4.0\n";

    SagaTestFixture<GlueCrawlerSaga> fixture;

    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(GlueCrawlerSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(RUN_TIME, FixtureTime.of(fixture));
        dataset.createAndDeployIn(cloud);
        cloud.putFile(BUCKET, "orders/part-0.csv", ORDERS_CSV);
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(cloud.glueCrawlers);
        fixture.registerResource(cloud.glueCatalog);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void crawlerStartsOnTheGivenPrefixOfTheDatasetBucketAndTheRunIsRecordedAsRunning() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(started("run1", "raw/orders")))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RecordCrawlerStatus(DATASET, "run1", RunStatus.RUNNING, null))
                .expectScheduledDeadlineWithName(POLICY.pollInterval(), GlueCrawlerSaga.POLL);

        assertThat(crawledLocation()).isEqualTo("s3://" + BUCKET + "/raw/orders");
    }

    @Test
    void crawlerWithoutAPrefixCrawlsTheWholeBucket() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(started("run1", null)))
                .expectActiveSagas(1);

        assertThat(crawledLocation()).isEqualTo("s3://" + BUCKET);
    }

    @Test
    void crawlerRunThatSucceedsSyncsTheTablesTheCatalogThenHoldsAndIsRecordedAsSucceeded() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        List<CatalogTable> catalog = cloud.glueCatalog.tables(ACCOUNT, REGION, DATABASE);
        assertThat(catalog).extracting(CatalogTable::name).containsExactly("orders");
        assertThat(commands()).containsExactly(
                new SyncDatasetTables(DATASET, catalog, Actor.system()),
                new RecordCrawlerStatus(DATASET, "run1", RunStatus.SUCCEEDED, null));
    }

    @Test
    void crawlerStillRunningIsLookedAtAgainLater() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenTimeElapses(POLICY.pollInterval())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(POLICY.pollInterval(), GlueCrawlerSaga.POLL);
    }

    @Test
    void crawlerRunThatFailsIsRecordedAsFailedWithTheCrawlersError() throws Exception {
        cloud.putFile(BUCKET, "events/part-0.json", "{\"id\": 1,\n");

        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordCrawlerStatus report = onlyStatus();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("Cannot read s3://" + BUCKET + "/events/part-0.json");
    }

    @Test
    void throttledCrawlerStartIsRetriedAfterABackoffAndThenSucceeds() throws Exception {
        cloud.faults.inject(Operation.START_CRAWLER, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(started("run1", "")))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(POLICY.backoff(1), GlueCrawlerSaga.START);

        fixture.whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);
        assertThat(commands()).filteredOn(RecordCrawlerStatus.class::isInstance)
                .extracting(command -> ((RecordCrawlerStatus) command).status())
                .containsExactly(RunStatus.RUNNING, RunStatus.SUCCEEDED);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRecordedAsFailed() throws Exception {
        cloud.faults.injectPermanently(Operation.START_CRAWLER, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordCrawlerStatus report = onlyStatus();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("Gave up after 3 attempts").contains("Rate exceeded");
    }

    @Test
    void catalogThatCannotBeReadAfterTheRunIsRetriedBeforeTheTablesAreSynced() throws Exception {
        cloud.faults.inject(Operation.GET_TABLES, ACCOUNT, Kind.TIMEOUT, 1);

        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(commands()).hasSize(2).last()
                .isEqualTo(new RecordCrawlerStatus(DATASET, "run1", RunStatus.SUCCEEDED, null));
    }

    @Test
    void crawlerThatDoesNotExistFailsTheRunAtOnceWithTheCause() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(new GlueCrawlerStarted(DATASET, "run1",
                        "no-such-crawler", "", "bob", CREATED)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordCrawlerStatus report = onlyStatus();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("no-such-crawler does not exist");
    }

    @Test
    void deletingTheDatasetEndsTheRun() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("run1", "")))
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(false)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    static GlueCrawlerStarted started(String crawlerRunId, String location) {
        return new GlueCrawlerStarted(DATASET, crawlerRunId, CRAWLER, location, "bob", CREATED);
    }

    private String crawledLocation() {
        return cloud.jdbc.queryForObject("select target_path from local_glue_crawler where crawler_name = ?",
                String.class, CRAWLER);
    }

    private RecordCrawlerStatus onlyStatus() {
        assertThat(commands()).hasSize(1);
        return (RecordCrawlerStatus) commands().get(0);
    }

    private List<Object> commands() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }
}
