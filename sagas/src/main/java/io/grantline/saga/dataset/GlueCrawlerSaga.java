package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.Actor;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.DatasetCommands.RecordCrawlerStatus;
import io.grantline.api.dataset.DatasetCommands.SyncDatasetTables;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.GlueCrawlers;
import io.grantline.cloud.GlueCrawlers.CrawlerState;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs one crawler run of a dataset: start the dataset's Glue crawler on the location, wait for it with
 * deadlines, and record how it ended. When it succeeded, the tables the catalog then holds are synced into the
 * dataset. Throttling (a crawler still busy with an earlier run included) is retried with backoff a bounded
 * number of times; every other failure is recorded with its cause, and a new run can be started.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class GlueCrawlerSaga {

    static final String START = "startGlueCrawler";
    static final String POLL = "pollGlueCrawler";

    private static final Logger LOG = LoggerFactory.getLogger(GlueCrawlerSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
    @Autowired
    private transient GlueCrawlers crawlers;
    @Autowired
    private transient GlueCatalog catalog;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String datasetUri;
    private String crawlerRunId;
    private String crawlerName;
    private String location;
    private String accountId;
    private String region;
    private String glueDatabaseName;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();
    private int polls;

    @StartSaga
    @SagaEventHandler(associationProperty = "crawlerRunId")
    public void on(GlueCrawlerStarted started) {
        datasetUri = started.datasetUri();
        crawlerRunId = started.crawlerRunId();
        crawlerName = started.crawlerName();
        SagaLifecycle.associateWith("datasetUri", datasetUri);
        SagaLifecycle.associateWith("runId", crawlerRunId);
        runs.started(crawlerRunId, SagaRunKind.CRAWLER, datasetUri, "dataset", started.location() == null ? Map.of() : Map.of("location", started.location()));
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
            runs.failed(crawlerRunId, "The dataset " + datasetUri + " was deleted");
            finish();
            return;
        }
        accountId = dataset.get().accountId();
        region = dataset.get().region();
        glueDatabaseName = dataset.get().glueDatabaseName();
        location = s3Location(dataset.get().bucketName(), started.location());
        start();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        runs.failed(crawlerRunId, "The dataset " + datasetUri + " was deleted");
        finish();
    }

    /** An admin cancelled the run: stop waiting for it. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @DeadlineHandler(deadlineName = START)
    public void start() {
        runs.stepStarted(crawlerRunId, "startCrawler", attempt());
        try {
            crawlers.start(accountId, region, crawlerName, location);
            runs.stepFinished(crawlerRunId, "startCrawler", attempt(), null);
            retries.succeeded();
            report(RunStatus.RUNNING, null);
            deadlines.schedule(policy.pollInterval(), POLL);
        } catch (RuntimeException e) {
            runs.stepFinished(crawlerRunId, "startCrawler", attempt(), CloudFailures.describe(e));
            handle(e, START);
        }
    }

    @DeadlineHandler(deadlineName = POLL)
    public void poll() {
        runs.stepStarted(crawlerRunId, "wait", attempt());
        try {
            CrawlerState state = crawlers.state(accountId, region, crawlerName);
            runs.stepFinished(crawlerRunId, "wait", attempt(), null);
            retries.succeeded();
            if (RunStatus.SUCCEEDED.equals(state.status())) {
                syncTables();
            } else if (RunStatus.FAILED.equals(state.status())) {
                fail(state.error() == null ? "The crawler " + crawlerName + " failed" : state.error());
            } else if (++polls >= policy.maxPolls()) {
                fail("The crawler was still " + state.status() + " after " + polls + " checks; giving up waiting");
            } else {
                deadlines.schedule(policy.pollInterval(), POLL);
            }
        } catch (RuntimeException e) {
            runs.stepFinished(crawlerRunId, "wait", attempt(), CloudFailures.describe(e));
            handle(e, POLL);
        }
    }

    private void syncTables() {
        List<CatalogTable> tables = catalog.tables(accountId, region, glueDatabaseName);
        SagaReports.send(commands, new SyncDatasetTables(datasetUri, tables, Actor.system()), LOG,
                "Dataset {} did not take the tables found by crawler run {}", datasetUri, crawlerRunId);
        report(RunStatus.SUCCEEDED, null);
        runs.succeeded(crawlerRunId);
        finish();
    }

    private void handle(RuntimeException failure, String retryDeadline) {
        Optional<Duration> wait = retries.retryAfter(failure, policy);
        if (wait.isPresent()) {
            LOG.info("Crawler run {} of dataset {}: {}; retry {} in {}", crawlerRunId, datasetUri,
                    failure.getMessage(), retries.failedAttempts(), wait.get());
            deadlines.schedule(wait.get(), retryDeadline);
            return;
        }
        LOG.warn("Crawler run {} of dataset {} failed", crawlerRunId, datasetUri, failure);
        fail(retries.finalCause(failure));
    }

    private int attempt() {
        return retries.failedAttempts() + 1;
    }

    private void fail(String cause) {
        runs.failed(crawlerRunId, cause);
        report(RunStatus.FAILED, cause);
        finish();
    }

    private void report(String status, String error) {
        SagaReports.send(commands, new RecordCrawlerStatus(datasetUri, crawlerRunId, status, error), LOG,
                "Dataset {} did not take status {} of crawler run {}", datasetUri, status, crawlerRunId);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, START, POLL);
    }

    /** The run's location as an S3 URL: given whole, or as a prefix of the dataset bucket. */
    static String s3Location(String bucketName, String location) {
        if (location != null && location.startsWith("s3://")) {
            return location;
        }
        String prefix = location == null ? "" : location.replaceAll("^/+", "");
        return prefix.isEmpty() ? "s3://" + bucketName : "s3://" + bucketName + "/" + prefix;
    }
}
