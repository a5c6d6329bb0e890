package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.DerivedUris;
import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.DatasetBuckets;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
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
 * Writes a new folder's marker object ({@code prefix/}) into the dataset bucket, as data.all does when a folder
 * is created, and records whether it was written. Throttling is retried with backoff a bounded number of times.
 * Reported as a saga run of the dataset, under an id derived from the folder (a folder's marker is written once).
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class StorageLocationPrefixSaga {

    static final String CREATE = "createStorageLocationPrefix";
    static final String CREATE_STEP = "createPrefix";

    private static final Logger LOG = LoggerFactory.getLogger(StorageLocationPrefixSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
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
    private String locationUri;
    private String prefix;
    private String accountId;
    private String region;
    private String bucketName;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();

    @StartSaga
    @SagaEventHandler(associationProperty = "locationUri")
    public void on(DatasetStorageLocationCreated created) {
        datasetUri = created.datasetUri();
        locationUri = created.locationUri();
        prefix = created.s3Prefix();
        SagaLifecycle.associateWith("datasetUri", datasetUri);
        SagaLifecycle.associateWith("runId", runId(locationUri));
        runs.started(runId(locationUri), SagaRunKind.FOLDER_PREFIX, datasetUri, "dataset",
                Map.of("locationUri", locationUri, "prefix", String.valueOf(prefix)));
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
            runs.failed(runId(locationUri), "The dataset " + datasetUri + " was deleted");
            finish();
            return;
        }
        accountId = dataset.get().accountId();
        region = dataset.get().region();
        bucketName = dataset.get().bucketName();
        create();
    }

    @SagaEventHandler(associationProperty = "locationUri")
    public void on(DatasetStorageLocationDeleted deleted) {
        runs.failed(runId(locationUri), "The folder " + locationUri + " was deleted");
        finish();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        runs.failed(runId(locationUri), "The dataset " + datasetUri + " was deleted");
        finish();
    }

    /** An admin cancelled the run: the marker is no longer written. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @DeadlineHandler(deadlineName = CREATE)
    public void create() {
        String runId = runId(locationUri);
        int attempt = retries.failedAttempts() + 1;
        runs.stepStarted(runId, CREATE_STEP, attempt);
        try {
            buckets.createPrefix(accountId, region, bucketName, prefix);
            runs.stepFinished(runId, CREATE_STEP, attempt, null);
            record(true, null);
            runs.succeeded(runId);
            finish();
        } catch (RuntimeException e) {
            runs.stepFinished(runId, CREATE_STEP, attempt, CloudFailures.describe(e));
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), CREATE);
                return;
            }
            LOG.warn("Could not write the folder {} into bucket {} of dataset {}", prefix, bucketName, datasetUri,
                    e);
            record(false, retries.finalCause(e));
            runs.failed(runId, retries.finalCause(e));
            finish();
        }
    }

    static String runId(String locationUri) {
        return DerivedUris.of(locationUri, "prefix");
    }

    private void record(boolean created, String error) {
        SagaReports.send(commands, new RecordStorageLocationPrefix(datasetUri, locationUri, created, error), LOG,
                "Dataset {} did not take the prefix of folder {}", datasetUri, locationUri);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, CREATE);
    }
}
