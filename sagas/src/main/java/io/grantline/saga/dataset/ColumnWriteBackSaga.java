package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.DerivedUris;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.GlueCatalog;
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
 * Writes a column's new description back to the Glue catalog as the column's comment (data.all's
 * glue.table.update_column) and records whether Glue took it. Throttling is retried with backoff a bounded
 * number of times. A newer description of the same column supersedes one not yet written. Each description is a
 * saga run of the dataset, under an id derived from the column, the time of its update and the description.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ColumnWriteBackSaga {

    static final String WRITE = "writeBackColumn";
    static final String WRITE_STEP = "updateColumnComment";

    private static final Logger LOG = LoggerFactory.getLogger(ColumnWriteBackSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
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

    private String runId;
    private String datasetUri;
    private String tableUri;
    private String columnUri;
    private String columnName;
    private String description;
    private String accountId;
    private String region;
    private String glueDatabaseName;
    private String tableName;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();

    @StartSaga(forceNew = true)
    @SagaEventHandler(associationProperty = "columnUri")
    public void on(DatasetTableColumnUpdated updated) {
        if (columnUri != null) {
            LOG.info("Write-back of column {} superseded by a newer description", columnUri);
            runs.failed(runId, "Superseded by a newer description of column " + columnUri);
            finish();
            return;
        }
        datasetUri = updated.datasetUri();
        tableUri = updated.tableUri();
        columnUri = updated.columnUri();
        columnName = updated.name();
        description = updated.description();
        runId = runId(updated);
        SagaLifecycle.associateWith("datasetUri", datasetUri);
        SagaLifecycle.associateWith("runId", runId);
        runs.started(runId, SagaRunKind.COLUMN_WRITE_BACK, datasetUri, "dataset",
                Map.of("tableUri", tableUri, "columnUri", columnUri));
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
            runs.failed(runId, "The dataset " + datasetUri + " was deleted");
            finish();
            return;
        }
        Optional<String> table = dataset.get().tableName(tableUri);
        if (table.isEmpty()) {
            LOG.info("Table {} left dataset {} before the description of column {} was written back", tableUri,
                    datasetUri, columnUri);
            runs.failed(runId, "The table " + tableUri + " left dataset " + datasetUri);
            finish();
            return;
        }
        accountId = dataset.get().accountId();
        region = dataset.get().region();
        glueDatabaseName = dataset.get().glueDatabaseName();
        tableName = table.get();
        write();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        runs.failed(runId, "The dataset " + datasetUri + " was deleted");
        finish();
    }

    /** An admin cancelled the run: the description is no longer written back. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @DeadlineHandler(deadlineName = WRITE)
    public void write() {
        int attempt = retries.failedAttempts() + 1;
        runs.stepStarted(runId, WRITE_STEP, attempt);
        try {
            catalog.updateColumnComment(accountId, region, glueDatabaseName, tableName, columnName,
                    description == null ? "" : description);
            runs.stepFinished(runId, WRITE_STEP, attempt, null);
            record(true, null);
            runs.succeeded(runId);
            finish();
        } catch (RuntimeException e) {
            runs.stepFinished(runId, WRITE_STEP, attempt, CloudFailures.describe(e));
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), WRITE);
                return;
            }
            LOG.warn("Glue did not take the description of column {} of {}.{}", columnName, glueDatabaseName,
                    tableName, e);
            record(false, retries.finalCause(e));
            runs.failed(runId, retries.finalCause(e));
            finish();
        }
    }

    /** One run per description: the column, the time it was described and the description. */
    static String runId(DatasetTableColumnUpdated updated) {
        return DerivedUris.of(updated.columnUri(), "write-back", String.valueOf(updated.updated()),
                String.valueOf(updated.description()));
    }

    private void record(boolean succeeded, String error) {
        SagaReports.send(commands, new RecordColumnWriteBack(datasetUri, tableUri, columnUri, succeeded, error), LOG,
                "Dataset {} did not take the write-back of column {}", datasetUri, columnUri);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, WRITE);
    }
}
