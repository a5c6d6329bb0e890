package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_STORAGE_LOCATION;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationPrefixRecorded;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.dataset.DatasetQueries.FindDatasetStorageLocation;
import io.grantline.api.dataset.DatasetQueries.ListDatasetStorageLocations;
import io.grantline.projections.jooq.tables.records.DatasetStorageLocationRecord;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The dataset folders (storage locations), whether their prefix exists in the bucket, and the folder count. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class DatasetStorageLocationProjection {

    private final DSLContext db;

    public DatasetStorageLocationProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(DatasetStorageLocationCreated event) {
        db.insertInto(DATASET_STORAGE_LOCATION)
                .set(DATASET_STORAGE_LOCATION.LOCATION_URI, event.locationUri())
                .set(DATASET_STORAGE_LOCATION.DATASET_URI, event.datasetUri())
                .set(DATASET_STORAGE_LOCATION.LABEL, event.label())
                .set(DATASET_STORAGE_LOCATION.NAME, event.name())
                .set(DATASET_STORAGE_LOCATION.S3_PREFIX, event.s3Prefix())
                .set(DATASET_STORAGE_LOCATION.DESCRIPTION, event.description())
                .set(DATASET_STORAGE_LOCATION.TAGS, toJsonb(event.tags()))
                .set(DATASET_STORAGE_LOCATION.TERMS, toJsonb(event.terms()))
                .set(DATASET_STORAGE_LOCATION.OWNER, event.owner())
                .set(DATASET_STORAGE_LOCATION.LOCATION_CREATED, false)
                .set(DATASET_STORAGE_LOCATION.CREATED, utc(event.created()))
                .set(DATASET_STORAGE_LOCATION.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
        countLocations(event.datasetUri());
    }

    @EventHandler
    void on(DatasetStorageLocationUpdated event) {
        db.update(DATASET_STORAGE_LOCATION)
                .set(DATASET_STORAGE_LOCATION.LABEL, DSL.coalesce(DSL.val(event.label()),
                        DATASET_STORAGE_LOCATION.LABEL))
                .set(DATASET_STORAGE_LOCATION.DESCRIPTION, event.description() == null
                        ? DATASET_STORAGE_LOCATION.DESCRIPTION : DSL.val(event.description()))
                .set(DATASET_STORAGE_LOCATION.TAGS, event.tags() == null ? DATASET_STORAGE_LOCATION.TAGS
                        : DSL.val(toJsonb(event.tags())))
                .set(DATASET_STORAGE_LOCATION.TERMS, event.terms() == null ? DATASET_STORAGE_LOCATION.TERMS
                        : DSL.val(toJsonb(event.terms())))
                .set(DATASET_STORAGE_LOCATION.UPDATED, utc(event.updated()))
                .where(DATASET_STORAGE_LOCATION.LOCATION_URI.eq(event.locationUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetStorageLocationPrefixRecorded event) {
        db.update(DATASET_STORAGE_LOCATION)
                .set(DATASET_STORAGE_LOCATION.LOCATION_CREATED, event.created())
                .set(DATASET_STORAGE_LOCATION.PREFIX_ERROR, event.created() ? null : event.error())
                .where(DATASET_STORAGE_LOCATION.LOCATION_URI.eq(event.locationUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetStorageLocationDeleted event) {
        db.deleteFrom(DATASET_STORAGE_LOCATION)
                .where(DATASET_STORAGE_LOCATION.LOCATION_URI.eq(event.locationUri()))
                .execute();
        countLocations(event.datasetUri());
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET_STORAGE_LOCATION)
                .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(event.datasetUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET_STORAGE_LOCATION).execute();
    }

    @QueryHandler
    DatasetStorageLocationView handle(FindDatasetStorageLocation query) {
        return db.selectFrom(DATASET_STORAGE_LOCATION)
                .where(DATASET_STORAGE_LOCATION.LOCATION_URI.eq(query.locationUri()))
                .fetchOptional(DatasetStorageLocationProjection::view)
                .orElse(null);
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListDatasetStorageLocations query) {
        Condition matching = DATASET_STORAGE_LOCATION.DATASET_URI.eq(query.datasetUri())
                .and(SearchTerm.matches(query.term(), DATASET_STORAGE_LOCATION.LABEL, DATASET_STORAGE_LOCATION.NAME,
                        DATASET_STORAGE_LOCATION.S3_PREFIX));
        return Pages.of(db.select(DATASET_STORAGE_LOCATION.asterisk(), Pages.TOTAL).from(DATASET_STORAGE_LOCATION)
                        .where(matching)
                        .orderBy(DATASET_STORAGE_LOCATION.LABEL, DATASET_STORAGE_LOCATION.LOCATION_URI)
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> view(row.into(DATASET_STORAGE_LOCATION)), query.page(), query.pageSize(),
                () -> db.fetchCount(DATASET_STORAGE_LOCATION, matching));
    }

    // Counted, not incremented, so that projecting an event twice cannot skew the count.
    private void countLocations(String datasetUri) {
        db.update(DATASET)
                .set(DATASET.LOCATION_COUNT, DSL.field(DSL.selectCount().from(DATASET_STORAGE_LOCATION)
                        .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(datasetUri))))
                .where(DATASET.DATASET_URI.eq(datasetUri))
                .execute();
    }

    static DatasetStorageLocationView view(DatasetStorageLocationRecord row) {
        return new DatasetStorageLocationView(row.getLocationUri(), row.getDatasetUri(), row.getLabel(),
                row.getName(), row.getS3Prefix(), row.getDescription(), fromJsonb(row.getTags()),
                fromJsonb(row.getTerms()), row.getOwner(), row.getLocationCreated(), text(row.getCreated()),
                text(row.getUpdated()));
    }
}
