package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;

import io.grantline.api.permission.SharePermissions;
import io.grantline.api.share.ShareableType;
import io.grantline.projections.jooq.tables.records.ShareObjectRecord;
import io.grantline.projections.permission.ResourcePolicies;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;

/**
 * The resource policies shares give, always recomputed from the share read model rather than granted and taken
 * back step by step, so projecting an event twice or in another interleaving converges to the same policies.
 * <ul>
 *   <li>On the share (owned by shares alone): SHARE_OBJECT_REQUESTER to the requesting team, SHARE_OBJECT_APPROVER
 *   to the dataset's owner team and stewards, and to the requesting team too once the dataset approved the share
 *   automatically. A deleted share holds none.</li>
 *   <li>On a shared table or folder: SHARED_TABLE / SHARED_FOLDER to the requesting team while any live share of
 *   that team holds the item's grants (Share_Succeeded until its revocation succeeds). The dataset projection
 *   grants the dataset's own teams the same permissions on the same rows, so they are never taken from a team that
 *   holds them as the dataset's owner, environment admin or steward team.</li>
 * </ul>
 */
@Component
public class SharePolicies {

    static final String SHARE_TYPE = "ShareObject";
    static final String TABLE_TYPE = "DatasetTable";
    static final String FOLDER_TYPE = "DatasetStorageLocation";

    private final ResourcePolicies policies;
    private final DSLContext db;

    public SharePolicies(ResourcePolicies policies, DSLContext db) {
        this.policies = policies;
        this.db = db;
    }

    void refreshShare(String shareUri) {
        ShareObjectRecord share = db.selectFrom(SHARE_OBJECT).where(SHARE_OBJECT.SHARE_URI.eq(shareUri)).fetchOne();
        policies.revokeEveryone(shareUri);
        if (share == null || share.getDeleted() != null) {
            return;
        }
        policies.grant(shareUri, SHARE_TYPE, share.getGroupUri(), SharePermissions.SHARE_OBJECT_REQUESTER);
        for (String approver : approverGroups(share)) {
            policies.grant(shareUri, SHARE_TYPE, approver, SharePermissions.SHARE_OBJECT_APPROVER);
        }
        if (share.getAutoApproved()) {
            policies.grant(shareUri, SHARE_TYPE, share.getGroupUri(), SharePermissions.SHARE_OBJECT_APPROVER);
        }
    }

    /** Every item of the share, as the share's items changed state or the share went away. */
    void refreshItemsOf(String shareUri) {
        db.select(SHARE_ITEM.ITEM_URI, SHARE_ITEM.ITEM_TYPE, SHARE_OBJECT.GROUP_URI)
                .from(SHARE_ITEM).join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .where(SHARE_ITEM.SHARE_URI.eq(shareUri))
                .fetch()
                .forEach(row -> refreshItem(row.value1(), ShareableType.valueOf(row.value2()), row.value3()));
    }

    /** The item's permission for the team follows whether a live share of the team holds its grants. */
    void refreshItem(String itemUri, ShareableType itemType, String group) {
        List<String> permissions = switch (itemType) {
            case Table -> SharePermissions.SHARED_TABLE;
            case StorageLocation -> SharePermissions.SHARED_FOLDER;
            case S3Bucket -> List.of();
        };
        if (permissions.isEmpty()) {
            return;
        }
        if (grantedToTeam(itemUri, group)) {
            policies.grant(itemUri, itemType == ShareableType.Table ? TABLE_TYPE : FOLDER_TYPE, group, permissions);
        } else if (!holdsThroughDataset(itemUri, group)) {
            policies.revoke(itemUri, group, permissions);
        }
    }

    private boolean grantedToTeam(String itemUri, String group) {
        return db.fetchExists(db.selectOne().from(SHARE_ITEM)
                .join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .where(SHARE_ITEM.ITEM_URI.eq(itemUri)
                        .and(SHARE_ITEM.STATUS.in(ShareStates.names(ShareStates.GRANTED)))
                        .and(SHARE_OBJECT.GROUP_URI.eq(group))
                        .and(SHARE_OBJECT.DELETED.isNull())));
    }

    /** The team is the owner, environment admin or steward team of the dataset the item belongs to. */
    private boolean holdsThroughDataset(String itemUri, String group) {
        Record3<String, String, String> teams = db.select(DATASET.SAML_ADMIN_GROUP_NAME,
                        DATASET.ENVIRONMENT_ADMIN_GROUP, DATASET.STEWARDS)
                .from(DATASET)
                .where(DATASET.DATASET_URI.in(db.select(SHARE_OBJECT.DATASET_URI).from(SHARE_OBJECT)
                        .join(SHARE_ITEM).on(SHARE_ITEM.SHARE_URI.eq(SHARE_OBJECT.SHARE_URI))
                        .where(SHARE_ITEM.ITEM_URI.eq(itemUri))))
                .limit(1)
                .fetchOne();
        return teams != null && (group.equals(teams.value1()) || group.equals(teams.value2())
                || group.equals(teams.value3()));
    }

    static List<String> approverGroups(ShareObjectRecord share) {
        List<String> approvers = new ArrayList<>();
        approvers.add(share.getDatasetOwnerGroup());
        String stewards = share.getDatasetStewards();
        if (stewards != null && !stewards.isBlank() && !stewards.equals(share.getDatasetOwnerGroup())) {
            approvers.add(stewards);
        }
        return approvers;
    }
}
