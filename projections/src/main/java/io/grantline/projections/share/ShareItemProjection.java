package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemFilterRemoved;
import io.grantline.api.share.ShareEvents.ShareItemFiltersUpdated;
import io.grantline.api.share.ShareEvents.ShareItemHealthChanged;
import io.grantline.api.share.ShareEvents.ShareItemProcessed;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareItemsHealthCheckRequested;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.projections.support.JsonLists;
import io.grantline.projections.support.ReadModel;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;

/** The items of shares: added and removed, processed by the share processor, verified, filtered. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ShareItemProjection {

    private final DSLContext db;
    private final ShareRows rows;
    private final SharePolicies policies;

    public ShareItemProjection(DSLContext db, ShareRows rows, SharePolicies policies) {
        this.db = db;
        this.rows = rows;
        this.policies = policies;
    }

    @EventHandler
    void on(ShareItemAdded event) {
        SharedItem item = event.item();
        db.insertInto(SHARE_ITEM)
                .set(SHARE_ITEM.SHARE_ITEM_URI, event.shareItemUri())
                .set(SHARE_ITEM.SHARE_URI, event.shareUri())
                .set(SHARE_ITEM.ITEM_URI, item.itemUri())
                .set(SHARE_ITEM.ITEM_TYPE, item.itemType().name())
                .set(SHARE_ITEM.ITEM_NAME, item.itemName())
                .set(SHARE_ITEM.DESCRIPTION, item.description())
                .set(SHARE_ITEM.STATUS, event.itemStatus().name())
                .set(SHARE_ITEM.FILTER_URIS, JsonLists.toJsonb(List.of()))
                .set(SHARE_ITEM.FILTER_NAMES, JsonLists.toJsonb(List.of()))
                .set(SHARE_ITEM.ADDED_BY, event.addedBy())
                .set(SHARE_ITEM.CREATED, utc(event.added()))
                .set(SHARE_ITEM.UPDATED, utc(event.added()))
                .onConflictDoNothing()
                .execute();
        rows.transition(event.shareUri(), event.status(), null, event.added());
    }

    @EventHandler
    void on(ShareItemRemoved event) {
        db.deleteFrom(SHARE_ITEM).where(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri())).execute();
        rows.touch(event.shareUri(), event.removed());
        rows.countItems(event.shareUri());
    }

    /**
     * As data.all's processors do: an item whose grants the cloud confirmed is Healthy as of then; a revoked one
     * has no health any more; a failed one keeps what it had.
     */
    @EventHandler
    void on(ShareItemProcessed event) {
        ShareItemStatus status = event.itemStatus();
        rows.setItemStatus(event.shareItemUri(), status, event.processed());
        if (status == ShareItemStatus.Share_Succeeded) {
            setHealth(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()), ShareItemHealthStatus.Healthy, null,
                    utc(event.processed()));
        } else if (status == ShareItemStatus.Revoke_Succeeded) {
            setHealth(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()), null, null, null);
        }
        rows.countItems(event.shareUri());
        Record3<String, String, String> item = db.select(SHARE_ITEM.ITEM_URI, SHARE_ITEM.ITEM_TYPE,
                        SHARE_OBJECT.GROUP_URI)
                .from(SHARE_ITEM).join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .where(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()))
                .fetchOne();
        if (item != null) {
            policies.refreshItem(item.value1(), ShareableType.valueOf(item.value2()), item.value3());
        }
    }

    /** An empty list of items means every shared item of the share, as the request does. */
    @EventHandler
    void on(ShareItemsHealthCheckRequested event) {
        Condition items = event.shareItemUris() == null || event.shareItemUris().isEmpty()
                ? SHARE_ITEM.SHARE_URI.eq(event.shareUri())
                        .and(SHARE_ITEM.STATUS.in(ShareStates.names(ShareStates.SHARED)))
                : SHARE_ITEM.SHARE_ITEM_URI.in(event.shareItemUris());
        db.update(SHARE_ITEM)
                .set(SHARE_ITEM.HEALTH_STATUS, event.healthStatus() == null ? null : event.healthStatus().name())
                .set(SHARE_ITEM.UPDATED, utc(event.requested()))
                .where(items)
                .execute();
    }

    @EventHandler
    void on(ShareItemHealthChanged event) {
        setHealth(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()), event.healthStatus(), event.healthMessage(),
                utc(event.verified()));
    }

    @EventHandler
    void on(ShareItemFiltersUpdated event) {
        AttachedDataFilter filter = event.filter();
        db.update(SHARE_ITEM)
                .set(SHARE_ITEM.ATTACHED_DATA_FILTER_URI, filter.attachedDataFilterUri())
                .set(SHARE_ITEM.FILTER_LABEL, filter.label())
                .set(SHARE_ITEM.FILTER_URIS, JsonLists.toJsonb(filter.filterUris()))
                .set(SHARE_ITEM.FILTER_NAMES, JsonLists.toJsonb(filter.filterNames()))
                .set(SHARE_ITEM.UPDATED, utc(event.updated()))
                .where(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()))
                .execute();
    }

    @EventHandler
    void on(ShareItemFilterRemoved event) {
        db.update(SHARE_ITEM)
                .setNull(SHARE_ITEM.ATTACHED_DATA_FILTER_URI)
                .setNull(SHARE_ITEM.FILTER_LABEL)
                .set(SHARE_ITEM.FILTER_URIS, JsonLists.toJsonb(List.of()))
                .set(SHARE_ITEM.FILTER_NAMES, JsonLists.toJsonb(List.of()))
                .set(SHARE_ITEM.UPDATED, utc(event.updated()))
                .where(SHARE_ITEM.SHARE_ITEM_URI.eq(event.shareItemUri()))
                .execute();
    }

    private void setHealth(Condition item, ShareItemHealthStatus health, String message, OffsetDateTime verified) {
        db.update(SHARE_ITEM)
                .set(SHARE_ITEM.HEALTH_STATUS, health == null ? null : health.name())
                .set(SHARE_ITEM.HEALTH_MESSAGE, message)
                .set(SHARE_ITEM.LAST_VERIFICATION_TIME, verified)
                .where(item)
                .execute();
    }
}
