package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.PROFILER;
import static io.grantline.command.dataset.DatasetSamples.TABLE;
import static io.grantline.command.dataset.DatasetSamples.TABLE_URI;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.ordersAdded;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.RecordProfilingRunStatus;
import io.grantline.api.dataset.DatasetCommands.StartDatasetProfilingRun;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfilingRunTest {

    static final String RUN = "prof0001";
    static final String RESULTS = "{\"table_nb_rows\": 3, \"columns\": []}";
    static final DatasetProfilingRunStarted STARTED = started(RUN, TABLE_URI, TABLE);
    static final DatasetTableAdded CUSTOMERS = new DatasetTableAdded(URI, "tblcust1", "customers", "customers",
            DatasetSamples.GLUE_DATABASE, "s3://bucket/customers/", Map.of(), List.of(), "alice", null);

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static DatasetProfilingRunStarted started(String runUri, String tableUri, String tableName) {
        return new DatasetProfilingRunStarted(URI, runUri, tableUri, tableName, PROFILER, "alice", null);
    }

    static DatasetProfilingRunStatusChanged status(String status, String jobRunId, String results, String error) {
        return new DatasetProfilingRunStatusChanged(URI, RUN, jobRunId, status, results, error, null);
    }

    @Test
    void aRunProfilesTheTableWithTheDatasetsProfilingJob() {
        fixture.given(created(), ordersAdded())
                .when(new StartDatasetProfilingRun(URI, RUN, TABLE_URI, ALICE))
                .expectEvents(STARTED);
    }

    @Test
    void anUnknownTableIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new StartDatasetProfilingRun(URI, RUN, "nosuchtb", ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetTable nosuchtb not found"))
                .expectNoEvents();
    }

    @Test
    void aRemovedTableIsNotProfiled() {
        fixture.given(created(), ordersAdded(), new DatasetTableRemoved(URI, TABLE_URI, TABLE, "deleted", null))
                .when(new StartDatasetProfilingRun(URI, RUN, TABLE_URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void theTableIsRequired() {
        fixture.given(created(), ordersAdded())
                .when(new StartDatasetProfilingRun(URI, RUN, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("tableUri is required"))
                .expectNoEvents();
    }

    @Test
    void aTableIsNotProfiledAgainWhileARunOfItIsStarting() {
        fixture.given(created(), ordersAdded(), STARTED)
                .when(new StartDatasetProfilingRun(URI, "prof0002", TABLE_URI, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Table orders is already being profiled (run " + RUN
                        + ", STARTING)"))
                .expectNoEvents();
    }

    @Test
    void aTableIsNotProfiledAgainWhileARunOfItIsRunning() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.RUNNING, "jr_1", null, null))
                .when(new StartDatasetProfilingRun(URI, "prof0002", TABLE_URI, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("(run " + RUN + ", RUNNING)"))
                .expectNoEvents();
    }

    @Test
    void anotherTableCanBeProfiledMeanwhile() {
        fixture.given(created(), ordersAdded(), CUSTOMERS, STARTED)
                .when(new StartDatasetProfilingRun(URI, "prof0002", "tblcust1", ALICE))
                .expectEvents(started("prof0002", "tblcust1", "customers"));
    }

    @Test
    void aTableCanBeProfiledAgainOnceTheLastRunEnded() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.FAILED, "jr_1", null, "OutOfMemory"))
                .when(new StartDatasetProfilingRun(URI, "prof0002", TABLE_URI, ALICE))
                .expectEvents(started("prof0002", TABLE_URI, TABLE));
    }

    @Test
    void aRunUriIsUsedOnce() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.SUCCEEDED, "jr_1", RESULTS, null))
                .when(new StartDatasetProfilingRun(URI, RUN, TABLE_URI, ALICE))
                .expectException(ResourceAlreadyExists.class)
                .expectNoEvents();
    }

    @Test
    void theJobRunIsRecordedAsItRuns() {
        fixture.given(created(), ordersAdded(), STARTED)
                .when(new RecordProfilingRunStatus(URI, RUN, "jr_1", RunStatus.RUNNING, null, null))
                .expectEvents(status(RunStatus.RUNNING, "jr_1", null, null));
    }

    @Test
    void aSucceededRunIsRecordedWithItsResults() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.RUNNING, "jr_1", null, null))
                .when(new RecordProfilingRunStatus(URI, RUN, "jr_1", RunStatus.SUCCEEDED, RESULTS, null))
                .expectEvents(status(RunStatus.SUCCEEDED, "jr_1", RESULTS, null));
    }

    @Test
    void aRepeatedStatusChangesNothing() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.RUNNING, "jr_1", null, null))
                .when(new RecordProfilingRunStatus(URI, RUN, "jr_1", RunStatus.RUNNING, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void statusReportedAfterTheRunEndedChangesNothing() {
        fixture.given(created(), ordersAdded(), STARTED, status(RunStatus.FAILED, "jr_1", null, "OutOfMemory"))
                .when(new RecordProfilingRunStatus(URI, RUN, "jr_1", RunStatus.SUCCEEDED, RESULTS, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theStatusOfAnUnknownRunIsNotFound() {
        fixture.given(created(), ordersAdded())
                .when(new RecordProfilingRunStatus(URI, "nosuchrn", "jr_1", RunStatus.RUNNING, null, null))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("DatasetProfilingRun nosuchrn not found"))
                .expectNoEvents();
    }

    @Test
    void aRunsStatusIsOneOfGluesRunStates() {
        fixture.given(created(), ordersAdded(), STARTED)
                .when(new RecordProfilingRunStatus(URI, RUN, "jr_1", "TIMEOUT", null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
