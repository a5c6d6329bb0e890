package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.FindDatasetTable;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTables;
import io.grantline.projections.jooq.tables.records.DatasetTableRecord;
import io.grantline.projections.support.JsonMaps;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The dataset tables as the catalog syncs and users edit them, and the dataset's table count. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class DatasetTableProjection {

    /** data.all's defaults for a table found in the catalog. */
    static final String RAW_STAGE = "RAW";
    static final String IN_SYNC = "InSync";

    private final DSLContext db;

    public DatasetTableProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(DatasetTableAdded event) {
        Record2<String, String> dataset = db.select(DATASET.AWS_ACCOUNT_ID, DATASET.REGION).from(DATASET)
                .where(DATASET.DATASET_URI.eq(event.datasetUri()))
                .fetchOne();
        if (dataset == null) {
            return;
        }
        db.insertInto(DATASET_TABLE)
                .set(DATASET_TABLE.TABLE_URI, event.tableUri())
                .set(DATASET_TABLE.DATASET_URI, event.datasetUri())
                .set(DATASET_TABLE.NAME, event.name())
                .set(DATASET_TABLE.LABEL, event.label() == null ? event.name() : event.label())
                .set(DATASET_TABLE.GLUE_DATABASE_NAME, event.glueDatabaseName())
                .set(DATASET_TABLE.S3_PREFIX, event.s3Prefix())
                .set(DATASET_TABLE.AWS_ACCOUNT_ID, dataset.value1())
                .set(DATASET_TABLE.REGION, dataset.value2())
                .set(DATASET_TABLE.OWNER, event.owner())
                .set(DATASET_TABLE.TAGS, toJsonb(List.of()))
                .set(DATASET_TABLE.TOPICS, toJsonb(List.of()))
                .set(DATASET_TABLE.TERMS, toJsonb(List.of()))
                .set(DATASET_TABLE.STAGE, RAW_STAGE)
                .set(DATASET_TABLE.LAST_GLUE_TABLE_STATUS, IN_SYNC)
                .set(DATASET_TABLE.GLUE_TABLE_PROPERTIES, JsonMaps.toJsonb(event.properties()))
                .set(DATASET_TABLE.CREATED, utc(event.added()))
                .set(DATASET_TABLE.UPDATED, utc(event.added()))
                .onConflictDoNothing()
                .execute();
        countTables(event.datasetUri());
    }

    @EventHandler
    void on(DatasetTableCatalogChanged event) {
        db.update(DATASET_TABLE)
                .set(DATASET_TABLE.S3_PREFIX, event.s3Prefix())
                .set(DATASET_TABLE.GLUE_TABLE_PROPERTIES, JsonMaps.toJsonb(event.properties()))
                .set(DATASET_TABLE.LAST_GLUE_TABLE_STATUS, IN_SYNC)
                .set(DATASET_TABLE.UPDATED, utc(event.changed()))
                .where(DATASET_TABLE.TABLE_URI.eq(event.tableUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableUpdated event) {
        db.update(DATASET_TABLE)
                .set(DATASET_TABLE.LABEL, DSL.coalesce(DSL.val(event.label()), DATASET_TABLE.LABEL))
                .set(DATASET_TABLE.DESCRIPTION, event.description() == null ? DATASET_TABLE.DESCRIPTION
                        : DSL.val(event.description()))
                .set(DATASET_TABLE.TAGS, event.tags() == null ? DATASET_TABLE.TAGS : DSL.val(toJsonb(event.tags())))
                .set(DATASET_TABLE.TOPICS, event.topics() == null ? DATASET_TABLE.TOPICS
                        : DSL.val(toJsonb(event.topics())))
                .set(DATASET_TABLE.TERMS, event.terms() == null ? DATASET_TABLE.TERMS
                        : DSL.val(toJsonb(event.terms())))
                .set(DATASET_TABLE.UPDATED, utc(event.updated()))
                .where(DATASET_TABLE.TABLE_URI.eq(event.tableUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        db.deleteFrom(DATASET_TABLE).where(DATASET_TABLE.TABLE_URI.eq(event.tableUri())).execute();
        countTables(event.datasetUri());
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_TABLE).where(DATASET_TABLE.DATASET_URI.eq(event.datasetUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_TABLE).execute();
    }

    @QueryHandler
    DatasetTableView handle(FindDatasetTable query) {
        return db.selectFrom(DATASET_TABLE)
                .where(DATASET_TABLE.TABLE_URI.eq(query.tableUri()))
                .fetchOptional(DatasetTableProjection::view)
                .orElse(null);
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListDatasetTables query) {
        Condition condition = query.datasetUri() == null ? DSL.noCondition()
                : DATASET_TABLE.DATASET_URI.eq(query.datasetUri());
        Condition matching = condition.and(SearchTerm.matches(query.term(), DATASET_TABLE.NAME, DATASET_TABLE.LABEL,
                DATASET_TABLE.DESCRIPTION));
        return Pages.of(db.select(DATASET_TABLE.asterisk(), Pages.TOTAL).from(DATASET_TABLE)
                        .where(matching)
                        .orderBy(DATASET_TABLE.NAME, DATASET_TABLE.TABLE_URI)
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> view(row.into(DATASET_TABLE)), query.page(), query.pageSize(),
                () -> db.fetchCount(DATASET_TABLE, matching));
    }

    // Counted, not incremented, so that projecting an event twice cannot skew the count.
    private void countTables(String datasetUri) {
        db.update(DATASET)
                .set(DATASET.TABLE_COUNT, DSL.field(DSL.selectCount().from(DATASET_TABLE)
                        .where(DATASET_TABLE.DATASET_URI.eq(datasetUri))))
                .where(DATASET.DATASET_URI.eq(datasetUri))
                .execute();
    }

    static DatasetTableView view(DatasetTableRecord row) {
        return new DatasetTableView(row.getTableUri(), row.getDatasetUri(), row.getName(), row.getLabel(),
                row.getDescription(), row.getGlueDatabaseName(), row.getS3Prefix(), row.getAwsAccountId(),
                row.getRegion(), row.getOwner(), fromJsonb(row.getTags()), fromJsonb(row.getTopics()),
                fromJsonb(row.getTerms()), row.getStage(), row.getLastGlueTableStatus(),
                row.getGlueTableProperties().data(), text(row.getCreated()), text(row.getUpdated()));
    }
}
