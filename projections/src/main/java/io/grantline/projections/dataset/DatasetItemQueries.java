package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET_STORAGE_LOCATION;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetQueries.DatasetItemView;
import io.grantline.api.dataset.DatasetQueries.ListDatasetItems;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** A dataset's tables and folders listed together (listDatasetTablesFolders), from the tables' projections. */
@Component
public class DatasetItemQueries {

    static final String TABLE_TYPE = "DatasetTable";
    static final String FOLDER_TYPE = "DatasetStorageLocation";

    private static final Field<String> NAME = DSL.field("name", String.class);
    private static final Field<String> TARGET_TYPE = DSL.field("target_type", String.class);
    private static final Field<String> TARGET_URI = DSL.field("target_uri", String.class);

    private final DSLContext db;

    public DatasetItemQueries(DSLContext db) {
        this.db = db;
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListDatasetItems query) {
        Table<Record3<String, String, String>> items = items(query).asTable("item");
        return Pages.of(db.select(items.field(NAME), items.field(TARGET_TYPE), items.field(TARGET_URI), Pages.TOTAL)
                        .from(items)
                        .orderBy(items.field(NAME), items.field(TARGET_URI))
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> new DatasetItemView(row.get(NAME), row.get(TARGET_TYPE), row.get(TARGET_URI)),
                query.page(), query.pageSize(), () -> db.fetchCount(items(query)));
    }

    private Select<Record3<String, String, String>> items(ListDatasetItems query) {
        return db.select(DATASET_TABLE.NAME.as(NAME), DSL.inline(TABLE_TYPE).as(TARGET_TYPE),
                        DATASET_TABLE.TABLE_URI.as(TARGET_URI))
                .from(DATASET_TABLE)
                .where(DATASET_TABLE.DATASET_URI.eq(query.datasetUri())
                        .and(SearchTerm.matches(query.term(), DATASET_TABLE.NAME)))
                .unionAll(db.select(DATASET_STORAGE_LOCATION.NAME.as(NAME), DSL.inline(FOLDER_TYPE).as(TARGET_TYPE),
                                DATASET_STORAGE_LOCATION.LOCATION_URI.as(TARGET_URI))
                        .from(DATASET_STORAGE_LOCATION)
                        .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(query.datasetUri())
                                .and(SearchTerm.matches(query.term(), DATASET_STORAGE_LOCATION.NAME))));
    }
}
