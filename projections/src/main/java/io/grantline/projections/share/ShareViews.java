package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.text;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareStatistics;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.projections.jooq.tables.records.ShareItemRecord;
import io.grantline.projections.jooq.tables.records.ShareObjectRecord;
import io.grantline.projections.support.JsonLists;
import java.util.List;

/** The share read model's rows as the views its queries answer. */
final class ShareViews {

    private ShareViews() {
    }

    static ShareView share(ShareObjectRecord row) {
        SharedDataset dataset = new SharedDataset(row.get(SHARE_OBJECT.DATASET_URI), row.getDatasetName(),
                row.getDatasetOrganizationUri(), row.getDatasetEnvironmentUri(), row.getDatasetEnvironmentName(),
                row.getDatasetAwsAccountId(), row.getDatasetRegion(), row.getDatasetOwnerGroup(),
                row.getDatasetEnvironmentAdminGroup(), row.getDatasetStewards(), row.getGlueDatabaseName(),
                row.getBucketName(), row.getKmsAlias(), row.getDatasetRoleArn(), row.getDatasetImported(),
                row.getEnableExpiration(), row.getExpirySetting(), row.getExpiryMinDuration(),
                row.getExpiryMaxDuration());
        ShareTarget target = new ShareTarget(row.getEnvironmentUri(), row.getEnvironmentName(),
                row.getOrganizationUri(), row.getAwsAccountId(), row.getRegion(), row.getResourcePrefix(),
                row.getGroupUri(), SharePrincipalType.valueOf(row.getPrincipalType()), row.getPrincipalId(),
                row.getPrincipalName(), row.getPrincipalRoleArn(), row.getPrincipalIamType());
        List<ShareDataPermission> permissions = JsonLists.fromJsonb(row.getPermissions()).stream()
                .map(ShareDataPermission::valueOf).toList();
        return new ShareView(row.getShareUri(), dataset, target, row.getOwner(),
                ShareObjectStatus.valueOf(row.getStatus()), permissions, row.getRequestPurpose(),
                row.getRejectPurpose(), row.getExtensionReason(), row.getShareExpirationPeriod(),
                row.getNonExpirable(), text(row.getExpiryDate()), text(row.getRequestedExpiryDate()),
                row.getSubmittedForExtension(), text(row.getLastExtensionDate()),
                new ShareStatistics(row.getSharedItems(), row.getRevokedItems(), row.getFailedItems(),
                        row.getPendingItems()),
                row.getExistingSharedItems(), text(row.getCreated()), text(row.getUpdated()),
                text(row.getDeleted()));
    }

    static ShareItemView item(ShareItemRecord row) {
        ShareItemStatus status = ShareItemStatus.valueOf(row.get(SHARE_ITEM.STATUS));
        AttachedDataFilter filter = row.getAttachedDataFilterUri() == null ? null
                : new AttachedDataFilter(row.getAttachedDataFilterUri(), row.getFilterLabel(),
                        JsonLists.fromJsonb(row.getFilterUris()), JsonLists.fromJsonb(row.getFilterNames()));
        return new ShareItemView(row.getShareItemUri(), row.getShareUri(), row.getItemUri(),
                ShareableType.valueOf(row.getItemType()), row.getItemName(), row.getDescription(), status,
                action(status),
                row.getHealthStatus() == null ? null : ShareItemHealthStatus.valueOf(row.getHealthStatus()),
                row.getHealthMessage(), text(row.getLastVerificationTime()), filter);
    }

    /** A dataset item the share does not hold. */
    static ShareItemView notShared(String shareUri, ShareableType type, String itemUri, String itemName,
                                   String description) {
        return new ShareItemView(null, shareUri, itemUri, type, itemName, description, null, "Add", null, null,
                null, null);
    }

    /** What can be done with an item next: added, revoked, or removed from the request. */
    static String action(ShareItemStatus status) {
        if (status == null) {
            return "Add";
        }
        return switch (status) {
            case Share_Succeeded, Revoke_Failed -> "Revoke";
            case PendingApproval, Share_Rejected, Share_Failed, Revoke_Succeeded -> "Remove";
            default -> null;
        };
    }
}
