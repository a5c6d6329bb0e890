package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET_CRAWLER_RUN;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStatusChanged;
import io.grantline.api.dataset.DatasetQueries.CrawlerRunView;
import io.grantline.api.dataset.DatasetQueries.FindLatestCrawlerRun;
import io.grantline.api.dataset.RunStatus;
import io.grantline.projections.jooq.tables.records.DatasetCrawlerRunRecord;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Glue crawler runs of datasets, newest first by the dataset event that started them. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class CrawlerRunProjection {

    private final DSLContext db;

    public CrawlerRunProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(GlueCrawlerStarted event, @SequenceNumber long sequence) {
        db.insertInto(DATASET_CRAWLER_RUN)
                .set(DATASET_CRAWLER_RUN.CRAWLER_RUN_ID, event.crawlerRunId())
                .set(DATASET_CRAWLER_RUN.DATASET_URI, event.datasetUri())
                .set(DATASET_CRAWLER_RUN.SEQUENCE, sequence)
                .set(DATASET_CRAWLER_RUN.CRAWLER_NAME, event.crawlerName())
                .set(DATASET_CRAWLER_RUN.LOCATION, event.location())
                .set(DATASET_CRAWLER_RUN.STATUS, RunStatus.STARTING)
                .set(DATASET_CRAWLER_RUN.STARTED_BY, event.startedBy())
                .set(DATASET_CRAWLER_RUN.CREATED, utc(event.started()))
                .set(DATASET_CRAWLER_RUN.UPDATED, utc(event.started()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(GlueCrawlerStatusChanged event) {
        db.update(DATASET_CRAWLER_RUN)
                .set(DATASET_CRAWLER_RUN.STATUS, event.status())
                .set(DATASET_CRAWLER_RUN.ERROR, event.error())
                .set(DATASET_CRAWLER_RUN.UPDATED, utc(event.changed()))
                .where(DATASET_CRAWLER_RUN.CRAWLER_RUN_ID.eq(event.crawlerRunId()))
                .execute();
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_CRAWLER_RUN).where(DATASET_CRAWLER_RUN.DATASET_URI.eq(event.datasetUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_CRAWLER_RUN).execute();
    }

    @QueryHandler
    CrawlerRunView handle(FindLatestCrawlerRun query) {
        return db.selectFrom(DATASET_CRAWLER_RUN)
                .where(DATASET_CRAWLER_RUN.DATASET_URI.eq(query.datasetUri()))
                .orderBy(DATASET_CRAWLER_RUN.SEQUENCE.desc())
                .limit(1)
                .fetchOptional(CrawlerRunProjection::view)
                .orElse(null);
    }

    static CrawlerRunView view(DatasetCrawlerRunRecord row) {
        return new CrawlerRunView(row.getCrawlerRunId(), row.getDatasetUri(), row.getCrawlerName(),
                row.getLocation(), row.getStatus(), row.getError(), row.getStartedBy(), text(row.getCreated()),
                text(row.getUpdated()));
    }
}
