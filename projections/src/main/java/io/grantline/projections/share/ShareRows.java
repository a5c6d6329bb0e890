package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The writes the share projections have in common: statuses carried by transitions and the share's counts. */
@Component
public class ShareRows {

    private final DSLContext db;

    public ShareRows(DSLContext db) {
        this.db = db;
    }

    /** Applies a transition: the share's status after it and the new status of each item it moved. */
    void transition(String shareUri, ShareObjectStatus status, Map<String, ShareItemStatus> itemStatuses,
                    Instant when) {
        if (status != null) {
            db.update(SHARE_OBJECT)
                    .set(SHARE_OBJECT.STATUS, status.name())
                    .set(SHARE_OBJECT.UPDATED, utc(when))
                    .where(SHARE_OBJECT.SHARE_URI.eq(shareUri))
                    .execute();
        }
        if (itemStatuses != null) {
            itemStatuses.forEach((shareItemUri, itemStatus) -> setItemStatus(shareItemUri, itemStatus, when));
        }
        countItems(shareUri);
    }

    void setItemStatus(String shareItemUri, ShareItemStatus status, Instant when) {
        db.update(SHARE_ITEM)
                .set(SHARE_ITEM.STATUS, status.name())
                .set(SHARE_ITEM.UPDATED, utc(when))
                .where(SHARE_ITEM.SHARE_ITEM_URI.eq(shareItemUri))
                .execute();
    }

    void touch(String shareUri, Instant when) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.UPDATED, utc(when))
                .where(SHARE_OBJECT.SHARE_URI.eq(shareUri))
                .execute();
    }

    /**
     * data.all, when an extension request ends without approval: a share stays non-expirable only if it was and
     * never got an expiry date.
     */
    static Field<Boolean> stillNonExpirable() {
        return DSL.field(DSL.condition(SHARE_OBJECT.NON_EXPIRABLE).and(SHARE_OBJECT.EXPIRY_DATE.isNull()));
    }

    // Counted, not incremented, so that projecting an event twice cannot skew the counts.
    void countItems(String shareUri) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.SHARED_ITEMS, count(shareUri, List.of(ShareItemStatus.Share_Succeeded)))
                .set(SHARE_OBJECT.REVOKED_ITEMS, count(shareUri, List.of(ShareItemStatus.Revoke_Succeeded)))
                .set(SHARE_OBJECT.FAILED_ITEMS, count(shareUri, ShareStates.FAILED))
                .set(SHARE_OBJECT.PENDING_ITEMS, count(shareUri, List.of(ShareItemStatus.PendingApproval)))
                .set(SHARE_OBJECT.EXISTING_SHARED_ITEMS, DSL.field(DSL.exists(DSL.selectOne().from(SHARE_ITEM)
                        .where(SHARE_ITEM.SHARE_URI.eq(shareUri)
                                .and(SHARE_ITEM.STATUS.in(ShareStates.names(ShareStates.SHARED)))))))
                .where(SHARE_OBJECT.SHARE_URI.eq(shareUri))
                .execute();
    }

    private Field<Integer> count(String shareUri, Collection<ShareItemStatus> states) {
        return DSL.field(DSL.selectCount().from(SHARE_ITEM)
                .where(SHARE_ITEM.SHARE_URI.eq(shareUri).and(SHARE_ITEM.STATUS.in(ShareStates.names(states)))));
    }
}
