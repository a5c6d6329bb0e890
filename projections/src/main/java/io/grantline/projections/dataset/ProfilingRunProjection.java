package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_PROFILING_RUN;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetQueries.FindLatestProfilingRun;
import io.grantline.api.dataset.DatasetQueries.FindProfilingRun;
import io.grantline.api.dataset.DatasetQueries.ListProfilingRuns;
import io.grantline.api.dataset.DatasetQueries.ProfilingRunView;
import io.grantline.api.dataset.RunStatus;
import io.grantline.projections.jooq.tables.records.DatasetProfilingRunRecord;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Profiling runs of dataset tables, newest first by the dataset event that started them. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ProfilingRunProjection {

    private final DSLContext db;

    public ProfilingRunProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(DatasetProfilingRunStarted event, @SequenceNumber long sequence) {
        String accountId = db.select(DATASET.AWS_ACCOUNT_ID).from(DATASET)
                .where(DATASET.DATASET_URI.eq(event.datasetUri()))
                .fetchOne(DATASET.AWS_ACCOUNT_ID);
        if (accountId == null) {
            return;
        }
        db.insertInto(DATASET_PROFILING_RUN)
                .set(DATASET_PROFILING_RUN.PROFILING_RUN_URI, event.profilingRunUri())
                .set(DATASET_PROFILING_RUN.DATASET_URI, event.datasetUri())
                .set(DATASET_PROFILING_RUN.TABLE_URI, event.tableUri())
                .set(DATASET_PROFILING_RUN.SEQUENCE, sequence)
                .set(DATASET_PROFILING_RUN.GLUE_TABLE_NAME, event.glueTableName())
                .set(DATASET_PROFILING_RUN.GLUE_JOB_NAME, event.glueJobName())
                .set(DATASET_PROFILING_RUN.STATUS, RunStatus.STARTING)
                .set(DATASET_PROFILING_RUN.OWNER, event.owner())
                .set(DATASET_PROFILING_RUN.AWS_ACCOUNT_ID, accountId)
                .set(DATASET_PROFILING_RUN.CREATED, utc(event.started()))
                .set(DATASET_PROFILING_RUN.UPDATED, utc(event.started()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(DatasetProfilingRunStatusChanged event) {
        db.update(DATASET_PROFILING_RUN)
                .set(DATASET_PROFILING_RUN.STATUS, event.status())
                .set(DATASET_PROFILING_RUN.GLUE_JOB_RUN_ID, DSL.coalesce(DSL.val(event.jobRunId()),
                        DATASET_PROFILING_RUN.GLUE_JOB_RUN_ID))
                .set(DATASET_PROFILING_RUN.RESULTS, DSL.coalesce(DSL.val(event.results()),
                        DATASET_PROFILING_RUN.RESULTS))
                .set(DATASET_PROFILING_RUN.ERROR, event.error())
                .set(DATASET_PROFILING_RUN.UPDATED, utc(event.changed()))
                .where(DATASET_PROFILING_RUN.PROFILING_RUN_URI.eq(event.profilingRunUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        db.deleteFrom(DATASET_PROFILING_RUN).where(DATASET_PROFILING_RUN.TABLE_URI.eq(event.tableUri())).execute();
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_PROFILING_RUN).where(DATASET_PROFILING_RUN.DATASET_URI.eq(event.datasetUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_PROFILING_RUN).execute();
    }

    @QueryHandler
    ProfilingRunView handle(FindProfilingRun query) {
        return db.selectFrom(DATASET_PROFILING_RUN)
                .where(DATASET_PROFILING_RUN.PROFILING_RUN_URI.eq(query.profilingRunUri()))
                .fetchOptional(ProfilingRunProjection::view)
                .orElse(null);
    }

    @QueryHandler
    ProfilingRunView handle(FindLatestProfilingRun query) {
        return db.selectFrom(DATASET_PROFILING_RUN)
                .where(DATASET_PROFILING_RUN.TABLE_URI.eq(query.tableUri()))
                .orderBy(DATASET_PROFILING_RUN.SEQUENCE.desc())
                .limit(1)
                .fetchOptional(ProfilingRunProjection::view)
                .orElse(null);
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListProfilingRuns query) {
        Condition ofTable = DATASET_PROFILING_RUN.TABLE_URI.eq(query.tableUri());
        return Pages.of(db.select(DATASET_PROFILING_RUN.asterisk(), Pages.TOTAL).from(DATASET_PROFILING_RUN)
                        .where(ofTable)
                        .orderBy(DATASET_PROFILING_RUN.SEQUENCE.desc())
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> view(row.into(DATASET_PROFILING_RUN)), query.page(), query.pageSize(),
                () -> db.fetchCount(DATASET_PROFILING_RUN, ofTable));
    }

    static ProfilingRunView view(DatasetProfilingRunRecord row) {
        return new ProfilingRunView(row.getProfilingRunUri(), row.getDatasetUri(), row.getTableUri(),
                row.getGlueTableName(), row.getGlueJobName(), row.getGlueJobRunId(), row.getStatus(),
                row.getResults(), row.getError(), row.getOwner(), row.getAwsAccountId(), text(row.getCreated()),
                text(row.getUpdated()));
    }
}
