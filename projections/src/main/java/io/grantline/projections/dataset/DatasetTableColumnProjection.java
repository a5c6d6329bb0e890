package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE_COLUMN;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnWrittenBack;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import io.grantline.api.dataset.DatasetQueries.FindDatasetTableColumn;
import io.grantline.api.dataset.DatasetQueries.ListDatasetTableColumns;
import io.grantline.api.dataset.TableColumn;
import io.grantline.projections.jooq.tables.records.DatasetTableColumnRecord;
import io.grantline.projections.support.ReadModel;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The columns of dataset tables: the catalog's facts, the users' descriptions and how writing them back went. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class DatasetTableColumnProjection {

    private final DSLContext db;

    public DatasetTableColumnProjection(DSLContext db) {
        this.db = db;
    }

    /** Where a table's columns live, copied onto each column as data.all's column answers it. */
    private record TableFacts(String datasetUri, String tableUri, String glueDatabaseName, String glueTableName,
                              String awsAccountId, String region, String owner) {
    }

    @EventHandler
    void on(DatasetTableAdded event) {
        db.select(DATASET.AWS_ACCOUNT_ID, DATASET.REGION).from(DATASET)
                .where(DATASET.DATASET_URI.eq(event.datasetUri()))
                .fetchOptional(dataset -> new TableFacts(event.datasetUri(), event.tableUri(),
                        event.glueDatabaseName(), event.name(), dataset.value1(), dataset.value2(), event.owner()))
                .ifPresent(table -> upsert(table, event.columns(), event.added()));
    }

    /** The columns the catalog no longer has go; the others take the catalog's facts and keep their uri. */
    @EventHandler
    void on(DatasetTableCatalogChanged event) {
        List<TableColumn> columns = event.columns() == null ? List.of() : event.columns();
        db.deleteFrom(DATASET_TABLE_COLUMN)
                .where(DATASET_TABLE_COLUMN.TABLE_URI.eq(event.tableUri())
                        .and(DATASET_TABLE_COLUMN.COLUMN_URI.notIn(columns.stream().map(TableColumn::columnUri)
                                .toList())))
                .execute();
        db.selectFrom(DATASET_TABLE)
                .where(DATASET_TABLE.TABLE_URI.eq(event.tableUri()))
                .fetchOptional(table -> new TableFacts(table.getDatasetUri(), table.getTableUri(),
                        table.getGlueDatabaseName(), table.getName(), table.getAwsAccountId(), table.getRegion(),
                        table.getOwner()))
                .ifPresent(table -> upsert(table, columns, event.changed()));
    }

    @EventHandler
    void on(DatasetTableColumnUpdated event) {
        db.update(DATASET_TABLE_COLUMN)
                .set(DATASET_TABLE_COLUMN.DESCRIPTION, event.description())
                .setNull(DATASET_TABLE_COLUMN.WRITE_BACK_ERROR)
                .set(DATASET_TABLE_COLUMN.UPDATED, utc(event.updated()))
                .where(DATASET_TABLE_COLUMN.COLUMN_URI.eq(event.columnUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableColumnWrittenBack event) {
        db.update(DATASET_TABLE_COLUMN)
                .set(DATASET_TABLE_COLUMN.WRITE_BACK_ERROR, event.succeeded() ? null : event.error())
                .where(DATASET_TABLE_COLUMN.COLUMN_URI.eq(event.columnUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        db.deleteFrom(DATASET_TABLE_COLUMN).where(DATASET_TABLE_COLUMN.TABLE_URI.eq(event.tableUri())).execute();
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_TABLE_COLUMN).where(DATASET_TABLE_COLUMN.DATASET_URI.eq(event.datasetUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_TABLE_COLUMN).execute();
    }

    @QueryHandler
    DatasetTableColumnView handle(FindDatasetTableColumn query) {
        return db.selectFrom(DATASET_TABLE_COLUMN)
                .where(DATASET_TABLE_COLUMN.COLUMN_URI.eq(query.columnUri()))
                .fetchOptional(DatasetTableColumnProjection::view)
                .orElse(null);
    }

    /** In the catalog's order (partition keys last). Raw Page: Axon matches {@code instanceOf(Page.class)} so. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListDatasetTableColumns query) {
        Condition matching = DATASET_TABLE_COLUMN.TABLE_URI.eq(query.tableUri())
                .and(SearchTerm.matches(query.term(), DATASET_TABLE_COLUMN.LABEL,
                        DATASET_TABLE_COLUMN.DESCRIPTION));
        return Pages.of(db.select(DATASET_TABLE_COLUMN.asterisk(), Pages.TOTAL).from(DATASET_TABLE_COLUMN)
                        .where(matching)
                        .orderBy(DATASET_TABLE_COLUMN.POSITION, DATASET_TABLE_COLUMN.COLUMN_URI)
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> view(row.into(DATASET_TABLE_COLUMN)), query.page(), query.pageSize(),
                () -> db.fetchCount(DATASET_TABLE_COLUMN, matching));
    }

    private void upsert(TableFacts table, List<TableColumn> columns, Instant at) {
        if (columns == null) {
            return;
        }
        for (TableColumn column : columns) {
            db.insertInto(DATASET_TABLE_COLUMN)
                    .set(DATASET_TABLE_COLUMN.COLUMN_URI, column.columnUri())
                    .set(DATASET_TABLE_COLUMN.TABLE_URI, table.tableUri())
                    .set(DATASET_TABLE_COLUMN.DATASET_URI, table.datasetUri())
                    .set(DATASET_TABLE_COLUMN.NAME, column.name())
                    .set(DATASET_TABLE_COLUMN.LABEL, column.name())
                    .set(DATASET_TABLE_COLUMN.TYPE_NAME, column.typeName())
                    .set(DATASET_TABLE_COLUMN.COLUMN_TYPE, column.columnType())
                    .set(DATASET_TABLE_COLUMN.POSITION, column.position())
                    .set(DATASET_TABLE_COLUMN.DESCRIPTION, column.description())
                    .set(DATASET_TABLE_COLUMN.GLUE_DATABASE_NAME, table.glueDatabaseName())
                    .set(DATASET_TABLE_COLUMN.GLUE_TABLE_NAME, table.glueTableName())
                    .set(DATASET_TABLE_COLUMN.AWS_ACCOUNT_ID, table.awsAccountId())
                    .set(DATASET_TABLE_COLUMN.REGION, table.region())
                    .set(DATASET_TABLE_COLUMN.OWNER, table.owner())
                    .set(DATASET_TABLE_COLUMN.CREATED, utc(at))
                    .set(DATASET_TABLE_COLUMN.UPDATED, utc(at))
                    .onConflict(DATASET_TABLE_COLUMN.COLUMN_URI)
                    .doUpdate()
                    .set(DATASET_TABLE_COLUMN.NAME, column.name())
                    .set(DATASET_TABLE_COLUMN.LABEL, column.name())
                    .set(DATASET_TABLE_COLUMN.TYPE_NAME, column.typeName())
                    .set(DATASET_TABLE_COLUMN.COLUMN_TYPE, column.columnType())
                    .set(DATASET_TABLE_COLUMN.POSITION, column.position())
                    .set(DATASET_TABLE_COLUMN.DESCRIPTION, column.description())
                    .set(DATASET_TABLE_COLUMN.UPDATED, utc(at))
                    .execute();
        }
    }

    static DatasetTableColumnView view(DatasetTableColumnRecord row) {
        return new DatasetTableColumnView(row.getColumnUri(), row.getTableUri(), row.getDatasetUri(), row.getName(),
                row.getLabel(), row.getTypeName(), row.getColumnType(), row.getPosition(), row.getDescription(),
                row.getGlueDatabaseName(), row.getGlueTableName(), row.getAwsAccountId(), row.getRegion(),
                row.getOwner(), row.getWriteBackError(), text(row.getCreated()), text(row.getUpdated()));
    }
}
