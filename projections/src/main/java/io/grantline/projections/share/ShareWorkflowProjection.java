package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_LOG;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectCreated;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareEvents.ShareObjectRejected;
import io.grantline.api.share.ShareEvents.ShareObjectSubmitted;
import io.grantline.api.share.ShareEvents.ShareProcessingFinished;
import io.grantline.api.share.ShareEvents.ShareProcessingStarted;
import io.grantline.api.share.ShareEvents.ShareRejectPurposeUpdated;
import io.grantline.api.share.ShareEvents.ShareRequestPurposeUpdated;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.ShareTarget;
import io.grantline.projections.support.JsonLists;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Component;

/**
 * The request workflow of shares (create, submit, approve, reject, revoke, delete, processing runs) on the share
 * and item rows, and the resource policies it moves.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ShareWorkflowProjection {

    private final DSLContext db;
    private final ShareRows rows;
    private final SharePolicies policies;
    private final ShareSubmissions submissions;

    public ShareWorkflowProjection(DSLContext db, ShareRows rows, SharePolicies policies,
                                   ShareSubmissions submissions) {
        this.db = db;
        this.rows = rows;
        this.policies = policies;
        this.submissions = submissions;
    }

    @EventHandler
    void on(ShareObjectCreated event) {
        SharedDataset dataset = event.dataset();
        ShareTarget target = event.target();
        db.insertInto(SHARE_OBJECT)
                .set(SHARE_OBJECT.SHARE_URI, event.shareUri())
                .set(SHARE_OBJECT.DATASET_URI, dataset.datasetUri())
                .set(SHARE_OBJECT.DATASET_NAME, dataset.datasetName())
                .set(SHARE_OBJECT.DATASET_ORGANIZATION_URI, dataset.organizationUri())
                .set(SHARE_OBJECT.DATASET_ENVIRONMENT_URI, dataset.environmentUri())
                .set(SHARE_OBJECT.DATASET_ENVIRONMENT_NAME, dataset.environmentName())
                .set(SHARE_OBJECT.DATASET_AWS_ACCOUNT_ID, dataset.awsAccountId())
                .set(SHARE_OBJECT.DATASET_REGION, dataset.region())
                .set(SHARE_OBJECT.DATASET_OWNER_GROUP, dataset.ownerGroup())
                .set(SHARE_OBJECT.DATASET_ENVIRONMENT_ADMIN_GROUP, dataset.environmentAdminGroup())
                .set(SHARE_OBJECT.DATASET_STEWARDS, currentStewards(dataset))
                .set(SHARE_OBJECT.GLUE_DATABASE_NAME, dataset.glueDatabaseName())
                .set(SHARE_OBJECT.BUCKET_NAME, dataset.bucketName())
                .set(SHARE_OBJECT.KMS_ALIAS, dataset.kmsAlias())
                .set(SHARE_OBJECT.DATASET_ROLE_ARN, dataset.datasetRoleArn())
                .set(SHARE_OBJECT.DATASET_IMPORTED, dataset.imported())
                .set(SHARE_OBJECT.ENABLE_EXPIRATION, dataset.enableExpiration())
                .set(SHARE_OBJECT.EXPIRY_SETTING, dataset.expirySetting())
                .set(SHARE_OBJECT.EXPIRY_MIN_DURATION, dataset.expiryMinDuration())
                .set(SHARE_OBJECT.EXPIRY_MAX_DURATION, dataset.expiryMaxDuration())
                .set(SHARE_OBJECT.ENVIRONMENT_URI, target.environmentUri())
                .set(SHARE_OBJECT.ENVIRONMENT_NAME, target.environmentName())
                .set(SHARE_OBJECT.ORGANIZATION_URI, target.organizationUri())
                .set(SHARE_OBJECT.AWS_ACCOUNT_ID, target.awsAccountId())
                .set(SHARE_OBJECT.REGION, target.region())
                .set(SHARE_OBJECT.RESOURCE_PREFIX, target.resourcePrefix())
                .set(SHARE_OBJECT.GROUP_URI, target.groupUri())
                .set(SHARE_OBJECT.PRINCIPAL_TYPE, target.principalType().name())
                .set(SHARE_OBJECT.PRINCIPAL_ID, target.principalId())
                .set(SHARE_OBJECT.PRINCIPAL_NAME, target.principalName())
                .set(SHARE_OBJECT.PRINCIPAL_ROLE_ARN, target.principalRoleArn())
                .set(SHARE_OBJECT.PRINCIPAL_IAM_TYPE, target.principalIamType())
                .set(SHARE_OBJECT.OWNER, event.owner())
                .set(SHARE_OBJECT.STATUS, event.status().name())
                .set(SHARE_OBJECT.PERMISSIONS, JsonLists.toJsonb(event.permissions() == null ? null
                        : event.permissions().stream().map(ShareDataPermission::name).toList()))
                .set(SHARE_OBJECT.REQUEST_PURPOSE, event.requestPurpose())
                .set(SHARE_OBJECT.SHARE_EXPIRATION_PERIOD, event.shareExpirationPeriod())
                .set(SHARE_OBJECT.NON_EXPIRABLE, event.nonExpirable())
                .set(SHARE_OBJECT.CREATED, utc(event.created()))
                .set(SHARE_OBJECT.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
        policies.refreshShare(event.shareUri());
    }

    @EventHandler
    void on(ShareObjectSubmitted event, @MetaDataValue(MetaDataKeys.CAUSATION_ID) String causation) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.submitted());
        submissions.remember(event.shareUri(), causation);
    }

    /**
     * An approval caused by the same command as the submission is the dataset approving automatically; data.all
     * then gives the requesting team the approver's permissions too.
     */
    @EventHandler
    void on(ShareObjectApproved event, @MetaDataValue(MetaDataKeys.CAUSATION_ID) String causation) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.approved());
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.REJECT_PURPOSE, "")
                .set(SHARE_OBJECT.EXPIRY_DATE, utc(event.expiryDate()))
                .setNull(SHARE_OBJECT.REQUESTED_EXPIRY_DATE)
                .set(SHARE_OBJECT.SUBMITTED_FOR_EXTENSION, false)
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
        if (submissions.approvedInSubmission(event.shareUri(), causation)) {
            policies.refreshShare(event.shareUri());
        }
    }

    @EventHandler
    void on(ShareObjectRejected event) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.rejected());
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.REJECT_PURPOSE, event.rejectPurpose())
                .set(SHARE_OBJECT.SUBMITTED_FOR_EXTENSION, false)
                .setNull(SHARE_OBJECT.REQUESTED_EXPIRY_DATE)
                .set(SHARE_OBJECT.NON_EXPIRABLE, ShareRows.stillNonExpirable())
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }

    @EventHandler
    void on(ShareItemsRevoked event) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.revoked());
    }

    /** The share and its policies go; the grants its items held are taken from the team unless another share
     * of it still holds them. */
    @EventHandler
    void on(ShareObjectDeleted event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.STATUS, ShareObjectStatus.Deleted.name())
                .set(SHARE_OBJECT.DELETED, utc(event.deleted()))
                .set(SHARE_OBJECT.UPDATED, utc(event.deleted()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
        policies.refreshShare(event.shareUri());
        policies.refreshItemsOf(event.shareUri());
    }

    @EventHandler
    void on(ShareRequestPurposeUpdated event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.REQUEST_PURPOSE, event.requestPurpose())
                .set(SHARE_OBJECT.UPDATED, utc(event.updated()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }

    @EventHandler
    void on(ShareRejectPurposeUpdated event) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.REJECT_PURPOSE, event.rejectPurpose())
                .set(SHARE_OBJECT.UPDATED, utc(event.updated()))
                .where(SHARE_OBJECT.SHARE_URI.eq(event.shareUri()))
                .execute();
    }

    @EventHandler
    void on(ShareProcessingStarted event) {
        rows.transition(event.shareUri(), event.status(), event.itemStatuses(), event.started());
    }

    @EventHandler
    void on(ShareProcessingFinished event) {
        rows.transition(event.shareUri(), event.status(), null, event.finished());
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(SHARE_LOG).execute();
        db.deleteFrom(SHARE_ITEM).execute();
        db.deleteFrom(SHARE_OBJECT).execute();
    }

    /**
     * The dataset's stewards as the read model has them now when it has the dataset, else as the share recorded
     * them: a steward change projected before this share existed then still reaches it.
     */
    private String currentStewards(SharedDataset dataset) {
        Record1<String> row = db.select(DATASET.STEWARDS).from(DATASET)
                .where(DATASET.DATASET_URI.eq(dataset.datasetUri()))
                .fetchOne();
        return row == null ? dataset.stewards() : row.value1();
    }
}
