package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.ACCOUNT;
import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CRAWLER;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATABASE;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT_BUCKET;
import static io.grantline.saga.dataset.SampleDataset.ORGANIZATION;
import static io.grantline.saga.dataset.SampleDataset.PROFILING_JOB;
import static io.grantline.saga.dataset.SampleDataset.REGION;
import static io.grantline.saga.dataset.SampleDataset.TABLE;
import static io.grantline.saga.dataset.SampleDataset.TABLE_NAME;
import static io.grantline.saga.dataset.SampleDataset.deleted;
import static io.grantline.saga.dataset.SampleDataset.tableAdded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCommands.RecordProfilingRunStatus;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.EnvironmentHistory;
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

/** Profiling runs against the real local cloud (on PostgreSQL and files), its clock driven by the fixture's. */
class ProfilingRunSagaTest {

    static final Duration RUN_TIME = Duration.ofMinutes(2);
    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String RESULTS_KEY = "profiling/results/" + DATASET + "/" + TABLE_NAME + "/prof1/results.json";

    SagaTestFixture<ProfilingRunSaga> fixture;

    RecordedRuns runs = new RecordedRuns();
    SampleDataset dataset;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ProfilingRunSaga.class);
        fixture.registerResource(runs.journal());
        dataset = new SampleDataset();
        cloud = new LocalCloud(RUN_TIME, FixtureTime.of(fixture));
        dataset.createAndDeployIn(cloud);
        cloud.putFile(BUCKET, "orders/part-0.csv", "order_id,amount\n1,9.5\n2,\n3,4.0\n");
        // made by the environment stack, which these tests do not deploy
        cloud.buckets.create(ENVIRONMENT_BUCKET);
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, "s3://" + BUCKET);
        dataset.record(tableAdded());
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new DatasetHistory(dataset.store()));
        fixture.registerResource(new EnvironmentHistory(dataset.store()));
        fixture.registerResource(cloud.glueJobs);
        fixture.registerResource(cloud.datasetBuckets);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void profilingJobRunsOnTheTableToldToWriteItsResultsIntoTheEnvironmentBucket() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(started("prof1")))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(POLICY.pollInterval(), ProfilingRunSaga.POLL);

        RecordProfilingRunStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(report.jobRunId()).isNotBlank();
        JsonNode arguments = JSON.readTree(cloud.jdbc.queryForObject(
                "select arguments::text from local_glue_job_run where run_id = ?", String.class, report.jobRunId()));
        assertThat(arguments.path("--databaseName").asText()).isEqualTo(DATABASE);
        assertThat(arguments.path("--tableName").asText()).isEqualTo(TABLE_NAME);
        assertThat(arguments.path("--resultsBucket").asText()).isEqualTo(ENVIRONMENT_BUCKET);
        assertThat(arguments.path("--resultsKey").asText()).isEqualTo(RESULTS_KEY);
    }

    @Test
    void profilingRunThatSucceedsIsRecordedWithTheResultsTheJobWrote() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("prof1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordProfilingRunStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(report.error()).isNull();
        JsonNode results = JSON.readTree(report.results());
        assertThat(results.path("table_nb_rows").asInt()).isEqualTo(3);
        assertThat(results.path("columns").findValuesAsText("Name")).containsExactly("order_id", "amount");
        assertThat(report.results()).isEqualTo(cloud.datasetBuckets.readObject(ACCOUNT, REGION, ENVIRONMENT_BUCKET,
                RESULTS_KEY));
    }

    @Test
    void resultsStayOutOfTheDatasetBucketSoThatACrawlMakesNoTableOfThem() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("prof1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(onlyReport().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cloud.bucketsFolder.resolve(BUCKET).resolve("profiling")).doesNotExist();
        cloud.glueCrawlers.start(ACCOUNT, REGION, CRAWLER, "s3://" + BUCKET);
        assertThat(cloud.glueCatalog.tables(ACCOUNT, REGION, DATABASE)).extracting(CatalogTable::name)
                .containsExactly(TABLE_NAME);
    }

    @Test
    void runOfADatasetWhoseEnvironmentIsGoneFailsAtOnceWithTheCause() throws Exception {
        dataset.recordEnvironment(new EnvironmentDeleted(ENVIRONMENT, ORGANIZATION, false, CREATED));

        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(started("prof1")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordProfilingRunStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("environment " + ENVIRONMENT);
    }

    @Test
    void profilingRunThatFailsIsRecordedWithTheJobsError() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(new DatasetProfilingRunStarted(DATASET, "prof1",
                        TABLE, "dropped_table", PROFILING_JOB, "bob", CREATED)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordProfilingRunStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.results()).isNull();
        assertThat(report.error()).contains("dropped_table not found in database " + DATABASE);
    }

    @Test
    void throttledJobStartIsRetriedAfterABackoffAndThenSucceeds() throws Exception {
        cloud.faults.inject(Operation.START_JOB_RUN, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(DATASET).published(dataset.record(started("prof1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(reports()).extracting(RecordProfilingRunStatus::status)
                .containsExactly(RunStatus.RUNNING, RunStatus.SUCCEEDED);
    }

    @Test
    void throttledResultsReadIsRetried() throws Exception {
        cloud.faults.inject(Operation.GET_OBJECT, ACCOUNT, Kind.THROTTLING, 1);

        fixture.givenAggregate(DATASET).published(dataset.record(started("prof1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(onlyReport().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(onlyReport().results()).contains("table_nb_rows");
    }

    @Test
    void jobThatDoesNotExistFailsTheRunAtOnceWithTheCause() throws Exception {
        fixture.givenNoPriorActivity()
                .whenAggregate(DATASET).publishes(dataset.recordOne(new DatasetProfilingRunStarted(DATASET, "prof1",
                        TABLE, TABLE_NAME, "no-such-job", "bob", CREATED)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordProfilingRunStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("job no-such-job not found");
    }

    @Test
    void deletingTheDatasetEndsTheRun() throws Exception {
        fixture.givenAggregate(DATASET).published(dataset.record(started("prof1")))
                .whenAggregate(DATASET).publishes(dataset.recordOne(deleted(false)))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    static DatasetProfilingRunStarted started(String profilingRunUri) {
        return new DatasetProfilingRunStarted(DATASET, profilingRunUri, TABLE, TABLE_NAME, PROFILING_JOB, "bob",
                CREATED);
    }

    private RecordProfilingRunStatus onlyReport() {
        assertThat(reports()).hasSize(1);
        return reports().get(0);
    }

    private List<RecordProfilingRunStatus> reports() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        return bus.getDispatchedCommands().stream()
                .map(CommandMessage::getPayload)
                .map(RecordProfilingRunStatus.class::cast)
                .toList();
    }
}
