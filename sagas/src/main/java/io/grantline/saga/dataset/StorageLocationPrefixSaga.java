package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.cloud.DatasetBuckets;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import java.time.Duration;
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
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class StorageLocationPrefixSaga {

    static final String CREATE = "createStorageLocationPrefix";

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
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
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
        finish();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        finish();
    }

    @DeadlineHandler(deadlineName = CREATE)
    public void create() {
        try {
            buckets.createPrefix(accountId, region, bucketName, prefix);
            record(true, null);
            finish();
        } catch (RuntimeException e) {
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), CREATE);
                return;
            }
            LOG.warn("Could not write the folder {} into bucket {} of dataset {}", prefix, bucketName, datasetUri,
                    e);
            record(false, retries.finalCause(e));
            finish();
        }
    }

    private void record(boolean created, String error) {
        SagaReports.send(commands, new RecordStorageLocationPrefix(datasetUri, locationUri, created, error), LOG,
                "Dataset {} did not take the prefix of folder {}", datasetUri, locationUri);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, CREATE);
    }
}
