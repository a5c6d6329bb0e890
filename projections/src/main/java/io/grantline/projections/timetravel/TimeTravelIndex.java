package io.grantline.projections.timetravel;

import static io.grantline.projections.jooq.Tables.TIMETRAVEL_DATASET_ITEM;
import static io.grantline.projections.jooq.Tables.TIMETRAVEL_SHARE_DATASET;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.history.ResourceTypes;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The append-only index time travel finds aggregates by: each share's dataset (with when the share was created) and
 * each table's and folder's dataset. Idempotent (a redelivered event writes nothing twice); a reset clears it and
 * the replay writes it again.
 */
@Component
@ProcessingGroup(TimeTravelIndex.PROCESSING_GROUP)
public class TimeTravelIndex {

    public static final String PROCESSING_GROUP = "governance";

    private final DSLContext db;

    public TimeTravelIndex(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ShareObjectCreated event, @Timestamp Instant time, TrackingToken token) {
        db.insertInto(TIMETRAVEL_SHARE_DATASET)
                .set(TIMETRAVEL_SHARE_DATASET.SHARE_URI, event.shareUri())
                .set(TIMETRAVEL_SHARE_DATASET.DATASET_URI, event.dataset().datasetUri())
                .set(TIMETRAVEL_SHARE_DATASET.CREATED_AT, utc(time))
                .set(TIMETRAVEL_SHARE_DATASET.GLOBAL_POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(DatasetTableAdded event, TrackingToken token) {
        item(event.tableUri(), event.datasetUri(), ResourceTypes.TABLE, token);
    }

    @EventHandler
    void on(DatasetStorageLocationCreated event, TrackingToken token) {
        item(event.locationUri(), event.datasetUri(), ResourceTypes.FOLDER, token);
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(TIMETRAVEL_SHARE_DATASET).execute();
        db.deleteFrom(TIMETRAVEL_DATASET_ITEM).execute();
    }

    /** The shares of the dataset created at or before the instant. */
    public List<String> sharesOf(String datasetUri, Instant at) {
        return db.select(TIMETRAVEL_SHARE_DATASET.SHARE_URI).from(TIMETRAVEL_SHARE_DATASET)
                .where(TIMETRAVEL_SHARE_DATASET.DATASET_URI.eq(datasetUri))
                .and(TIMETRAVEL_SHARE_DATASET.CREATED_AT.le(utc(at)))
                .fetch(TIMETRAVEL_SHARE_DATASET.SHARE_URI);
    }

    /** The dataset and kind (table or folder) of an item. */
    public Optional<DatasetItem> item(String itemUri) {
        return db.select(TIMETRAVEL_DATASET_ITEM.DATASET_URI, TIMETRAVEL_DATASET_ITEM.ITEM_TYPE)
                .from(TIMETRAVEL_DATASET_ITEM)
                .where(TIMETRAVEL_DATASET_ITEM.ITEM_URI.eq(itemUri))
                .fetchOptional(row -> new DatasetItem(itemUri, row.value1(), row.value2()));
    }

    /** The position of the latest event the index holds, -1 when it holds none. */
    public long latestPosition() {
        Long shares = db.select(DSL.max(TIMETRAVEL_SHARE_DATASET.GLOBAL_POSITION))
                .from(TIMETRAVEL_SHARE_DATASET).fetchOne(0, Long.class);
        Long items = db.select(DSL.max(TIMETRAVEL_DATASET_ITEM.GLOBAL_POSITION))
                .from(TIMETRAVEL_DATASET_ITEM).fetchOne(0, Long.class);
        return Math.max(shares == null ? -1 : shares, items == null ? -1 : items);
    }

    public long shareCount() {
        return db.fetchCount(TIMETRAVEL_SHARE_DATASET);
    }

    public record DatasetItem(String itemUri, String datasetUri, String itemType) {
    }

    private void item(String itemUri, String datasetUri, String itemType, TrackingToken token) {
        db.insertInto(TIMETRAVEL_DATASET_ITEM)
                .set(TIMETRAVEL_DATASET_ITEM.ITEM_URI, itemUri)
                .set(TIMETRAVEL_DATASET_ITEM.DATASET_URI, datasetUri)
                .set(TIMETRAVEL_DATASET_ITEM.ITEM_TYPE, itemType)
                .set(TIMETRAVEL_DATASET_ITEM.GLOBAL_POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
