package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.dataset.DatasetCommands.RecordProfilingRunStatus;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.DatasetBuckets;
import io.grantline.cloud.GlueJobs;
import io.grantline.cloud.GlueJobs.JobRunState;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.EnvironmentHistory;
import io.grantline.saga.environment.EnvironmentStackInputs;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * Runs one profiling run of a dataset table: start the dataset's profiling job on the table, telling it where in
 * the environment's default bucket to write its results (as data.all does: in the dataset bucket a crawl would take
 * them for a table), wait for the job run with deadlines, then record the results it wrote, or why it failed.
 * Throttling is retried with backoff a bounded number of times; every other failure is recorded with its cause, and
 * a new run can be started.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ProfilingRunSaga {

    static final String START = "startProfilingRun";
    static final String POLL = "pollProfilingRun";

    private static final Logger LOG = LoggerFactory.getLogger(ProfilingRunSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
    @Autowired
    private transient EnvironmentHistory environments;
    @Autowired
    private transient GlueJobs jobs;
    @Autowired
    private transient DatasetBuckets buckets;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String datasetUri;
    private String profilingRunUri;
    private String jobName;
    private String glueTableName;
    private String accountId;
    private String region;
    private String glueDatabaseName;
    private String resultsBucket;
    private String resultsKey;
    private String jobRunId;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();
    private int polls;

    @StartSaga
    @SagaEventHandler(associationProperty = "profilingRunUri")
    public void on(DatasetProfilingRunStarted started) {
        datasetUri = started.datasetUri();
        profilingRunUri = started.profilingRunUri();
        jobName = started.glueJobName();
        glueTableName = started.glueTableName();
        SagaLifecycle.associateWith("datasetUri", datasetUri);
        SagaLifecycle.associateWith("runId", profilingRunUri);
        runs.started(profilingRunUri, SagaRunKind.PROFILING, datasetUri, "dataset", started.tableUri() == null ? Map.of() : Map.of("tableUri", started.tableUri()));
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
            runs.failed(profilingRunUri, "The dataset " + datasetUri + " was deleted");
            finish();
            return;
        }
        accountId = dataset.get().accountId();
        region = dataset.get().region();
        glueDatabaseName = dataset.get().glueDatabaseName();
        Optional<EnvironmentStackInputs> environment = environments.load(dataset.get().environmentUri())
                .filter(found -> !found.deleted());
        if (environment.isEmpty()) {
            fail("The environment " + dataset.get().environmentUri() + " of the dataset no longer exists");
            return;
        }
        resultsBucket = environment.get().defaultBucketName();
        resultsKey = resultsKey(datasetUri, glueTableName, profilingRunUri);
        start();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        runs.failed(profilingRunUri, "The dataset " + datasetUri + " was deleted");
        finish();
    }

    /** An admin cancelled the run: stop waiting for it. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @DeadlineHandler(deadlineName = START)
    public void start() {
        runs.stepStarted(profilingRunUri, "startJob", attempt());
        try {
            jobRunId = jobs.start(accountId, region, jobName, arguments());
            runs.stepFinished(profilingRunUri, "startJob", attempt(), null);
            retries.succeeded();
            report(RunStatus.RUNNING, null, null);
            deadlines.schedule(policy.pollInterval(), POLL);
        } catch (RuntimeException e) {
            runs.stepFinished(profilingRunUri, "startJob", attempt(), CloudFailures.describe(e));
            handle(e, START);
        }
    }

    @DeadlineHandler(deadlineName = POLL)
    public void poll() {
        runs.stepStarted(profilingRunUri, "wait", attempt());
        try {
            JobRunState state = jobs.state(accountId, region, jobName, jobRunId);
            runs.stepFinished(profilingRunUri, "wait", attempt(), null);
            retries.succeeded();
            if (RunStatus.SUCCEEDED.equals(state.status())) {
                String results = buckets.readObject(accountId, region, resultsBucket, resultsKey);
                report(RunStatus.SUCCEEDED, results, null);
                runs.succeeded(profilingRunUri);
                finish();
            } else if (RunStatus.FAILED.equals(state.status())) {
                fail(state.error() == null ? "The job run " + jobRunId + " of " + jobName + " failed"
                        : state.error());
            } else if (++polls >= policy.maxPolls()) {
                fail("The job run was still " + state.status() + " after " + polls + " checks; giving up waiting");
            } else {
                deadlines.schedule(policy.pollInterval(), POLL);
            }
        } catch (RuntimeException e) {
            runs.stepFinished(profilingRunUri, "wait", attempt(), CloudFailures.describe(e));
            handle(e, POLL);
        }
    }

    /** Where the job writes the run's results in the environment's default bucket, data.all's layout. */
    static String resultsKey(String datasetUri, String glueTableName, String profilingRunUri) {
        return "profiling/results/" + datasetUri + "/" + glueTableName + "/" + profilingRunUri + "/results.json";
    }

    private Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("--databaseName", glueDatabaseName);
        arguments.put("--tableName", glueTableName);
        arguments.put("--resultsBucket", resultsBucket);
        arguments.put("--resultsKey", resultsKey);
        return arguments;
    }

    private void handle(RuntimeException failure, String retryDeadline) {
        Optional<Duration> wait = retries.retryAfter(failure, policy);
        if (wait.isPresent()) {
            LOG.info("Profiling run {} of dataset {}: {}; retry {} in {}", profilingRunUri, datasetUri,
                    failure.getMessage(), retries.failedAttempts(), wait.get());
            deadlines.schedule(wait.get(), retryDeadline);
            return;
        }
        LOG.warn("Profiling run {} of dataset {} failed", profilingRunUri, datasetUri, failure);
        fail(retries.finalCause(failure));
    }

    private int attempt() {
        return retries.failedAttempts() + 1;
    }

    private void fail(String cause) {
        runs.failed(profilingRunUri, cause);
        report(RunStatus.FAILED, null, cause);
        finish();
    }

    private void report(String status, String results, String error) {
        SagaReports.send(commands,
                new RecordProfilingRunStatus(datasetUri, profilingRunUri, jobRunId, status, results, error), LOG,
                "Dataset {} did not take status {} of profiling run {}", datasetUri, status, profilingRunUri);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, START, POLL);
    }
}
