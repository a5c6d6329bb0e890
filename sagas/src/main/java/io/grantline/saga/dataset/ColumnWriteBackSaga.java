package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.dataset.DatasetCommands.RecordColumnWriteBack;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.cloud.GlueCatalog;
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
 * Writes a column's new description back to the Glue catalog as the column's comment (data.all's
 * glue.table.update_column) and records whether Glue took it. Throttling is retried with backoff a bounded
 * number of times. A newer description of the same column supersedes one not yet written.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ColumnWriteBackSaga {

    static final String WRITE = "writeBackColumn";

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
            finish();
            return;
        }
        datasetUri = updated.datasetUri();
        tableUri = updated.tableUri();
        columnUri = updated.columnUri();
        columnName = updated.name();
        description = updated.description();
        SagaLifecycle.associateWith("datasetUri", datasetUri);
        Optional<DatasetFacts> dataset = datasets.loadLive(datasetUri);
        if (dataset.isEmpty()) {
            finish();
            return;
        }
        Optional<String> table = dataset.get().tableName(tableUri);
        if (table.isEmpty()) {
            LOG.info("Table {} left dataset {} before the description of column {} was written back", tableUri,
                    datasetUri, columnUri);
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
        finish();
    }

    @DeadlineHandler(deadlineName = WRITE)
    public void write() {
        try {
            catalog.updateColumnComment(accountId, region, glueDatabaseName, tableName, columnName,
                    description == null ? "" : description);
            record(true, null);
            finish();
        } catch (RuntimeException e) {
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), WRITE);
                return;
            }
            LOG.warn("Glue did not take the description of column {} of {}.{}", columnName, glueDatabaseName,
                    tableName, e);
            record(false, retries.finalCause(e));
            finish();
        }
    }

    private void record(boolean succeeded, String error) {
        SagaReports.send(commands, new RecordColumnWriteBack(datasetUri, tableUri, columnUri, succeeded, error), LOG,
                "Dataset {} did not take the write-back of column {}", datasetUri, columnUri);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, WRITE);
    }
}
