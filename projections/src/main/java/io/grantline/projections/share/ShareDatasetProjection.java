package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;

import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Keeps the dataset side of shares current: the stewards approve the dataset's shares, so their approver
 * permissions move with them; the key and the expiry rules are the dataset's own.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ShareDatasetProjection {

    private final DSLContext db;
    private final SharePolicies policies;

    public ShareDatasetProjection(DSLContext db, SharePolicies policies) {
        this.db = db;
        this.policies = policies;
    }

    /**
     * Besides the approver permissions, every item grant of the dataset's shares is re-asserted: the dataset's
     * policies projection takes its read permissions on tables and folders from the previous stewards, and those
     * rows are the very ones a share may have granted that team.
     */
    @EventHandler
    void on(DatasetUpdated event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.DATASET_STEWARDS, event.stewards())
                .set(SHARE_OBJECT.KMS_ALIAS, event.kmsAlias())
                .set(SHARE_OBJECT.ENABLE_EXPIRATION, event.enableExpiration())
                .set(SHARE_OBJECT.EXPIRY_SETTING, event.expirySetting())
                .set(SHARE_OBJECT.EXPIRY_MIN_DURATION, event.expiryMinDuration())
                .set(SHARE_OBJECT.EXPIRY_MAX_DURATION, event.expiryMaxDuration())
                .where(SHARE_OBJECT.DATASET_URI.eq(event.datasetUri()))
                .execute();
        List<String> liveShares = db.select(SHARE_OBJECT.SHARE_URI).from(SHARE_OBJECT)
                .where(SHARE_OBJECT.DATASET_URI.eq(event.datasetUri()).and(SHARE_OBJECT.DELETED.isNull()))
                .fetch(SHARE_OBJECT.SHARE_URI);
        for (String shareUri : liveShares) {
            policies.refreshShare(shareUri);
            policies.refreshItemsOf(shareUri);
        }
    }
}
