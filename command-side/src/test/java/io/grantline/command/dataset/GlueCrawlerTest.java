package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.BUCKET;
import static io.grantline.command.dataset.DatasetSamples.CRAWLER;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.RecordCrawlerStatus;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStatusChanged;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlueCrawlerTest {

    static final String RUN = "crawl001";
    static final GlueCrawlerStarted STARTED = started(RUN, "s3://" + BUCKET + "/");

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static GlueCrawlerStarted started(String runId, String location) {
        return new GlueCrawlerStarted(URI, runId, CRAWLER, location, "alice", null);
    }

    static GlueCrawlerStatusChanged status(String runId, String status, String error) {
        return new GlueCrawlerStatusChanged(URI, runId, status, error, null);
    }

    @Test
    void theCrawlerRunsOnTheWholeBucketWhenNoPrefixIsGiven() {
        fixture.given(created())
                .when(new StartGlueCrawler(URI, RUN, null, ALICE))
                .expectEvents(STARTED);
    }

    @Test
    void aPrefixNarrowsTheCrawlerToThatFolderOfTheBucket() {
        fixture.given(created())
                .when(new StartGlueCrawler(URI, RUN, "/raw/sales/", ALICE))
                .expectEvents(started(RUN, "s3://" + BUCKET + "/raw/sales/"));
    }

    @Test
    void theCrawlerIsRefusedWhileARunIsStarting() {
        fixture.given(created(), STARTED)
                .when(new StartGlueCrawler(URI, "crawl002", null, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Crawler " + CRAWLER + " is already running (run " + RUN
                        + ", STARTING); wait for it to finish"))
                .expectNoEvents();
    }

    @Test
    void theCrawlerIsRefusedWhileARunIsRunning() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.RUNNING, null))
                .when(new StartGlueCrawler(URI, "crawl002", null, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("already running (run " + RUN + ", RUNNING)"))
                .expectNoEvents();
    }

    @Test
    void theCrawlerCanRunAgainOnceTheLastRunFailed() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.FAILED, "Access denied"))
                .when(new StartGlueCrawler(URI, "crawl002", null, ALICE))
                .expectEvents(started("crawl002", "s3://" + BUCKET + "/"));
    }

    @Test
    void theCrawlerCanRunAgainOnceTheLastRunSucceeded() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.SUCCEEDED, null))
                .when(new StartGlueCrawler(URI, "crawl002", "raw", ALICE))
                .expectEvents(started("crawl002", "s3://" + BUCKET + "/raw/"));
    }

    @Test
    void aRunIdIsUsedOnce() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.SUCCEEDED, null))
                .when(new StartGlueCrawler(URI, RUN, null, ALICE))
                .expectException(ResourceAlreadyExists.class)
                .expectNoEvents();
    }

    @Test
    void aRunIdIsRequired() {
        fixture.given(created())
                .when(new StartGlueCrawler(URI, " ", null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("crawlerRunId is required"))
                .expectNoEvents();
    }

    @Test
    void theRunsStatusIsRecorded() {
        fixture.given(created(), STARTED)
                .when(new RecordCrawlerStatus(URI, RUN, RunStatus.RUNNING, null))
                .expectEvents(status(RUN, RunStatus.RUNNING, null));
    }

    @Test
    void aFailedRunIsRecordedWithItsCause() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.RUNNING, null))
                .when(new RecordCrawlerStatus(URI, RUN, RunStatus.FAILED, "Insufficient Lake Formation permission"))
                .expectEvents(status(RUN, RunStatus.FAILED, "Insufficient Lake Formation permission"));
    }

    @Test
    void aRepeatedStatusChangesNothing() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.RUNNING, null))
                .when(new RecordCrawlerStatus(URI, RUN, RunStatus.RUNNING, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void statusReportedAfterTheRunEndedChangesNothing() {
        fixture.given(created(), STARTED, status(RUN, RunStatus.SUCCEEDED, null))
                .when(new RecordCrawlerStatus(URI, RUN, RunStatus.RUNNING, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theStatusOfAnUnknownRunIsNotFound() {
        fixture.given(created())
                .when(new RecordCrawlerStatus(URI, "nosuchrn", RunStatus.RUNNING, null))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Crawler run nosuchrn not found"))
                .expectNoEvents();
    }

    @Test
    void aRunsStatusIsOneOfGluesRunStates() {
        fixture.given(created(), STARTED)
                .when(new RecordCrawlerStatus(URI, RUN, "STOPPING", null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("status value STOPPING must be one of STARTING, RUNNING"))
                .expectNoEvents();
    }
}
