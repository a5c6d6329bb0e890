package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET_TABLE_DATA_FILTER;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterCreated;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterDeleted;
import io.grantline.api.dataset.DatasetQueries.FindTableDataFilter;
import io.grantline.api.dataset.DatasetQueries.ListTableDataFilters;
import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import io.grantline.projections.jooq.tables.records.DatasetTableDataFilterRecord;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The data filters (Lake Formation data cells filters) of dataset tables. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class TableDataFilterProjection {

    private final DSLContext db;

    public TableDataFilterProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(TableDataFilterCreated event) {
        db.insertInto(DATASET_TABLE_DATA_FILTER)
                .set(DATASET_TABLE_DATA_FILTER.FILTER_URI, event.filterUri())
                .set(DATASET_TABLE_DATA_FILTER.TABLE_URI, event.tableUri())
                .set(DATASET_TABLE_DATA_FILTER.DATASET_URI, event.datasetUri())
                .set(DATASET_TABLE_DATA_FILTER.LABEL, event.label())
                .set(DATASET_TABLE_DATA_FILTER.NAME, event.name())
                .set(DATASET_TABLE_DATA_FILTER.FILTER_TYPE, event.filterType())
                .set(DATASET_TABLE_DATA_FILTER.INCLUDED_COLS, toJsonb(event.includedCols()))
                .set(DATASET_TABLE_DATA_FILTER.ROW_EXPRESSION, event.rowExpression())
                .set(DATASET_TABLE_DATA_FILTER.DESCRIPTION, event.description())
                .set(DATASET_TABLE_DATA_FILTER.OWNER, event.owner())
                .set(DATASET_TABLE_DATA_FILTER.CREATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(TableDataFilterDeleted event) {
        db.deleteFrom(DATASET_TABLE_DATA_FILTER)
                .where(DATASET_TABLE_DATA_FILTER.FILTER_URI.eq(event.filterUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        db.deleteFrom(DATASET_TABLE_DATA_FILTER)
                .where(DATASET_TABLE_DATA_FILTER.TABLE_URI.eq(event.tableUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_TABLE_DATA_FILTER)
                .where(DATASET_TABLE_DATA_FILTER.DATASET_URI.eq(event.datasetUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_TABLE_DATA_FILTER).execute();
    }

    @QueryHandler
    TableDataFilterView handle(FindTableDataFilter query) {
        return db.selectFrom(DATASET_TABLE_DATA_FILTER)
                .where(DATASET_TABLE_DATA_FILTER.FILTER_URI.eq(query.filterUri()))
                .fetchOptional(TableDataFilterProjection::view)
                .orElse(null);
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListTableDataFilters query) {
        Condition matching = DATASET_TABLE_DATA_FILTER.TABLE_URI.eq(query.tableUri())
                .and(SearchTerm.matches(query.term(), DATASET_TABLE_DATA_FILTER.LABEL,
                        DATASET_TABLE_DATA_FILTER.DESCRIPTION));
        return Pages.of(db.select(DATASET_TABLE_DATA_FILTER.asterisk(), Pages.TOTAL).from(DATASET_TABLE_DATA_FILTER)
                        .where(matching)
                        .orderBy(DATASET_TABLE_DATA_FILTER.LABEL, DATASET_TABLE_DATA_FILTER.FILTER_URI)
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> view(row.into(DATASET_TABLE_DATA_FILTER)), query.page(), query.pageSize(),
                () -> db.fetchCount(DATASET_TABLE_DATA_FILTER, matching));
    }

    static TableDataFilterView view(DatasetTableDataFilterRecord row) {
        return new TableDataFilterView(row.getFilterUri(), row.getTableUri(), row.getDatasetUri(), row.getLabel(),
                row.getName(), row.getFilterType(), fromJsonb(row.getIncludedCols()), row.getRowExpression(),
                row.getDescription(), row.getOwner(), text(row.getCreated()));
    }
}
