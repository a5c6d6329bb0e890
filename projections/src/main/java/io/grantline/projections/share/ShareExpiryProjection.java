package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareEvents.ShareExtensionCancelled;
import io.grantline.api.share.ShareEvents.ShareExtensionReasonUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionSubmitted;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A share's expiry and its extensions, with data.all's bookkeeping of the requested and granted dates. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ShareExpiryProjection {

    private final DSLContext db;
    private final ShareRows rows;
    private final SharePolicies policies;
    private final ShareSubmissions submissions;

    public ShareExpiryProjection(DSLContext db, ShareRows rows, SharePolicies policies,
                                 ShareSubmissions submissions) {
        this.db = db;
        this.rows = rows;
        this.policies = policies;
        this.submissions = submissions;
    }

    @EventHandler
    void on(ShareExpirationPeriodUpdated event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.SHARE_EXPIRATION_PERIOD, event.shareExpirationPeriod())
                .set(SHARE_OBJECT.NON_EXPIRABLE, event.nonExpirable())
                .set(SHARE_OBJECT.EXPIRY_DATE, utc(event.expiryDate()))
                .set(SHARE_OBJECT.UPDATED, utc(event.updated()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }

    @EventHandler
    void on(ShareExtensionReasonUpdated event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.EXTENSION_REASON, event.extensionReason())
                .set(SHARE_OBJECT.UPDATED, utc(event.updated()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }

    @EventHandler
    void on(ShareExtensionSubmitted event, @MetaDataValue(MetaDataKeys.CAUSATION_ID) String causation) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.submitted());
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.SHARE_EXPIRATION_PERIOD, event.shareExpirationPeriod())
                .set(SHARE_OBJECT.NON_EXPIRABLE, event.nonExpirable())
                .set(SHARE_OBJECT.EXTENSION_REASON, event.extensionReason())
                .set(SHARE_OBJECT.REQUESTED_EXPIRY_DATE, utc(event.requestedExpiryDate()))
                .set(SHARE_OBJECT.SUBMITTED_FOR_EXTENSION, true)
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
        submissions.remember(event.shareUri(), causation);
    }

    @EventHandler
    void on(ShareExtensionApproved event, @MetaDataValue(MetaDataKeys.CAUSATION_ID) String causation) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.approved());
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.REJECT_PURPOSE, "")
                .set(SHARE_OBJECT.EXPIRY_DATE, utc(event.expiryDate()))
                .set(SHARE_OBJECT.NON_EXPIRABLE, event.nonExpirable())
                .setNull(SHARE_OBJECT.REQUESTED_EXPIRY_DATE)
                .set(SHARE_OBJECT.SUBMITTED_FOR_EXTENSION, false)
                .set(SHARE_OBJECT.LAST_EXTENSION_DATE, utc(event.approved()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
        if (submissions.approvedInSubmission(event.shareUri(), causation)) {
            policies.refreshShare(event.shareUri());
        }
    }

    @EventHandler
    void on(ShareExtensionCancelled event) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.cancelled());
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.SUBMITTED_FOR_EXTENSION, false)
                .setNull(SHARE_OBJECT.REQUESTED_EXPIRY_DATE)
                .setNull(SHARE_OBJECT.SHARE_EXPIRATION_PERIOD)
                .set(SHARE_OBJECT.NON_EXPIRABLE, ShareRows.stillNonExpirable())
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }
}
